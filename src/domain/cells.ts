// What Sheets hands a custom function: a single value, or a 2-D array for a range.
export type CellValue = string | number | boolean | Date | null | undefined;
export type CellRange = CellValue[][];
export type CellInput = CellValue | CellRange;

export function isRange(input: CellInput): input is CellRange {
  return Array.isArray(input);
}

/** Sheets reads an empty cell as ''; formulas and fakes may also hand over null or undefined. */
export function isBlank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}

export function shapeOf(range: CellRange): string {
  return `${range.length}x${range[0]?.length ?? 0}`;
}
