// After an edit to the incidents sheet: give typed or pasted rows an ID, a risk level, a report
// time, status and stage. A constant number of calls however many rows were pasted at once.
import { withDocumentLock } from './document-lock';
import type { IncidentColumn } from '../domain/incident-columns';
import type { RiskMatrix } from '../domain/risk-matrix';
import { completeTypedRows } from '../domain/intake/typed-rows';
import { readIdFloor, recordIdFloor } from './id-floor';
import { findIncidentsSheet, readHeader } from './incidents-sheet';
import { markEdited } from './quiet-gate';
import { MEASURE_SHEET_NAMES } from '../domain/measures/measure-columns';
import { sheetLang } from './locale';
import { asLiteralText } from './sheet-text';
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
    const { columns, highestId } = completeTypedRows({
      rows: block.getValues(),
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
    return lastRow - firstRow + 1;
  });
  return outcome === 'busy' ? 0 : outcome.done;
}

/**
 * Writing a column back rewrites cells this did not change: a formula is written as itself, and
 * text as literal text, so neither a formula nor text such as '=x' changes in the round trip.
 */
function rewritable(value: unknown, formula: string): unknown {
  if (formula) return formula;
  return typeof value === 'string' ? asLiteralText(value) : value;
}
