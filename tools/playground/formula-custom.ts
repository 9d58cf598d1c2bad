// Runs one of the add-on's custom functions as Sheets does: each argument is a cell's value or, for
// a range, a 2-D array of values (blanks as '', dates as dates); an error argument is the result.
import type { CellRef, RangeRef } from 'fast-formula-parser';
import { formulaNote } from './formula-notes';
import { explained, fromEngine, isEngineError, serialOf } from './formula-values';
import { errorMessage } from './messages';

type Reader = (ref: Partial<CellRef & RangeRef>) => unknown;

/** An argument as the engine hands it over unread: a reference, a value, or null when left out. */
function argumentValue(arg: unknown, read: Reader): unknown {
  if (arg === null || arg === undefined) return '';
  if (typeof arg === 'object' && 'ref' in arg) return read((arg as { ref: Partial<CellRef & RangeRef> }).ref);
  if (isEngineError(arg)) return arg;
  if (typeof arg === 'object' && !Array.isArray(arg) && 'value' in arg) return argumentValue(arg.value, read);
  return fromEngine(arg, 'UTC'); // the zone matters only for dates asked for, never here
}

export function callCustomFunction(
  name: string,
  fn: (...args: unknown[]) => unknown,
  args: unknown[],
  read: Reader,
  zone: string,
): unknown {
  const values = args.map((arg) => argumentValue(arg, read));
  // an error computed inside the call (=RISKLEVEL(1/0, B2)) is the result; errors in cells are read as text
  const error = values.find(isEngineError);
  if (error) return error;
  let result: unknown;
  try {
    result = fn(...values);
  } catch (thrown) {
    return explained('#ERROR!', errorMessage(thrown));
  }
  try {
    // the engine takes null for a blank inside an array only; a blank single result is ''
    if (!Array.isArray(result)) return cellResult(name, result, zone) ?? '';
    const rows = result.map((row: unknown) => (Array.isArray(row) ? row : [row]).map((v) => cellResult(name, v, zone)));
    if (rows.length === 0 || rows[0]?.length === 0) return explained('#ERROR!', formulaNote('emptyArray', name));
    return rows;
  } catch (unreadable) {
    if (isEngineError(unreadable)) return unreadable;
    throw unreadable;
  }
}

/** A value the engine can carry: a date becomes its day number, anything a cell cannot hold an error. */
function cellResult(name: string, value: unknown, zone: string): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return serialOf(value as Date, zone);
  throw explained('#ERROR!', formulaNote('unreadableResult', name));
}
