// The incidents sheet as the sweep sees it: the columns it decides from, one range per run of
// adjacent ones, and one setValues per run of adjacent state columns to write back (people may be
// typing in the other columns meanwhile). The report's free text is read only for the rows a
// digest lists.
import { type ColumnPositions, type IncidentColumn, columnPositions } from '../domain/incident-columns';
import { STATE_COLUMNS, type StateColumn } from '../domain/sweep/sweep-plan';
import { cellText } from '../domain/sweep/incident-row';
import type { ReportDetails } from '../domain/notices/digest';
import { asLiteral, makeLiteralInPlace } from './sheet-text';

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
  const width = sheet.getLastColumn();
  const height = sheet.getLastRow();
  if (width === 0 || height === 0) return [];
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const values: unknown[][] = [header];
  for (let r = 1; r < height; r++) values.push(new Array<unknown>(width).fill(''));
  if (height === 1) return values;
  const positions = columnPositions(header);
  const wanted = SWEEP_COLUMNS.map((c) => positions[c]).filter((p): p is number => p !== undefined);
  for (const [first, last] of adjacentSpans(wanted)) {
    const block = sheet.getRange(2, first + 1, height - 1, last - first + 1).getValues();
    for (let r = 0; r < block.length; r++) {
      const row = values[r + 1] as unknown[];
      const cells = block[r] as unknown[];
      for (let c = 0; c < cells.length; c++) row[first + c] = cells[c];
    }
  }
  return values;
}

/** Sorted 0-based positions grouped into [first, last] spans of adjacent columns. */
function adjacentSpans(positions: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const p of [...new Set(positions)].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && last[1] + 1 === p) last[1] = p;
    else spans.push([p, p]);
  }
  return spans;
}

/** At most this many ranges are read for the listed rows' summaries: calls stay constant. */
const SUMMARY_WINDOWS = 8;

/**
 * The summaries of the given sheet rows, read in at most SUMMARY_WINDOWS ranges of the summary column:
 * the rows are split at the widest gaps between them, so rows close together (recent incidents at the
 * bottom, as they usually are) cost one small read.
 */
export function readSummaries(sheet: Sheet, column: number | undefined, rows: readonly number[]): Map<number, string> {
  const summaries = new Map<number, string>();
  if (column === undefined || rows.length === 0) return summaries;
  for (const [first, last] of windowsOf(rows, SUMMARY_WINDOWS)) {
    const block = sheet.getRange(first, column + 1, last - first + 1, 1).getValues();
    for (const row of rows) {
      if (row < first || row > last) continue;
      const cell = block[row - first]?.[0];
      summaries.set(row, cell === null || cell === undefined ? '' : String(cell));
    }
  }
  return summaries;
}

/** The columns a digest shows beside the level and the deadlines: the report and who is involved. */
const DETAIL_COLUMNS = [
  'summary',
  'actionsTaken',
  'impact',
  'urgency',
  'assessment',
  'supportRequested',
  'customer',
  'owner',
  'reporter',
  'instruction',
] as const satisfies readonly IncidentColumn[];

/** Details are read when the windows span at most this many rows per listed row. */
const DETAIL_SPREAD = 4;

/**
 * The report of the given rows (those a digest lists), in at most SUMMARY_WINDOWS reads of the span
 * of columns that holds it: the text of only the incidents that will be mailed is read.
 */
export function readDetails(
  sheet: Sheet,
  positions: ColumnPositions,
  rows: readonly number[],
): { summaries: Map<number, string>; details: Map<number, ReportDetails> } {
  const summaries = new Map<number, string>();
  const details = new Map<number, ReportDetails>();
  const at = DETAIL_COLUMNS.map((c) => positions[c]).filter((p): p is number => p !== undefined);
  if (at.length === 0 || rows.length === 0) return { summaries, details };
  const windows = windowsOf(rows, SUMMARY_WINDOWS);
  // Listed rows scattered over a long sheet (hundreds of managers' digests at once) make windows
  // that span far more rows than they list: the whole report of each would then be read. There, only
  // the summaries are read, as before the details existed, and the row link leads to the rest.
  const spanned = windows.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  if (spanned > DETAIL_SPREAD * new Set(rows).size) {
    for (const [row, summary] of readSummaries(sheet, positions.summary, rows)) summaries.set(row, summary);
    return { summaries, details };
  }
  const left = Math.min(...at);
  const width = Math.max(...at) - left + 1;
  for (const [first, last] of windows) {
    const block = sheet.getRange(first, left + 1, last - first + 1, width).getValues();
    for (const row of rows) {
      if (row < first || row > last) continue;
      const cells = block[row - first] ?? [];
      const text = (c: IncidentColumn) => {
        const p = positions[c];
        return p === undefined ? '' : cellText(cells[p - left] ?? '').trim();
      };
      summaries.set(row, text('summary'));
      details.set(row, {
        actionsTaken: text('actionsTaken'),
        impact: text('impact'),
        urgency: text('urgency'),
        assessment: text('assessment'),
        supportRequested: text('supportRequested'),
        customer: text('customer'),
        owner: text('owner'),
        reporter: text('reporter'),
        instruction: text('instruction'),
      });
    }
  }
  return { summaries, details };
}

/** Up to `count` [first, last] windows covering the rows, cut at the widest gaps. */
export function windowsOf(rows: readonly number[], count: number): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const cuts = sorted
    .slice(1)
    .map((row, i) => ({ at: i + 1, gap: row - (sorted[i] as number) }))
    .filter((c) => c.gap > 1)
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

/** The ID cell of every row below the header, as text: where each incident is now. */
export function readIdColumn(sheet: Sheet, position: number | undefined, height = sheet.getLastRow()): string[] {
  if (position === undefined || height < 2) return [];
  return sheet
    .getRange(2, position + 1, height - 1, 1)
    .getValues()
    .map(([cell]) => cellText(cell).trim());
}
