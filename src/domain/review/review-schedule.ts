// When the hourly run refreshes the dashboard: once a business day, at the first run after the
// opening. The refresh reads every row's dates and levels (the finished ones too) and eight weeks of
// history, which on a long sheet is most of what a run would move: doing it every hour that has
// something due would make each of those hours heavy. The menu item refreshes it at any time.
import { type BusinessCalendar, nthBusinessDay } from '../calendar/business-calendar';
import { localTime, zonedInstant } from '../calendar/zoned-time';

/**
 * The moment (ms) the next daily refresh is due: the opening of the first business day after the
 * day of the last one; now when there was none (`last` null).
 */
export function nextDailyReview(last: number | null, calendar: BusinessCalendar, now: Date): number {
  if (last === null) return now.getTime();
  const next = nthBusinessDay(localTime(new Date(last), calendar.timeZone).day, 1, 1, calendar);
  return next === null ? Infinity : zonedInstant(next, calendar.startMinute, calendar.timeZone).getTime();
}
