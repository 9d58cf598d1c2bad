// The incidents sheet as the sweep sees it: the columns it decides from, one range per run of
// adjacent ones, and one setValues per run of adjacent state columns to write back (people may be
// typing in the other columns meanwhile). The report's free text is read only for the rows a
// digest lists (report-text.ts).
import { type ColumnPositions, type IncidentColumn, columnPositions } from '../domain/incident-columns';
import { STATE_COLUMNS, type StateColumn } from '../domain/sweep/sweep-plan';
import { cellText } from '../domain/sweep/incident-row';
import { asLiteral, makeLiteralInPlace } from './sheet-text';
import { adjacentSpans, columnBytes, fillSpans, readSpans } from './column-spans';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * What the sweep decides from. Left out: the report's long texts (summary, actions taken, assessment,
 * support requested), a few hundred characters each, ~90% of what a full read would move.
 */
export const SWEEP_COLUMNS: readonly IncidentColumn[] = [
  'id',
  'reportedAt',
  'impact',
  'urgency',
  'riskLevel',
  'category',
  'customer',
  'occurredAt',
  'reporter',
  'owner',
  'managerEmail',
  'status',
  'acknowledgedBy',
  ...STATE_COLUMNS,
];

/**
 * The header and the sweep's columns of every row, laid out as the sheet is (the columns not read
 * are blank), so the domain sees rows as it would from a full read. Calls: 4 + 2 per run of adjacent
 * columns read (3 in the default layout), whatever the number of rows.
 */
export function readIncidentValues(sheet: Sheet): unknown[][] {
  return readColumnValues(sheet, SWEEP_COLUMNS);
}

/**
 * What the PDCA review counts from (review-rows.ts): the sweep's columns but the people, the stage,
 * the hold and the 通知記録 (dates, grades, category, customer, status, acknowledgement, deadlines).
 */
const NOT_REVIEWED = new Set<IncidentColumn>([
  'reporter',
  'owner',
  'managerEmail',
  'stage',
  'holdSince',
  'holdHours',
  'notifications',
  'rowProblems',
]);
export const REVIEW_COLUMNS: readonly IncidentColumn[] = SWEEP_COLUMNS.filter((c) => !NOT_REVIEWED.has(c));

/** The header and the review's columns of every row (the others blank): one read per run of adjacent ones. */
export function readReviewValues(sheet: Sheet): unknown[][] {
  return readColumnValues(sheet, REVIEW_COLUMNS);
}

function readColumnValues(sheet: Sheet, columns: readonly IncidentColumn[]): unknown[][] {
  const values = blankGrid(sheet);
  if (values.length > 1) fillColumns(sheet, values, columnPositions(values[0] ?? []), columns, 2, values.length);
  return values;
}

/** The header row, then a blank row of the sheet's width for every row below it: what the reads fill. */
export function blankGrid(sheet: Sheet): unknown[][] {
  const width = sheet.getLastColumn();
  const height = sheet.getLastRow();
  if (width === 0 || height === 0) return [];
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const values: unknown[][] = [header];
  for (let r = 1; r < height; r++) values.push(new Array<unknown>(width).fill(''));
  return values;
}

/**
 * Fills the given columns of sheet rows first..last into `values` (indexed by sheet row - 1): one
 * read per run of adjacent columns. `held`: columns `values` already holds for these rows (the
 * probe's), read again only where skipping them would cost a call more than they move.
 */
export function fillColumns(
  sheet: Sheet,
  values: unknown[][],
  positions: ColumnPositions,
  columns: readonly IncidentColumn[],
  first: number,
  last: number,
  held: readonly IncidentColumn[] = [],
): void {
  const wanted = columns.map((c) => positions[c]).filter((p): p is number => p !== undefined);
  const heldAt = new Set(held.map((c) => positions[c]).filter((p): p is number => p !== undefined));
  const spans =
    heldAt.size === 0 ? adjacentSpans(wanted) : readSpans(wanted, heldAt, (p) => columnBytes(values, p, first, last));
  fillSpans(sheet, values, spans, first, last);
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
  firstRow = 2,
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
    sheet.getRange(firstRow, (positions[run[0] as IncidentColumn] as number) + 1, rows, run.length).setValues(block);
  }
}

/** The state columns in the sheet's order: the order stateBlock lays out its rows in. */
export function stateColumnOrder(positions: ColumnPositions): StateColumn[] {
  return [...STATE_COLUMNS].sort((a, b) => (positions[a] as number) - (positions[b] as number));
}

/**
 * Writes stateBlock's rows (cells in stateColumnOrder) from `firstRow` down. They are made for this
 * write alone, so text is made literal in place; a layout with the state columns apart is written one
 * run at a time, and the `skip` columns (filled by an array formula) not at all.
 */
export function writeStateBlock(
  sheet: Sheet,
  positions: ColumnPositions,
  columns: readonly StateColumn[],
  rows: unknown[][],
  firstRow = 2,
  skip: ReadonlySet<StateColumn> = new Set(),
): void {
  if (rows.length === 0) return;
  makeLiteralInPlace(rows);
  // Sorted by position, so a run of adjacent writable columns is contiguous in `columns` too.
  for (const run of adjacentRuns(
    columns.filter((c) => !skip.has(c)),
    positions,
  )) {
    const start = columns.indexOf(run[0] as StateColumn);
    const end = start + run.length;
    const block = start === 0 && end === columns.length ? rows : rows.map((cells) => cells.slice(start, end));
    const column = (positions[run[0] as IncidentColumn] as number) + 1;
    sheet.getRange(firstRow, column, rows.length, run.length).setValues(block);
  }
}

/** The ID cell of every row below the header (or from `from` down), as text: where each incident is now. */
export function readIdColumn(
  sheet: Sheet,
  position: number | undefined,
  height = sheet.getLastRow(),
  /** The first sheet row read (2: from below the header). */
  from = 2,
): string[] {
  if (position === undefined || height < from) return [];
  return sheet
    .getRange(from, position + 1, height - from + 1, 1)
    .getValues()
    .map(([cell]) => cellText(cell).trim());
}
