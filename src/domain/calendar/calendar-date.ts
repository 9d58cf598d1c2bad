// Whether typed numbers name a real day or time: Date.UTC and new Date() roll impossible ones over
// (30 February becomes 2 March), so every reader of typed dates asks this first and refuses instead.

/** 2026-02-30, 2026-04-31 and 2026-13-01 are no days; 2028-02-29 is. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** 24:00 and 10:60 would roll into the next hour or day; a leap second is no time Sheets keeps. */
export function isClockTime(hour: number, minute: number, second = 0): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}
