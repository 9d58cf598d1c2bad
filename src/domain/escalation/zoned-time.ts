// Wall-clock days and minutes in a named time zone, via Intl (the domain has no clock: instants are
// always passed in). Offsets are cached per zone and UTC hour, since a sweep asks about 100,000 rows.
const MINUTE = 60_000;
const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A local calendar day as days since 1970-01-01, plus the minute of that day (0–1439). */
export interface LocalTime {
  readonly day: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();
const dayKeys = new Map<number, string>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** Milliseconds to add to a UTC instant to get the zone's wall clock. Throws for an unknown zone. */
export function zoneOffsetMs(instantMs: number, zone: string): number {
  const hour = Math.floor(instantMs / HOUR);
  let byHour = offsets.get(zone);
  if (!byHour) offsets.set(zone, (byHour = new Map()));
  const cached = byHour.get(hour);
  if (cached !== undefined) return cached;
  const at = hour * HOUR;
  const parts = formatter(zone).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = wall - at;
  byHour.set(hour, offset);
  return offset;
}

export function localTime(instant: Date, zone: string): LocalTime {
  const wall = instant.getTime() + zoneOffsetMs(instant.getTime(), zone);
  const day = Math.floor(wall / DAY);
  return { day, minute: Math.floor((wall - day * DAY) / MINUTE) };
}

/** The instant a local day and minute name; in a DST gap the wall time is read with the earlier offset. */
export function zonedInstant(day: number, minute: number, zone: string): Date {
  const wall = day * DAY + minute * MINUTE;
  const guess = wall - zoneOffsetMs(wall, zone);
  return new Date(wall - zoneOffsetMs(guess, zone));
}

/** 0 = Sunday … 6 = Saturday, like Date.getDay(). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function dayNumber(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY);
}

/** 'YYYY-MM-DD' of a local day. */
export function dayKey(day: number): string {
  let key = dayKeys.get(day);
  if (key === undefined) dayKeys.set(day, (key = new Date(day * DAY).toISOString().slice(0, 10)));
  return key;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** 'YYYY-MM-DD HH:mm' on the zone's wall clock, as people in that zone read it. */
export function formatLocal(instant: Date, zone: string): string {
  const { day, minute } = localTime(instant, zone);
  return `${dayKey(day)} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
