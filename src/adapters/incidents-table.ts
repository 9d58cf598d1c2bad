// The incidents sheet as the sweep sees it: one getValues to read, and one setValues per run of
// adjacent state columns to write back (people may be typing in the other columns meanwhile).
import type { ColumnPositions, IncidentColumn } from '../domain/incident-columns';
import { STATE_COLUMNS, type StateColumn } from '../domain/sweep/sweep-plan';
import { asLiteral, makeLiteralInPlace } from './sheet-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readIncidentValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** Adjacent columns (by sheet position) grouped, so the default layout writes in one call. */
function adjacentRuns(columns: readonly IncidentColumn[], positions: ColumnPositions): IncidentColumn[][] {
  const sorted = [...columns].sort((a, b) => (positions[a] as number) - (positions[b] as number));
  const runs: IncidentColumn[][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous !== undefined && (positions[previous] as number) + 1 === positions[column]) last.push(column);
    else runs.push([column]);
  }
  return runs;
}

export function writeColumns(
  sheet: Sheet,
  positions: ColumnPositions,
  columns: Partial<Record<IncidentColumn, readonly unknown[]>>,
): void {
  const keys = Object.keys(columns) as IncidentColumn[];
  const rows = (columns[keys[0] as IncidentColumn] ?? []).length;
  if (rows === 0) return;
  for (const run of adjacentRuns(keys, positions)) {
    const values = run.map((c) => columns[c] ?? []);
    const block = new Array<unknown[]>(rows);
    for (let r = 0; r < rows; r++) {
      const row = (block[r] = new Array<unknown>(values.length));
      for (let c = 0; c < values.length; c++) row[c] = asLiteral((values[c] as readonly unknown[])[r]);
    }
    sheet.getRange(2, (positions[run[0] as IncidentColumn] as number) + 1, rows, run.length).setValues(block);
  }
}

/** The state columns in the sheet's order: the order stateBlock lays out its rows in. */
export function stateColumnOrder(positions: ColumnPositions): StateColumn[] {
  return [...STATE_COLUMNS].sort((a, b) => (positions[a] as number) - (positions[b] as number));
}

/**
 * Writes stateBlock's rows (cells in stateColumnOrder). They are made for this write alone, so text
 * is made literal in place; a layout with the state columns apart is written one run at a time.
 */
export function writeStateBlock(
  sheet: Sheet,
  positions: ColumnPositions,
  columns: readonly StateColumn[],
  rows: unknown[][],
): void {
  if (rows.length === 0) return;
  makeLiteralInPlace(rows);
  let start = 0;
  for (const run of adjacentRuns(columns, positions)) {
    const end = start + run.length;
    const block = start === 0 && end === columns.length ? rows : rows.map((cells) => cells.slice(start, end));
    sheet.getRange(2, (positions[run[0] as IncidentColumn] as number) + 1, rows.length, run.length).setValues(block);
    start = end;
  }
}
