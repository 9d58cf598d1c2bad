// A1 notation to and from row/column numbers, as Sheets writes it.
export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Parses 'B2', 'A1:C3', 'A:A' and 'A2:A' (open ends run to the sheet's last row or column). */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridArea {
  const match = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/i.exec(a1.replace(/^.*!/, '').replace(/\$/g, ''));
  if (!match || (!match[1] && !match[2])) throw new Error(`Range not found: ${a1}`);
  const [, c1 = '', r1 = '', c2, r2] = match;
  const row = r1 ? Number(r1) : 1;
  const column = c1 ? columnNumber(c1) : 1;
  const endRow = c2 === undefined ? row : r2 ? Number(r2) : maxRows;
  const endColumn = c2 === undefined ? column : c2 ? columnNumber(c2) : maxColumns;
  return { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 };
}

export function toA1(area: GridArea): string {
  const start = `${columnLetter(area.column)}${area.row}`;
  if (area.numRows === 1 && area.numColumns === 1) return start;
  return `${start}:${columnLetter(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`;
}
