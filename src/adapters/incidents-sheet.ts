// The incidents sheet: finding it by name in either language, reading its header row, and
// adding what set-up needs (missing columns on the right, a frozen header) without touching data.
import {
  type ColumnPositions, INCIDENTS_SHEET_NAMES, columnHeader, columnPositions, missingColumns,
} from '../domain/incident-columns';
import type { Lang } from '../domain/language';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function findIncidentsSheet(spreadsheet: Spreadsheet): Sheet | null {
  return spreadsheet.getSheetByName(INCIDENTS_SHEET_NAMES.ja) ?? spreadsheet.getSheetByName(INCIDENTS_SHEET_NAMES.en);
}

/** The header row (row 1) as read, and where each known column stands in it. */
export interface IncidentsHeader {
  headers: unknown[];
  positions: ColumnPositions;
}

export function readHeader(sheet: Sheet): IncidentsHeader {
  const width = Math.max(1, sheet.getLastColumn());
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  return { headers, positions: columnPositions(headers) };
}

export interface EnsuredSheet {
  sheet: Sheet;
  header: IncidentsHeader;
  created: boolean;
  addedColumns: number;
}

/**
 * Creates the sheet if missing and appends missing known columns after the last used header cell.
 * Existing headers (either language) and every data cell stay as they are.
 */
export function ensureIncidentsSheet(spreadsheet: Spreadsheet, lang: Lang): EnsuredSheet {
  const existing = findIncidentsSheet(spreadsheet);
  const sheet = existing ?? spreadsheet.insertSheet(INCIDENTS_SHEET_NAMES[lang]);
  let header = readHeader(sheet);
  const missing = missingColumns(header.positions);
  if (missing.length > 0) {
    const start = lastUsedIndex(header.headers) + 2;
    sheet.getRange(1, start, 1, missing.length).setValues([missing.map((key) => columnHeader(key, lang))]);
    header = readHeader(sheet);
  }
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  return { sheet, header, created: !existing, addedColumns: missing.length };
}

function lastUsedIndex(headers: unknown[]): number {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i] !== '' && headers[i] !== null) return i;
  return -1;
}
