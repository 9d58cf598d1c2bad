// The run's own columns as they are at the moment of a write, read just before it: a write that
// covers rows the run did not change (merged to keep calls few, or every row after rows moved) puts
// back what they hold now, formulas as formulas, not what the run read a minute before.
import type { ColumnPositions } from '../domain/incident-columns';
import { FIRST_INCIDENT_ROW, type StateColumn } from '../domain/sweep/sweep-plan';
import { sameCell } from '../domain/sweep/state-rows';
import { cellAsItIs } from './sheet-text';

/** The state columns' positions, and the span of sheet columns that holds them all. */
function stateSpan(positions: ColumnPositions, columns: readonly StateColumn[]) {
  const at = columns.map((c) => positions[c] as number);
  const left = Math.min(...at);
  return { at, left, width: Math.max(...at) - left + 1 };
}

/** The formulas of the state columns of every row below the header, in `columns` order (one read). */
export function stateFormulas(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: ColumnPositions,
  columns: readonly StateColumn[],
  rows: number,
): string[][] {
  if (rows === 0) return [];
  const { at, left, width } = stateSpan(positions, columns);
  const formulas = sheet.getRange(FIRST_INCIDENT_ROW, left + 1, rows, width).getFormulas();
  return formulas.map((row) => at.map((p) => row[p - left] ?? ''));
}

/** Rows apart by less than this, in runs that need reading again, are read in one range. */
const READ_AGAIN_GAP = 1_000;
/**
 * Up to this many rows written, every written row is read again (~100 KB), not only the unchanged
 * ones: a busy hour writes a few dozen, so a cell typed during the run is kept on a changed row too.
 * A backlog's write (every row changed) is not read again: 14 MB at 100,000 rows.
 */
const READ_ALL_ROWS = 2_000;

/** What the write puts in the rows of its runs: the run's cells, and what the sheet holds now. */
export interface WriteRows {
  readonly runs: readonly [number, number][];
  readonly changed: readonly boolean[];
  /** The run's state cells of a plan row (columns order). */
  readonly ours: (row: number) => readonly unknown[];
  /** The same cells as the run read them, before it decided. */
  readonly read: (row: number) => readonly unknown[];
}

/**
 * The state cells to write, as they are now, of rows a write covers (by plan row), read just before
 * it, a formula as itself, so neither a cell a person typed since the run read it nor a formula is
 * replaced. A row the run did not change (runs are merged so the writes stay few) gets all its
 * cells back; on a small write, a changed row gets back each cell the run did not change (a deadline
 * typed meanwhile), the run's own change winning where both changed. Two reads per stretch of runs;
 * none when a large write changed every row (a backlog).
 */
export function cellsNow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: ColumnPositions,
  columns: readonly StateColumn[],
  rows: WriteRows,
): Map<number, unknown[]> {
  const { runs, changed } = rows;
  const kept = new Map<number, unknown[]>();
  const written = runs.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  const every = written <= READ_ALL_ROWS;
  const reading = every ? runs : runs.filter(([first, last]) => changed.slice(first, last + 1).includes(false));
  const { at, left, width } = stateSpan(positions, columns);
  for (const stretch of stretchesOf(reading)) {
    const first = (stretch[0] as [number, number])[0];
    const last = (stretch[stretch.length - 1] as [number, number])[1];
    const range = sheet.getRange(FIRST_INCIDENT_ROW + first, left + 1, last - first + 1, width);
    const values = range.getValues();
    const formulas = range.getFormulas();
    for (const [a, b] of stretch)
      for (let i = a; i <= b; i++) {
        if (changed[i] && !every) continue;
        const r = i - first;
        const now = (p: number) => cellAsItIs(values[r]?.[p - left], formulas[r]?.[p - left]);
        if (!changed[i]) kept.set(i, at.map(now));
        else {
          const ours = rows.ours(i);
          const read = rows.read(i);
          kept.set(
            i,
            at.map((p, k) => (sameCell(ours[k], read[k]) ? now(p) : ours[k])),
          );
        }
      }
  }
  return kept;
}

/** Runs close together, grouped to be read in one range (the rows between cost less than a call). */
function stretchesOf(runs: readonly [number, number][]): [number, number][][] {
  const stretches: [number, number][][] = [];
  for (const run of runs) {
    const previous = stretches[stretches.length - 1];
    const end = previous?.[previous.length - 1]?.[1];
    if (previous && end !== undefined && run[0] - end < READ_AGAIN_GAP) previous.push(run);
    else stretches.push([run]);
  }
  return stretches;
}
