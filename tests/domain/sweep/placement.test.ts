// Writing by incident ID: which row holds which incident after people sorted, inserted or deleted
// rows during a run, and which rows to write when only some changed.
import { describe, expect, it } from 'vitest';
import { changedRuns, changedRunsWithin, placeRows, unmoved } from '../../../src/domain/sweep/placement';

const read = (ids: string[], numbered: [number, string][] = []) => ({ ids, numbered: new Map(numbered) });

describe('unmoved', () => {
  it('holds when every row read keeps its ID, rows added below included', () => {
    expect(unmoved(read(['A', 'B', '']), { ids: ['A', 'B', ''] })).toBe(true);
    expect(unmoved(read(['A', 'B']), { ids: ['A', 'B', 'C'] })).toBe(true);
  });

  it('fails on a sort, a deletion, an insertion above, or an ID typed into a blank row', () => {
    expect(unmoved(read(['A', 'B']), { ids: ['B', 'A'] })).toBe(false);
    expect(unmoved(read(['A', 'B']), { ids: ['B'] })).toBe(false);
    expect(unmoved(read(['A', 'B']), { ids: ['', 'A', 'B'] })).toBe(false);
    expect(unmoved(read(['A', '']), { ids: ['A', 'X'] })).toBe(false);
  });
});

describe('placeRows', () => {
  it('finds each incident by ID, -1 for rows the run never saw', () => {
    expect(placeRows(read(['A', 'B', 'C']), { ids: ['C', '', 'A'] })).toEqual([2, -1, 0]);
  });

  it('matches a repeated ID in order of appearance', () => {
    expect(placeRows(read(['A', 'A', 'B']), { ids: ['B', 'A', 'A'] })).toEqual([2, 0, 1]);
  });

  it('finds a row the run numbered by its content among the rows with no ID', () => {
    const content = ['other', 'typed row'];
    expect(
      placeRows(read(['A', ''], [[1, 'typed row']]), { ids: ['', '', 'A'], content: (r) => content[r] ?? '' }),
    ).toEqual([-1, 1, 0]);
  });
});

describe('changedRuns', () => {
  it('groups adjacent changed rows', () => {
    expect(changedRuns([false, true, true, false, true], 8)).toEqual([
      [1, 2],
      [4, 4],
    ]);
    expect(changedRuns([false, false], 8)).toEqual([]);
  });

  it('makes one span past the limit, so the calls stay constant', () => {
    const changed = Array.from({ length: 100 }, (_, i) => i % 3 === 0);
    expect(changedRuns(changed, 8)).toEqual([[0, 99]]);
  });
});

describe('changedRunsWithin', () => {
  it('merges runs only across rows that were read', () => {
    const changed = [true, false, true, false, false, true, false, true];
    const unread = [false, false, false, true, false, false, false, false];
    expect(changedRunsWithin(changed, unread, 8)).toEqual([
      [0, 0],
      [2, 2],
      [5, 5],
      [7, 7],
    ]);
    // Past the limit: one span per stretch of read rows, never over row 3.
    expect(changedRunsWithin(changed, unread, 2)).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(changedRunsWithin(changed, undefined, 2)).toEqual([[0, 7]]);
  });
});
