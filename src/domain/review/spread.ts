// The median and the 90th percentile of a set of durations, as the dashboard shows them.

export interface Spread {
  readonly count: number;
  /** null when there is no value. */
  readonly median: number | null;
  readonly p90: number | null;
}

/**
 * The median is the middle value (the mean of the two middle ones for an even count); the 90th
 * percentile is by nearest rank (the smallest value with at least 90% of the values at or below it),
 * so both are values a person can find in the list, and the same on every run.
 */
export function spreadOf(values: readonly number[]): Spread {
  const count = values.length;
  if (count === 0) return { count, median: null, p90: null };
  const sorted = Float64Array.from(values).sort();
  const middle = count >> 1;
  const median =
    count % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const p90 = sorted[Math.ceil(0.9 * count) - 1] as number;
  return { count, median, p90 };
}
