// Where each incident the run decided is now. People sort, insert and delete rows while a run works
// (the lock guards code, not people), so the run writes by incident ID, not by the row it read.

/** Rows as the run read them: the ID each held ('' for a row the run numbered) and its content. */
export interface ReadRows {
  readonly ids: readonly string[];
  /** The content of each row numbered by this run, to find it again by (it had no ID to go by). */
  readonly numbered: ReadonlyMap<number, string>;
}

/** Rows as they are now: the ID cell of each, and (for rows with none) their content. */
export interface CurrentRows {
  readonly ids: readonly string[];
  readonly content?: (row: number) => string;
}

/**
 * True when every row read still holds the ID it was read with (rows added below since are left
 * alone): the common case, written where it was read.
 */
export function unmoved(read: ReadRows, current: CurrentRows): boolean {
  if (current.ids.length < read.ids.length) return false;
  for (let i = 0; i < read.ids.length; i++) {
    const was = read.ids[i] as string;
    if (was !== '' && was !== current.ids[i]) return false;
    if (was === '' && current.ids[i] !== '') return false;
  }
  return true;
}

/**
 * For each current row, the index of the read row it holds now, or -1 (a row added since, or one
 * whose incident the run never saw). An ID that appears more than once is matched in order of
 * appearance; a row the run numbered is found by its content among the rows with no ID.
 */
export function placeRows(read: ReadRows, current: CurrentRows): number[] {
  const byId = new Map<string, number[]>();
  read.ids.forEach((id, index) => {
    if (id === '') return;
    const list = byId.get(id);
    if (list) list.push(index);
    else byId.set(id, [index]);
  });
  const byContent = new Map<string, number[]>();
  for (const [index, content] of read.numbered) {
    const list = byContent.get(content);
    if (list) list.push(index);
    else byContent.set(content, [index]);
  }
  return current.ids.map((id, row) => {
    if (id !== '') return byId.get(id)?.shift() ?? -1;
    const content = current.content?.(row);
    return content === undefined ? -1 : (byContent.get(content)?.shift() ?? -1);
  });
}

/**
 * Rows to write as [first, last] runs of adjacent changed rows. Past `maxRuns` runs, one span from
 * the first changed row to the last (`exact`: the first `maxRuns` runs only, the rest left for the
 * next run, for cells that must not be rewritten in between): calls stay constant however the
 * changes are spread.
 */
export function changedRuns(changed: readonly boolean[], maxRuns: number, exact = false): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < changed.length; i++) {
    if (!changed[i]) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  if (runs.length <= maxRuns) return runs;
  if (exact) return runs.slice(0, maxRuns);
  return [[(runs[0] as [number, number])[0], (runs[runs.length - 1] as [number, number])[1]]];
}

/**
 * changedRuns for a run that left some rows unread (settled-rows.ts): past `maxRuns` runs, one span
 * per stretch of read rows instead of one span over all, so no write covers a row never read (its
 * cells would be written back blank). Unread rows are never changed, so a run never holds one.
 */
export function changedRunsWithin(
  changed: readonly boolean[],
  unread: readonly boolean[] | undefined,
  maxRuns: number,
): [number, number][] {
  if (!unread) return changedRuns(changed, maxRuns);
  const runs = changedRuns(changed, Infinity);
  if (runs.length <= maxRuns) return runs;
  const spans: [number, number][] = [];
  for (const [first, last] of runs) {
    const previous = spans[spans.length - 1];
    if (previous && !unread.slice(previous[1] + 1, first).includes(true)) previous[1] = last;
    else spans.push([first, last]);
  }
  return spans;
}
