// How cell values cross into the formula engine and back: a blank is null, a date is Sheets' day
// number counted in the spreadsheet's time zone (as Sheets counts it), an error code is an error.
import FormulaParser, { type FormulaError as EngineError } from 'fast-formula-parser';

const { FormulaError } = FormulaParser;
export type Scalar = string | number | boolean | Date;
export type CellValue = Scalar | Scalar[][];

const DAY_MS = 86_400_000;
/** Day 0 is 1899-12-30, so 1970-01-01 is day 25569. */
const EPOCH_DAYS = 25_569;
const ERROR_CODES = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']);

export const isErrorCode = (value: unknown): value is string => typeof value === 'string' && ERROR_CODES.has(value);
export const isEngineError = (value: unknown): value is EngineError => value instanceof FormulaError;

const explainedErrors = new WeakSet<object>();

/** An error value with its note (the playground's, or the add-on's own message), not the engine's English. */
export function explained(code: string, note: string): EngineError {
  const error = new FormulaError(code, note);
  explainedErrors.add(error);
  return error;
}

export const noteOf = (error: EngineError): string | null => (explainedErrors.has(error) ? error.message : null);

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time in the zone, written as if it were UTC. */
function wallClockMs(date: Date, zone: string): number {
  let format = formats.get(zone);
  if (!format) {
    const numeric = 'numeric' as const;
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      ...{ year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric, second: numeric },
    });
    formats.set(zone, format);
  }
  const part = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, Number(p.value)]));
  const [y, mo, d, h, mi, s] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) => part[k] ?? 0);
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) + date.getUTCMilliseconds();
}

export function serialOf(date: Date, zone: string): number {
  return wallClockMs(date, zone) / DAY_MS + EPOCH_DAYS;
}

export function dateOf(serial: number, zone: string): Date {
  const wall = Math.round((serial - EPOCH_DAYS) * DAY_MS);
  let guess = wall;
  // twice: the zone's offset at the first guess may differ from the offset at the answer (DST)
  for (let i = 0; i < 2; i++) guess = wall - (wallClockMs(new Date(guess), zone) - guess);
  return new Date(guess);
}

/** A stored cell value as the engine reads it. */
export function toEngine(value: unknown, zone: string): unknown {
  if (value === '' || value === null || value === undefined) return null;
  if (value instanceof Date) return serialOf(value, zone);
  if (isErrorCode(value)) return new FormulaError(value);
  return value;
}

/** An engine result as a cell holds it; `isDate` tells which numbers Sheets would show as dates. */
export function fromEngine(value: unknown, zone: string, isDate: (serial: number) => boolean = () => false): unknown {
  if (value === null || value === undefined) return '';
  if (isEngineError(value)) return value.error;
  if (Array.isArray(value))
    return value.map((row: unknown) => (Array.isArray(row) ? row : [row]).map((v) => fromEngine(v, zone, isDate)));
  if (typeof value === 'number' && isDate(value)) return dateOf(value, zone);
  return value;
}
