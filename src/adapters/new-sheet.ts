// Spreadsheet.insertSheet makes the new sheet the active one ("The new sheet becomes the active
// sheet", its reference). The add-on's own sheets made on first use (settings, log, history,
// measures, the dashboard) must not pull the person away from the sheet they are working in: a
// sidebar step that made the history sheet would otherwise leave them on it, and the next
// "selected row" would be there.
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Inserts a sheet at the end and leaves the active sheet as it was. */
export function insertSheetBehind(ss: Spreadsheet, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(name);
  if (active) ss.setActiveSheet(active);
  return sheet;
}
