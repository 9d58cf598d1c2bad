// Whole-column array formulas: `=RISKLEVEL(E2:E, F2:F)` at the top of リスクレベル (which the README
// recommends) fills the column below it, and turns into an error (#REF!) as soon as any cell of its
// spill is written. The add-on writes only cells that are empty and not covered by such a formula:
// a column whose first two rows hold a formula over an open-ended range, or an ARRAYFORMULA, is the
// formula's below that row.
/** An open-ended range (E2:E, $E$2:$E) or ARRAYFORMULA: a formula that fills the rows below it. */
const FILLS_COLUMN = /ARRAYFORMULA\s*\(|\$?[A-Z]{1,3}\$?\d+\s*:\s*\$?[A-Z]{1,3}(?![\w$(])/i;

export function isArrayFormula(formula: string): boolean {
  return formula !== '' && FILLS_COLUMN.test(formula);
}

/** 0-based columns whose rows below an array formula it fills, from the formulas of the top rows. */
export function arrayFormulaColumns(formulas: readonly (readonly string[])[]): ReadonlySet<number> {
  const covered = new Set<number>();
  for (const row of formulas) row.forEach((formula, c) => isArrayFormula(formula) && covered.add(c));
  return covered;
}

/** Rows 1–2 (where such a formula sits), or row 1 alone on a sheet of one row. */
export function topRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(1, 1, 2, width);
  } catch {
    return sheet.getRange(1, 1, 1, width); // Sheets refuses a range past the sheet's edge
  }
}
