// The listed rows' summaries are read in a few windows cut at the widest gaps: constant calls,
// and little read when the rows sit together.
import { describe, expect, it } from 'vitest';
import { windowsOf } from '../../src/adapters/incidents-table';

describe('windowsOf', () => {
  it('covers every row, cutting at the widest gaps', () => {
    expect(windowsOf([5, 6, 7, 500, 501, 90_000], 3)).toEqual([
      [5, 7],
      [500, 501],
      [90_000, 90_000],
    ]);
    expect(windowsOf([5, 6, 7, 500, 501, 90_000], 2)).toEqual([
      [5, 501],
      [90_000, 90_000],
    ]);
  });

  it('makes one window of adjacent rows, and ignores repeats and order', () => {
    expect(windowsOf([12, 10, 11, 11], 8)).toEqual([[10, 12]]);
    expect(windowsOf([3], 8)).toEqual([[3, 3]]);
  });

  it('never makes more windows than asked, whatever the rows', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => 2 + i * 7);
    const windows = windowsOf(rows, 8);
    expect(windows).toHaveLength(8);
    for (const row of rows) expect(windows.some(([a, b]) => a <= row && row <= b)).toBe(true);
  });
});
