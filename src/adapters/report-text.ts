// The report's own text (問題の概要, 現場で行った対応, …), never read by the sweep: read for the
// rows a digest or the dashboard lists, in a few windows within a budget of rows.
import type { ColumnPositions, IncidentColumn } from '../domain/incident-columns';
import type { ReportDetails } from '../domain/notices/digest';
import { cellText } from '../domain/sweep/incident-row';
import { fillColumns } from './incidents-table';
import { readColumnOfRows, rowsWithin, windowsOf } from './row-windows';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** At most this many ranges are read for the listed rows' summaries: calls stay constant. */
const SUMMARY_WINDOWS = 8;

/**
 * The summaries of the given sheet rows, read in at most SUMMARY_WINDOWS ranges of the summary column:
 * the rows are split at the widest gaps between them, so rows close together (recent incidents at the
 * bottom, as they usually are) cost one small read.
 */
export function readSummaries(sheet: Sheet, column: number | undefined, rows: readonly number[]): Map<number, string> {
  const summaries = new Map<number, string>();
  if (column === undefined) return summaries;
  for (const [row, cell] of readColumnOfRows(sheet, column, rows, SUMMARY_WINDOWS))
    summaries.set(row, cell === null || cell === undefined ? '' : String(cell));
  return summaries;
}

/** The report's own text, read for listed rows only; who is involved and the grades come from the sweep's read. */
const TEXT_COLUMNS = [
  'summary',
  'actionsTaken',
  'assessment',
  'supportRequested',
  'instruction',
] as const satisfies readonly IncidentColumn[];

const TEXT: ReadonlySet<IncidentColumn> = new Set(TEXT_COLUMNS);

/** Read with the text: the grades sit between its columns in the default layout (one read, not two). */
const DETAIL_READ: readonly IncidentColumn[] = [...TEXT_COLUMNS, 'impact', 'urgency', 'riskLevel'];

/**
 * At most this many rows (listed ones and those between them in a window) have their report read per
 * run: ~1 MB at a few hundred characters a field, however many digests go out. The digests first in
 * line (the most severe) get theirs; later items show their ID, level, deadline and row link.
 */
export const DETAIL_ROWS = 500;
/** Windows of rows read for the report: 2 reads each in the default layout. */
const DETAIL_WINDOWS = 4;

/**
 * The report of the given rows (those the digests list, in the order they are sent): their text read
 * in at most DETAIL_WINDOWS windows within DETAIL_ROWS rows; `rawOf` gives a row as the sweep read it
 * (grades, customer, owner, reporter).
 */
export function readDetails(
  sheet: Sheet,
  positions: ColumnPositions,
  rows: readonly number[],
  rawOf: (sheetRow: number) => readonly unknown[] | undefined,
): { summaries: Map<number, string>; details: Map<number, ReportDetails> } {
  const summaries = new Map<number, string>();
  const details = new Map<number, ReportDetails>();
  const chosen = rowsWithin(rows, DETAIL_ROWS, DETAIL_WINDOWS);
  if (chosen.length === 0 || TEXT_COLUMNS.every((c) => positions[c] === undefined)) return { summaries, details };
  // Sparse: only the windows' rows (by sheet row - 1) are filled.
  const grid: unknown[][] = [];
  const windows = windowsOf(chosen, DETAIL_WINDOWS);
  for (const [first, last] of windows) {
    for (let r = first; r <= last; r++) grid[r - 1] = [];
    fillColumns(sheet, grid, positions, DETAIL_READ, first, last);
  }
  for (const row of chosen) {
    const read = grid[row - 1] ?? [];
    const raw = rawOf(row) ?? [];
    const text = (c: IncidentColumn) => {
      const p = positions[c];
      if (p === undefined) return '';
      return cellText(TEXT.has(c) ? read[p] : raw[p]).trim();
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
  return { summaries, details };
}
