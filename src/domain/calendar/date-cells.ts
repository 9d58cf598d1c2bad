// A date cell as Sheets hands it over (a Date), or as a person typed it as text, read in a time zone.
import { isBlank } from '../cells';
import { localTime, zonedInstant } from './zoned-time';
import { isCalendarDay, isClockTime } from './calendar-date';

/** Sheets hands dates over as Date objects; typed text such as 2026-11-24 10:00 is read in the zone. */
export function parseDateTime(value: unknown, timeZone: string): Date | null | undefined {
  if (isBlank(value)) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(value.normalize('NFKC').trim());
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1);
  // 2026/02/30 is no date: reported as unreadable, never rolled over to 2 March.
  if (!isCalendarDay(Number(y), Number(mo), Number(d)) || !isClockTime(Number(h), Number(mi))) return undefined;
  const day = localTime(new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))), 'UTC').day;
  return zonedInstant(day, Number(h) * 60 + Number(mi), timeZone);
}
