// Business time: working minutes between two instants and deadlines a number of working minutes
// on, across weekends, Japanese national holidays, the company's own days off and DST changes.
// Within 2000–2060 by arithmetic on the business line (business-line.ts), elsewhere by walking the days.
import { type BusinessLine, businessLine, lineDayMinute, linePosition } from './business-line';
import { HOLIDAY_YEARS, JAPANESE_HOLIDAYS_MMDD } from './japanese-holidays';
import { type LocalTime, dayNumber, localTime, weekday, zonedInstant } from './zoned-time';

export interface BusinessCalendar {
  readonly timeZone: string;
  /** Minutes after local midnight: 540 = 09:00. */
  readonly startMinute: number;
  readonly endMinute: number;
  /** Weekdays worked, 0 = Sunday … 6 = Saturday. */
  readonly workdays: ReadonlySet<number>;
  /** Local days off (days since 1970-01-01): national holidays plus the company's own. */
  readonly daysOff: ReadonlySet<number>;
  /**
   * What is worked out from the calendar once and then asked for every incident. A calendar is made
   * once per run (settings.ts calendarOf), so this is the run's cache, gone with the run.
   */
  readonly memo: {
    line?: BusinessLine | null;
    openAt?: { at: number; open: boolean };
    /** The next opening of business hours after a moment (decide.ts, once per run). */
    opening?: { at: number; next: number };
    /** A repeat interval added to the run's own moment, by minutes (next-check.ts, once per policy). */
    fromNow?: { at: number; by: Map<number, number> };
  };
}

/** Ten years of searching for business time is far beyond any setting; it stops a runaway loop. */
const MAX_DAYS = 3660;

function japaneseHolidayDays(): number[] {
  const days: number[] = [];
  for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
    for (const mmdd of (JAPANESE_HOLIDAYS_MMDD[year] ?? '').split(' ').filter(Boolean)) {
      days.push(dayNumber(year, Number(mmdd.slice(0, 2)), Number(mmdd.slice(2))));
    }
  }
  return days;
}

export function createCalendar(options: {
  timeZone: string;
  startMinute: number;
  endMinute: number;
  workdays: readonly number[];
  companyDaysOff: readonly number[];
  nationalHolidays: boolean;
}): BusinessCalendar {
  const daysOff = new Set([...(options.nationalHolidays ? japaneseHolidayDays() : []), ...options.companyDaysOff]);
  return { ...options, workdays: new Set(options.workdays), daysOff, memo: {} };
}

export function isBusinessDay(day: number, calendar: BusinessCalendar): boolean {
  return calendar.workdays.has(weekday(day)) && !calendar.daysOff.has(day);
}

/**
 * The `count`th business day after `day` (counting away from it in `step`'s direction: 1 forward,
 * -1 back), or null when there is none within MAX_DAYS (a calendar with no business days at all).
 */
export function nthBusinessDay(day: number, count: number, step: 1 | -1, calendar: BusinessCalendar): number | null {
  let found = 0;
  for (let walked = 1; walked <= MAX_DAYS; walked++) {
    const candidate = day + step * walked;
    if (isBusinessDay(candidate, calendar) && ++found === count) return candidate;
  }
  return null;
}

export function businessDayMinutes(calendar: BusinessCalendar): number {
  return calendar.endMinute - calendar.startMinute;
}

export function isBusinessTime(instant: Date, calendar: BusinessCalendar): boolean {
  const { day, minute } = localTime(instant, calendar.timeZone);
  return isBusinessDay(day, calendar) && minute >= calendar.startMinute && minute < calendar.endMinute;
}

/** The calendar's business line, made the first time it is asked (null when business hours are empty). */
function lineOf(calendar: BusinessCalendar): BusinessLine | null {
  if (calendar.memo.line === undefined) {
    calendar.memo.line =
      calendar.endMinute > calendar.startMinute
        ? businessLine((day) => isBusinessDay(day, calendar), calendar.startMinute, calendar.endMinute)
        : null;
  }
  return calendar.memo.line;
}

/** The instant `minutes` of business time after `start`; 0 minutes is `start` itself ("at once"). */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  if (minutes <= 0) return start;
  const line = lineOf(calendar);
  const local = localTime(start, calendar.timeZone);
  const at = line && lineDayMinute(line, linePosition(line, local.day, local.minute) + minutes);
  return at
    ? zonedInstant(at.day, at.minute, calendar.timeZone)
    : (walkBusinessMinutes(start, [minutes], calendar)[0] as Date);
}

/** addBusinessMinutes for several amounts (ascending) from one start, the start placed on the business line once. */
export function addBusinessMinutesEach(start: Date, amounts: readonly number[], calendar: BusinessCalendar): Date[] {
  const out = new Array<Date>(amounts.length);
  const line = lineOf(calendar);
  const local = localTime(start, calendar.timeZone);
  const from = line ? linePosition(line, local.day, local.minute) : NaN;
  for (let i = 0; i < amounts.length; i++) {
    const minutes = amounts[i] as number;
    const at = minutes > 0 && line ? lineDayMinute(line, from + minutes) : null;
    if (at) out[i] = zonedInstant(at.day, at.minute, calendar.timeZone);
    else if (minutes <= 0) out[i] = start;
    else return walkBusinessMinutes(start, amounts, calendar);
  }
  return out;
}

/**
 * The same by walking over the days, for instants outside the business line's window (2000–2060):
 * amounts ascending, in one walk.
 */
export function walkBusinessMinutes(start: Date, amounts: readonly number[], calendar: BusinessCalendar): Date[] {
  const out = new Array<Date>(amounts.length);
  let found = 0;
  while (found < amounts.length && (amounts[found] as number) <= 0) out[found++] = start;
  if (found === amounts.length) return out;
  let walked = 0;
  let { day, minute }: LocalTime = localTime(start, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day++, minute = 0) {
    if (!isBusinessDay(day, calendar)) continue;
    const from = Math.max(minute, calendar.startMinute);
    if (from >= calendar.endMinute) continue;
    const available = calendar.endMinute - from;
    for (let next = amounts[found] as number; next - walked <= available; next = amounts[found] as number) {
      out[found++] = zonedInstant(day, from + next - walked, calendar.timeZone);
      if (found === amounts.length) return out;
    }
    walked += available;
  }
  throw new Error(`No business time within ${MAX_DAYS} days: check business hours and workdays.`);
}

/** Business minutes from `from` to `to` (0 when `to` is not later). */
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  if (to.getTime() <= from.getTime()) return 0;
  const start = localTime(from, calendar.timeZone);
  const end = localTime(to, calendar.timeZone);
  const line = lineOf(calendar);
  const span = line ? linePosition(line, end.day, end.minute) - linePosition(line, start.day, start.minute) : NaN;
  if (!Number.isNaN(span)) return span;
  let total = 0;
  for (let day = start.day; day <= end.day && day - start.day < MAX_DAYS; day++) {
    if (!isBusinessDay(day, calendar)) continue;
    const lo = Math.max(calendar.startMinute, day === start.day ? start.minute : 0);
    const hi = Math.min(calendar.endMinute, day === end.day ? end.minute : 24 * 60);
    if (hi > lo) total += hi - lo;
  }
  return total;
}
