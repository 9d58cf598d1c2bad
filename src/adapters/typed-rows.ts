// After an edit to the incidents sheet: give typed or pasted rows an ID, a risk level, a report
// time, status and stage. A constant number of calls however many rows were pasted at once.
import { withDocumentLock } from './document-lock';
import type { ColumnPositions, IncidentColumn } from '../domain/incident-columns';
import { HAND_COLUMNS, handEdits } from '../domain/sweep/hand-edits';
import { appendHistory } from './history-sheet';
import type { RiskMatrix } from '../domain/risk-matrix';
import { completeTypedRows } from '../domain/intake/typed-rows';
import { readIdFloor, recordIdFloor } from './id-floor';
import { findIncidentsSheet, readHeader } from './incidents-sheet';
import { markEdited } from './quiet-gate';
import { MEASURE_SHEET_NAMES } from '../domain/measures/measure-columns';
import { currentUserEmail, sheetLang } from './locale';
import { asLiteral, asLiteralText } from './sheet-text';
import type { AddOnServices } from './services';

const MEASURE_SHEET_NAME_SET: ReadonlySet<string> = new Set(Object.values(MEASURE_SHEET_NAMES));

/** Short: an edit trigger must finish quickly; rows left unfinished are completed by the sweep. */
const EDIT_LOCK_WAIT_MS = 3_000;

export function completeEditedRows(
  services: AddOnServices,
  edited: GoogleAppsScript.Spreadsheet.Range,
  /** Asked only once the edit is known to be on the incidents sheet (it reads the settings). */
  matrix: () => RiskMatrix,
  now: Date,
  /** What a one-cell edit replaced (onEdit's e.oldValue), for the history. */
  oldValue?: unknown,
): number {
  const sheet = edited.getSheet();
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  if (findIncidentsSheet(spreadsheet)?.getSheetId() !== sheet.getSheetId()) {
    // An edit of the measures sheet (a due date moved, a measure marked done) changes what the
    // follow-up reminds: the next hourly run reads the sheets in full. Nothing there is completed.
    if (MEASURE_SHEET_NAME_SET.has(sheet.getName()))
      markEdited(services.propertiesService.getDocumentProperties(), now);
    return 0;
  }
  // Any edit there may make something due sooner: the next hourly run reads the sheet in full.
  markEdited(services.propertiesService.getDocumentProperties(), now);
  const firstRow = Math.max(2, edited.getRow());
  const lastRow = edited.getLastRow();
  if (lastRow < firstRow) return 0;
  const outcome = withDocumentLock(services, EDIT_LOCK_WAIT_MS, () => {
    const { headers, positions, arrayColumns } = readHeader(sheet);
    const block = sheet.getRange(firstRow, 1, lastRow - firstRow + 1, headers.length);
    const properties = services.propertiesService.getDocumentProperties();
    const formulas = block.getFormulas();
    const values = block.getValues();
    const { columns, highestId } = completeTypedRows({
      rows: values,
      formulas,
      positions,
      matrix: matrix(),
      now,
      lang: sheetLang(spreadsheet),
      idFloor: readIdFloor(sheet, positions.id, properties),
    });
    for (const [column, values] of Object.entries(columns) as [IncidentColumn, unknown[]][]) {
      const at = positions[column] as number;
      if (arrayColumns.has(at)) continue; // a whole-column formula fills it: writing would break it
      const cells = values.map((value, i) => [rewritable(value, formulas[i]?.[at] ?? '')]);
      sheet.getRange(firstRow, at + 1, cells.length, 1).setValues(cells);
    }
    recordIdFloor(properties, highestId);
    keepHandEdits(
      services,
      sheet,
      edited,
      { rows: values, formulas, firstRow, positions, arrayColumns },
      oldValue,
      now,
    );
    return lastRow - firstRow + 1;
  });
  return outcome === 'busy' ? 0 : outcome.done;
}

/**
 * A deadline or stage a person typed over the sweep's (hand-edits.ts): marked in the row's 通知記録
 * (one write over the edited rows) and recorded in the history, so the sweep keeps it.
 */
function keepHandEdits(
  services: AddOnServices,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  edited: GoogleAppsScript.Spreadsheet.Range,
  read: {
    rows: unknown[][];
    formulas: string[][];
    firstRow: number;
    positions: ColumnPositions;
    arrayColumns: ReadonlySet<number>;
  },
  oldValue: unknown,
  now: Date,
): void {
  const from = edited.getColumn() - 1;
  const to = from + edited.getNumColumns() - 1;
  const touched = new Set(
    HAND_COLUMNS.filter((c) => (read.positions[c] ?? -1) >= from && (read.positions[c] ?? -1) <= to),
  );
  const notes = read.positions.notifications;
  if (touched.size === 0 || notes === undefined || read.arrayColumns.has(notes)) return;
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  const lang = sheetLang(spreadsheet);
  const { notifications, events } = handEdits({
    rows: read.rows,
    firstRow: read.firstRow,
    positions: read.positions,
    edited: touched,
    oldValue,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    lang,
    now,
    user: currentUserEmail(services.session),
  });
  if (notifications.size === 0) return;
  // One write over the rows from the first changed to the last; the others' cells written as they were.
  const changed = [...notifications.keys()];
  const first = Math.min(...changed);
  const cells = read.rows.slice(first, Math.max(...changed) + 1).map((row, k) => {
    const text = notifications.get(first + k);
    return [text !== undefined ? asLiteral(text) : rewritable(row[notes], read.formulas[first + k]?.[notes] ?? '')];
  });
  sheet.getRange(read.firstRow + first, notes + 1, cells.length, 1).setValues(cells);
  appendHistory(spreadsheet, lang, events);
}

/**
 * Writing a column back rewrites cells this did not change: a formula is written as itself, and
 * text as literal text, so neither a formula nor text such as '=x' changes in the round trip.
 */
function rewritable(value: unknown, formula: string): unknown {
  if (formula) return formula;
  return typeof value === 'string' ? asLiteralText(value) : value;
}
