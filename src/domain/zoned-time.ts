// Wall-clock times in a named time zone (the spreadsheet's), as a datetime-local field shows them,
// and back to ISO 8601 with that zone's offset, whatever zone the browser or server runs in.

/** 'YYYY-MM-DDTHH:mm', the form a datetime-local input reads and writes. */
export type WallTime = string;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether Intl knows the zone: a bad name would otherwise throw at the first format call. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's clock at `instant`, as milliseconds since the epoch were it UTC. */
function wallClockMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hour12: false, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  // Some engines write midnight as hour 24 under hour12: false.
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
}

/** Minutes the zone is ahead of UTC at `instant` (Asia/Tokyo: 540). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const wholeSecond = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  return Math.round((wallClockMs(wholeSecond, timeZone) - wholeSecond.getTime()) / 60_000);
}

export function wallTime(instant: Date, timeZone: string): WallTime {
  return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 16);
}

/** The instant the zone's clocks show `wall`, with its offset, e.g. '2026-11-24T10:30:00+09:00'. */
export function zonedIso(wall: WallTime, timeZone: string): string | null {
  const match = WALL_TIME.exec(wall);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).toISOString().slice(0, 16) !== wall) return null; // e.g. 2026-02-30
  // The offset at the guess may differ from the offset at the answer around a DST change.
  let offset = zoneOffsetMinutes(new Date(asUtc), timeZone);
  offset = zoneOffsetMinutes(new Date(asUtc - offset * 60_000), timeZone);
  return `${wall}:00${formatOffset(offset)}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
