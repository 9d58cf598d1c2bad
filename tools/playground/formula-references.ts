// Rewrites the A1 references in a formula's text, leaving strings and quoted sheet names alone:
// open-ended ranges (E2:E) get an end the engine reads, and a conditional format rule's relative
// references move with the cell it is tested on.
import { columnLetter } from '../fakes/a1';

const PIECES =
  /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(?<![\p{L}\p{N}_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d*))?(?![\p{L}\p{N}_(!])/gu;

interface Corner {
  pinnedColumn: boolean;
  column: string;
  pinnedRow: boolean;
  row: string;
}

function mapReferences(formula: string, map: (start: Corner, end: Corner | null) => string): string {
  return formula.replace(PIECES, (whole, text, sheet, ...parts: (string | undefined)[]) => {
    if (text !== undefined || sheet !== undefined) return whole;
    const [c1 = '', col1 = '', r1 = '', row1 = '', c2, col2, r2, row2] = parts;
    const start = { pinnedColumn: c1 === '$', column: col1, pinnedRow: r1 === '$', row: row1 };
    const end =
      col2 === undefined ? null : { pinnedColumn: c2 === '$', column: col2, pinnedRow: r2 === '$', row: row2 ?? '' };
    return map(start, end);
  });
}

const write = (corner: Corner) =>
  `${corner.pinnedColumn ? '$' : ''}${corner.column}${corner.pinnedRow ? '$' : ''}${corner.row}`;

/** E2:E runs to the sheet's last row in Sheets; the engine reads E2:E as E:E, so it gets an explicit end. */
export function closeOpenRanges(formula: string, lastRow: number): string {
  return mapReferences(formula, (start, end) =>
    end && end.row === ''
      ? `${write(start)}:${write({ ...end, row: String(lastRow) })}`
      : write(start) + (end ? `:${write(end)}` : ''),
  );
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Moves the parts of each reference not pinned with '$' by the given offset. */
export function shiftReferences(formula: string, rows: number, columns: number): string {
  const move = (corner: Corner): Corner => ({
    ...corner,
    column: corner.pinnedColumn ? corner.column : columnLetter(columnNumber(corner.column) + columns),
    row: corner.pinnedRow || corner.row === '' ? corner.row : String(Number(corner.row) + rows),
  });
  return mapReferences(formula, (start, end) => write(move(start)) + (end ? `:${write(move(end))}` : ''));
}

const REFERENCE_ONLY =
  /^=\s*(?:(?:'(?:[^']|'')+'|[^'"!()=,\s]+)!)?\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{1,3}\$?\d*)?\s*$/;

/** A formula that only shows other cells (=B2, ='インシデント'!A2:A) shows their dates as dates. */
export const isReferenceOnly = (formula: string) => REFERENCE_ONLY.test(formula);
