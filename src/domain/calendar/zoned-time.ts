// Wall-clock days and minutes in a named time zone, via Intl (the domain has no clock: instants are
// always passed in). A zone's offsets are remembered per UTC hour: they are facts of the time-zone
// database, the same in every run, and Intl is slow enough that a sweep of many rows would feel it.
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

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
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
  // Incidents are reported over thousands of hours but few days: a UTC day whose two ends share an
  // offset has it throughout (no zone changes twice in a day), so Intl is asked twice a day, not hourly.
  const dayStart = Math.floor(hour / 24) * 24;
  const start = exactOffset(dayStart, zone, byHour);
  const offset = start === exactOffset(dayStart + 24, zone, byHour) ? start : exactOffset(hour, zone, byHour);
  byHour.set(hour, offset);
  return offset;
}

/** The zone's offset at the start of a UTC hour, from Intl (cached with the hours zoneOffsetMs works out). */
function exactOffset(hour: number, zone: string, byHour: Map<number, number>): number {
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
  const steady = steadyOffset(day, zone);
  if (!Number.isNaN(steady)) return new Date(wall - steady);
  const guess = wall - zoneOffsetMs(wall, zone);
  return new Date(wall - zoneOffsetMs(guess, zone));
}

const steadyOffsets = new Map<string, Map<number, number>>();
/**
 * The zone's offset on a local day when one offset covers every instant zonedInstant could look at
 * for it (the day ± 14 hours): every day but those of a DST change. Equal offsets two days either
 * side mean no change in between, as no zone changes twice within four days. NaN when it changes.
 */
function steadyOffset(day: number, zone: string): number {
  let byDay = steadyOffsets.get(zone);
  if (!byDay) steadyOffsets.set(zone, (byDay = new Map()));
  let steady = byDay.get(day);
  if (steady === undefined) {
    const before = zoneOffsetMs(day * DAY - 2 * DAY, zone);
    steady = before === zoneOffsetMs(day * DAY + 3 * DAY, zone) ? before : NaN;
    if (byDay.size > 20_000) byDay.clear();
    byDay.set(day, steady);
  }
  return steady;
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
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function isValidTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts {
  /** 'YYYY-MM-DD' */
  readonly dayKey: string;
  readonly year: number;
  readonly month: number;
  readonly date: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** 'HH:mm' */
  readonly hhmm: string;
}

/** The zone's wall-clock fields of an instant, for writing it the way a reader's language does. */
export function localParts(instant: Date, zone: string): LocalParts {
  const { day, minute } = localTime(instant, zone);
  const key = dayKey(day);
  const hhmm = `${twoDigits(Math.floor(minute / 60))}:${twoDigits(minute % 60)}`;
  return {
    dayKey: key,
    year: +key.slice(0, 4),
    month: +key.slice(5, 7),
    date: +key.slice(8, 10),
    weekday: weekday(day),
    hhmm,
  };
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** 'YYYY-MM-DD HH:mm' on the zone's wall clock, as people in that zone read it. */
export function formatLocal(instant: Date, zone: string): string {
  const { dayKey: key, hhmm } = localParts(instant, zone);
  return `${key} ${hhmm}`;
}
