// Room on a sheet before a write: Sheets refuses a range past a sheet's edge (a new sheet is
// 1000 rows x 26 columns) and getRange never grows one, so every write below the last row or right
// of the last column makes room first.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Rows are added in blocks, so a sheet that grows a row at a time (a report, a sweep's log) inserts
 * once per block rather than on every write.
 */
export const ROW_BLOCK = 500;

/** Makes sure rows up to `lastRow` exist; one call when they do, two when rows are added. */
export function ensureRows(sheet: Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, Math.max(lastRow - max, ROW_BLOCK));
}

/** Makes sure columns up to `lastColumn` exist; exactly as many as needed are added. */
export function ensureColumns(sheet: Sheet, lastColumn: number): void {
  const max = sheet.getMaxColumns();
  if (lastColumn > max) sheet.insertColumnsAfter(max, lastColumn - max);
}
