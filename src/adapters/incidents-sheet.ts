// The incidents sheet: finding it by name in either language, reading its header row, and
// adding what set-up needs (missing columns on the right, a frozen header) without touching data.
import { arrayFormulaColumns, topRows } from './array-formulas';
import { ensureColumns } from './sheet-room';
import {
  type ColumnPositions,
  type IncidentColumn,
  INCIDENTS_SHEET_NAMES,
  columnHeader,
  columnPositions,
  missingColumns,
} from '../domain/incident-columns';
import type { Lang } from '../domain/language';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function findIncidentsSheet(spreadsheet: Spreadsheet): Sheet | null {
  return spreadsheet.getSheetByName(INCIDENTS_SHEET_NAMES.ja) ?? spreadsheet.getSheetByName(INCIDENTS_SHEET_NAMES.en);
}

/** The header row (row 1) as read, where each known column stands in it, and which an array formula fills. */
export interface IncidentsHeader {
  headers: unknown[];
  positions: ColumnPositions;
  /** 0-based columns a whole-column array formula fills: never written below it (array-formulas.ts). */
  arrayColumns: ReadonlySet<number>;
}

export function readHeader(sheet: Sheet): IncidentsHeader {
  const width = sheet.getLastColumn();
  if (width === 0) return { headers: [], positions: columnPositions([]), arrayColumns: new Set() };
  // The header and the row below it in one range: an array formula sits in either (row 1 beside a
  // header-less column, or row 2 under its header). A sheet of one row is read as it is.
  const top = topRows(sheet, width);
  const headers = top.getValues()[0] ?? [];
  return { headers, positions: columnPositions(headers), arrayColumns: arrayFormulaColumns(top.getFormulas()) };
}

export interface EnsuredSheet {
  sheet: Sheet;
  header: IncidentsHeader;
  created: boolean;
  addedColumns: number;
}

/**
 * Creates the sheet if missing and appends missing known columns after the last used column.
 * Existing headers (either language) and every data cell stay as they are.
 */
export function ensureIncidentsSheet(spreadsheet: Spreadsheet, lang: Lang): EnsuredSheet {
  const existing = findIncidentsSheet(spreadsheet);
  const sheet = existing ?? spreadsheet.insertSheet(INCIDENTS_SHEET_NAMES[lang]);
  let header = readHeader(sheet);
  const missing = missingColumns(header.positions);
  if (missing.length > 0) {
    appendMissingColumns(sheet, header.headers, header.positions, missing, lang);
    header = readHeader(sheet);
  }
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  return { sheet, header, created: !existing, addedColumns: missing.length };
}

/**
 * Headers for the needed columns the header row lacks, in one write after the last column with any
 * content (a column with data but no header is the user's: it is never labelled). Set-up and the
 * sweep both use it, so an older sheet or a deleted column never stops either.
 */
export function appendMissingColumns(
  sheet: Sheet,
  headers: readonly unknown[],
  positions: ColumnPositions,
  needed: readonly IncidentColumn[],
  lang: Lang,
): ColumnPositions {
  const missing = needed.filter((column) => positions[column] === undefined);
  if (missing.length === 0) return positions;
  const width = headers.length;
  ensureColumns(sheet, width + missing.length);
  sheet.getRange(1, width + 1, 1, missing.length).setValues([missing.map((column) => columnHeader(column, lang))]);
  return { ...positions, ...Object.fromEntries(missing.map((column, i) => [column, width + i])) };
}
