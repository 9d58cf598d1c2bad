// The run's own columns as they are at the moment of a write, read just before it: a write that
// covers rows the run did not change (merged to keep calls few, or every row after rows moved) puts
// back what they hold now, formulas as formulas, not what the run read a minute before.
import type { ColumnPositions } from '../domain/incident-columns';
import { FIRST_INCIDENT_ROW, type StateColumn } from '../domain/sweep/sweep-plan';
import { KeptFormula } from './sheet-text';

/** The formulas of the state columns of every row below the header, in `columns` order (one read). */
export function stateFormulas(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: ColumnPositions,
  columns: readonly StateColumn[],
  rows: number,
): string[][] {
  if (rows === 0) return [];
  const at = columns.map((c) => positions[c] as number);
  const left = Math.min(...at);
  const width = Math.max(...at) - left + 1;
  const formulas = sheet.getRange(FIRST_INCIDENT_ROW, left + 1, rows, width).getFormulas();
  return formulas.map((row) => at.map((p) => row[p - left] ?? ''));
}

/** Rows apart by less than this, in runs that need reading again, are read in one range. */
const READ_AGAIN_GAP = 1_000;

/**
 * The state cells, as they are now, of the rows a merged write covers without changing them
 * (changedRuns merges runs so the writes stay few), by plan row: read just before the write, a
 * formula as itself, so neither a cell a person typed since the run read it nor a formula is
 * replaced. Two reads per stretch of such runs; none when every written row changed (a backlog).
 */
export function cellsNow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: ColumnPositions,
  columns: readonly StateColumn[],
  runs: readonly [number, number][],
  changed: readonly boolean[],
): Map<number, unknown[]> {
  const kept = new Map<number, unknown[]>();
  const holding = runs.filter(([first, last]) => changed.slice(first, last + 1).includes(false));
  const at = columns.map((c) => positions[c] as number);
  const left = Math.min(...at);
  const width = Math.max(...at) - left + 1;
  // Runs close together are read in one range (the rows between cost less than another call).
  const stretches: [number, number][][] = [];
  for (const run of holding) {
    const previous = stretches[stretches.length - 1];
    const end = previous?.[previous.length - 1]?.[1];
    if (previous && end !== undefined && run[0] - end < READ_AGAIN_GAP) previous.push(run);
    else stretches.push([run]);
  }
  for (const stretch of stretches) {
    const first = (stretch[0] as [number, number])[0];
    const last = (stretch[stretch.length - 1] as [number, number])[1];
    const range = sheet.getRange(FIRST_INCIDENT_ROW + first, left + 1, last - first + 1, width);
    const values = range.getValues();
    const formulas = range.getFormulas();
    for (const [a, b] of stretch)
      for (let i = a; i <= b; i++) {
        if (changed[i]) continue;
        const r = i - first;
        const cell = (p: number) => {
          const formula = formulas[r]?.[p - left] ?? '';
          return formula === '' ? (values[r]?.[p - left] ?? '') : new KeptFormula(formula);
        };
        kept.set(i, at.map(cell));
      }
  }
  return kept;
}
