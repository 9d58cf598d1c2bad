// The name box's reading of a reference, the same grammar the server's edits accept
// (B2, $B$2, インシデント!C5, 'My sheet'!A1), so going to a cell and typing into it agree.
import { type PlaygroundError, refusal } from '../messages';

export interface CellReference {
  sheet: string;
  a1: string;
  row: number;
  column: number;
}

const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/;

/** The cell a reference names, on `currentSheet` unless it names a sheet; a refusal when it cannot. */
export function readReference(
  reference: string,
  currentSheet: string,
  sheetNames: readonly string[],
): CellReference | PlaygroundError {
  const text = reference.trim();
  const match = REFERENCE.exec(text);
  if (!match) return refusal('badCellReference', reference);
  const [, quoted, plain, letters = '', digits = ''] = match;
  const named = quoted?.replace(/''/g, "'") ?? plain?.trim();
  const sheet = named === undefined ? currentSheet : sheetNames.find((s) => s === named);
  if (sheet === undefined) return refusal('unknownSheet', named ?? '');
  const column = [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet, a1: `${letters.toUpperCase()}${digits}`, row: Number(digits), column };
}
