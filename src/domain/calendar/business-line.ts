// Business time as a number line: each business day in a window of years gets an ordinal, so "N
// business minutes after" and "business minutes between" are arithmetic rather than a walk over the
// days (a sweep works out several deadlines for each of 100,000s of incidents). Local days and
// minutes only: business-calendar.ts turns instants into them and back.

/** Days since 1970-01-01 of the window's first and last local day: 2000-01-01 to 2060-12-31. */
const WINDOW = { first: 10_957, last: 33_237 } as const;

export interface BusinessLine {
  readonly startMinute: number;
  readonly minutesPerDay: number;
  /** before[i]: business days in the window before its day i; one entry more than the window's days. */
  readonly before: Int32Array;
  /** The window's business days (days since 1970), in order: ordinal k is days[k]. */
  readonly days: Int32Array;
}

export function businessLine(
  isBusinessDay: (day: number) => boolean,
  startMinute: number,
  endMinute: number,
): BusinessLine {
  const span = WINDOW.last - WINDOW.first + 1;
  const before = new Int32Array(span + 1);
  const days: number[] = [];
  for (let i = 0; i < span; i++) {
    if (isBusinessDay(WINDOW.first + i)) days.push(WINDOW.first + i);
    before[i + 1] = days.length;
  }
  return { startMinute, minutesPerDay: endMinute - startMinute, before, days: Int32Array.from(days) };
}

/**
 * Business minutes from the window's start to a local day and minute: time before opening counts as
 * opening, after closing as closing, a day off as the next business day's opening. NaN outside the window.
 */
export function linePosition(line: BusinessLine, day: number, minute: number): number {
  const i = day - WINDOW.first;
  if (i < 0 || i >= line.before.length - 1) return NaN;
  const before = line.before[i] as number;
  const within =
    (line.before[i + 1] as number) > before ? Math.min(Math.max(minute - line.startMinute, 0), line.minutesPerDay) : 0;
  return before * line.minutesPerDay + within;
}

/**
 * The earliest local day and minute at a position after the window's start (position > 0): a
 * position at a day's end is that day's closing time, not the next day's opening. Null past the window.
 */
export function lineDayMinute(line: BusinessLine, position: number): { day: number; minute: number } | null {
  const ordinal = Math.ceil(position / line.minutesPerDay) - 1;
  const day = line.days[ordinal];
  return day === undefined ? null : { day, minute: line.startMinute + position - ordinal * line.minutesPerDay };
}
