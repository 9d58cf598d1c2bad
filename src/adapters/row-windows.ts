// Rows read in a few windows rather than one by one or all at once: the windows cut at the widest
// gaps between the rows wanted, so rows close together (recent incidents at the bottom, as they
// usually are) cost one read, and the calls stay constant whatever the rows.

/**
 * Up to `count` [first, last] windows covering the rows, cut at the widest gaps; `minGap`: rows
 * closer than this stay in one window (reading the rows between costs less than another call).
 */
export function windowsOf(rows: readonly number[], count: number, minGap = 2): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const cuts = sorted
    .slice(1)
    .map((row, i) => ({ at: i + 1, gap: row - (sorted[i] as number) }))
    .filter((c) => c.gap >= minGap)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, count - 1)
    .map((c) => c.at)
    .sort((a, b) => a - b);
  const windows: [number, number][] = [];
  let start = 0;
  for (const cut of [...cuts, sorted.length]) {
    windows.push([sorted[start] as number, sorted[cut - 1] as number]);
    start = cut;
  }
  return windows;
}

/** The longest prefix of `rows` (in the order given, repeats dropped) whose windows span at most `budget` rows. */
export function rowsWithin(rows: readonly number[], budget: number, windows: number): number[] {
  const unique = [...new Set(rows)];
  const spanned = (k: number) =>
    windowsOf(unique.slice(0, k), windows).reduce((sum, [first, last]) => sum + last - first + 1, 0);
  // The windows cut at the widest gaps cover a set in the fewest rows, so adding a row never shrinks them.
  let low = 0;
  let high = unique.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (spanned(mid) <= budget) low = mid;
    else high = mid - 1;
  }
  return unique.slice(0, low);
}

/**
 * One column's cells (0-based `column`) of the given sheet rows, read in at most `count` windows
 * (one call each), by sheet row: the rows between listed ones in a window are read, not kept.
 */
export function readColumnOfRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  rows: readonly number[],
  count: number,
): Map<number, unknown> {
  const cells = new Map<number, unknown>();
  if (rows.length === 0) return cells;
  for (const [first, last] of windowsOf(rows, count)) {
    const block = sheet.getRange(first, column + 1, last - first + 1, 1).getValues();
    for (const row of rows) if (row >= first && row <= last) cells.set(row, block[row - first]?.[0]);
  }
  return cells;
}
