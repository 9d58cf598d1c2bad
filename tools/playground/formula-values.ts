// How Sheets converts and orders cell values inside formulas: blanks, text, numbers, dates, booleans.
export type Scalar = string | number | boolean | Date;
export type FormulaValue = Scalar | Scalar[][];
export type ErrorCode = '#REF!' | '#ERROR!' | '#VALUE!' | '#DIV/0!' | '#UNSUPPORTED!';

/** A formula's error: the code is what the cell shows, the message what hovering it tells. */
export class FormulaProblem extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const DAY_MS = 86_400_000;
/** Sheets counts days from 1899-12-30; the playground reads dates in UTC here for arithmetic only. */
const EPOCH_OFFSET_DAYS = 25_569;

export function toNumber(value: Scalar): number {
  if (value === '') return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime() / DAY_MS + EPOCH_OFFSET_DAYS;
  const trimmed = value.trim();
  if (trimmed !== '' && !Number.isNaN(Number(trimmed))) return Number(trimmed);
  throw new FormulaProblem('#VALUE!', `Expected a number, but "${value}" is text and cannot be read as a number.`);
}

export function toText(value: Scalar): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Sheets orders numbers before text before booleans; text compares without case. */
function typeRank(value: Scalar): number {
  if (typeof value === 'number' || value instanceof Date) return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

export function compareValues(left: Scalar, right: Scalar): number {
  const [a, b] = blankAs(left, right);
  const rankDifference = typeRank(a) - typeRank(b);
  if (rankDifference !== 0) return rankDifference;
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x === y ? 0 : x < y ? -1 : 1;
  }
  return Math.sign(toNumber(a) - toNumber(b));
}

/** A blank compares as 0 beside a number, '' beside text and FALSE beside a boolean. */
function blankAs(left: Scalar, right: Scalar): [Scalar, Scalar] {
  const stand = (other: Scalar): Scalar => (typeof other === 'boolean' ? false : typeof other === 'string' ? '' : 0);
  return [left === '' ? stand(right) : left, right === '' ? stand(left) : right];
}
