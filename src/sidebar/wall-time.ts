// The occurrence time as a datetime-local field holds it (the spreadsheet zone's wall clock), and
// back to the ISO 8601 with offset the server takes, whatever zone the browser itself is in.
import { dayNumber, formatLocal, zoneOffsetMs, zonedInstant } from '../domain/calendar/zoned-time';

/** 'YYYY-MM-DDTHH:mm', the form a datetime-local input reads and writes. */
export type WallTime = string;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function wallTime(instant: Date, timeZone: string): WallTime {
  return formatLocal(instant, timeZone).replace(' ', 'T');
}

/** The instant the zone's clocks show `wall`, with its offset, e.g. '2026-11-24T10:30:00+09:00'. */
export function zonedIso(wall: WallTime, timeZone: string): string | null {
  const match = WALL_TIME.exec(wall);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  // A day that does not exist (02-30) rolls over in Date.UTC: refuse it rather than move it.
  if (new Date(Date.UTC(year, month - 1, day, hour, minute)).toISOString().slice(0, 16) !== wall) return null;
  const instant = zonedInstant(dayNumber(year, month, day), hour * 60 + minute, timeZone);
  return `${wallTime(instant, timeZone)}:00${formatOffset(zoneOffsetMs(instant.getTime(), timeZone) / 60_000)}`;
}

function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
