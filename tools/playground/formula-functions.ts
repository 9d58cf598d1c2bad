// Functions the playground adds to fast-formula-parser: the ones it leaves out or leaves empty come
// from formulajs (COUNTIFS, SUMIFS, MAX…); XLOOKUP and UNIQUE are written here, TEXT reads Japanese
// date formats (yyyy年m月d日), and TODAY and NOW read the playground's clock, so a formula agrees
// with the add-on about what day it is.
import * as formulajs from '@formulajs/formulajs';
import FormulaParser, { type EngineFunction } from 'fast-formula-parser';
import { formulaNote } from './formula-notes';
import { explained, serialOf } from './formula-values';

const { FormulaError } = FormulaParser;

/** An argument as the engine passes it to a function: its value, or null when left out. */
type Argument = { value: unknown; omitted?: boolean } | null | undefined;

const valueOf = (arg: Argument): unknown => (arg && !arg.omitted ? arg.value : undefined);

/** formulajs reports an error as an Error whose message is the code. */
function fromFormulajs(result: unknown): unknown {
  if (!(result instanceof Error)) return result ?? ''; // the engine reads a null result as #NULL!
  return new FormulaError(result.message.startsWith('#') ? result.message : '#ERROR!');
}

/** formulajs's functions for the names the engine does not evaluate (missing, or declared empty). */
function formulajsFillIns(): Record<string, EngineFunction> {
  const engine = new FormulaParser();
  const evaluated = new Set(engine.supportedFunctions());
  const library = formulajs as unknown as Record<string, unknown>;
  const names = new Set([...Object.keys(engine.functions), ...Object.keys(library)]);
  const fillIns: Record<string, EngineFunction> = {};
  for (const name of names) {
    const fn = library[name.replace(/\./g, '')];
    if (evaluated.has(name) || !/^[A-Z][A-Z0-9.]*$/.test(name) || typeof fn !== 'function') continue;
    fillIns[name] = (...args: Argument[]) => fromFormulajs(fn(...args.map(valueOf)));
  }
  return fillIns;
}

const grid = (value: unknown): unknown[][] =>
  Array.isArray(value) ? value.map((row: unknown) => (Array.isArray(row) ? row : [row])) : [[value]];

/** Sheets matches text without regard to case. */
const same = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

/** XLOOKUP(search_key, lookup_range, result_range, [missing_value], [match_mode], [search_mode]). */
function xlookup(key: Argument, lookup: Argument, result: Argument, ...options: Argument[]): unknown {
  const wanted = valueOf(key);
  const keys = grid(valueOf(lookup));
  const results = grid(valueOf(result));
  const vertical = (keys[0]?.length ?? 0) === 1;
  const list = vertical ? keys.map((row) => row[0]) : (keys[0] ?? []);
  if ((vertical ? results.length : (results[0]?.length ?? 0)) !== list.length) throw FormulaError.VALUE;
  const [missing, matchMode, searchMode] = options;
  const order = list.map((_, i) => i);
  if (Number(valueOf(searchMode) ?? 1) < 0) order.reverse();
  const index = findIndex(wanted, list, order, Number(valueOf(matchMode) ?? 0));
  if (index === undefined) {
    if (missing && !missing.omitted) return missing.value;
    return explained('#N/A', formulaNote('notFound', 'XLOOKUP'));
  }
  return vertical ? [results[index] ?? []] : results.map((row) => [row[index]]);
}

/** Exact match (0), or failing that the next smaller (-1) or next larger (1) value. */
function findIndex(wanted: unknown, list: unknown[], order: number[], matchMode: number): number | undefined {
  const exact = order.find((i) => same(list[i], wanted));
  if (exact !== undefined || matchMode === 0) return exact;
  let best: number | undefined;
  for (const i of order) {
    const candidate = list[i];
    if (typeof candidate !== typeof wanted || candidate === null) continue;
    const fits =
      matchMode < 0 ? (candidate as number) < (wanted as number) : (candidate as number) > (wanted as number);
    const closer =
      best === undefined ||
      (matchMode < 0 ? (candidate as number) > (list[best] as number) : (candidate as number) < (list[best] as number));
    if (fits && closer) best = i;
  }
  return best;
}

/** A single row or column result is one value, as Sheets shows a one-cell XLOOKUP. */
function oneCellIfSingle(value: unknown): unknown {
  const single = Array.isArray(value) && value.length === 1 && value[0]?.length === 1 ? value[0][0] : value;
  return single ?? ''; // a blank cell found; the engine reads null as #NULL!
}

/** UNIQUE(range): its rows without repeats (formulajs reads each argument as one row instead). */
function unique(range: Argument): unknown[][] {
  const seen = new Set<string>();
  return grid(valueOf(range)).filter((row) => {
    const key = JSON.stringify(row);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** TEXT(number, format): literal text such as 年 is quoted, as the formatter needs; text stays text. */
function text(value: Argument, format: Argument): unknown {
  const v = valueOf(value) ?? 0;
  const number = typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v;
  if (typeof number !== 'number' && typeof number !== 'boolean') return number;
  const quoted = String(valueOf(format) ?? '').replace(
    /("[^"]*")|([^\x20-\x7e]+)/g,
    (all, q?: string) => q ?? `"${all}"`,
  );
  try {
    return FormulaParser.SSF.format(quoted, number);
  } catch {
    return FormulaError.VALUE;
  }
}

const FILL_INS = formulajsFillIns();

/** Everything the playground adds, TODAY and NOW on the given clock in the spreadsheet's zone. */
export function playgroundFunctions(now: () => Date, zone: () => string): Record<string, EngineFunction> {
  return {
    ...FILL_INS,
    XLOOKUP: (...args: Argument[]) => oneCellIfSingle(xlookup(args[0], args[1], args[2], ...args.slice(3))),
    UNIQUE: unique,
    TEXT: text,
    TODAY: () => Math.floor(serialOf(now(), zone())),
    NOW: () => serialOf(now(), zone()),
  };
}

/** Functions whose result Sheets formats as a date, when a formula starts with one. */
export const DATE_RESULT = /^=\s*(TODAY|NOW|DATE|DATEVALUE|EDATE|EOMONTH|WORKDAY(\.INTL)?)\s*\(/i;

/**
 * Sheets' names for the arguments of the functions people most often write, how many are needed,
 * and whether more may follow (the engine ignores extra arguments where Sheets refuses them).
 */
export const ARGUMENTS: Record<string, { names: string[]; required: number; repeats?: true }> = {
  IF: { names: ['logical_expression', 'value_if_true', 'value_if_false'], required: 2 },
  IFERROR: { names: ['value', 'value_if_error'], required: 1 },
  COUNTIF: { names: ['range', 'criterion'], required: 2 },
  COUNTIFS: { names: ['criteria_range1', 'criterion1'], required: 2, repeats: true },
  SUMIF: { names: ['range', 'criterion', 'sum_range'], required: 2 },
  SUMIFS: { names: ['sum_range', 'criteria_range1', 'criterion1'], required: 3, repeats: true },
  VLOOKUP: { names: ['search_key', 'range', 'index', 'is_sorted'], required: 3 },
  HLOOKUP: { names: ['search_key', 'range', 'index', 'is_sorted'], required: 3 },
  XLOOKUP: {
    names: ['search_key', 'lookup_range', 'result_range', 'missing_value', 'match_mode', 'search_mode'],
    required: 3,
  },
  MATCH: { names: ['search_key', 'range', 'search_type'], required: 2 },
  TEXT: { names: ['number', 'format'], required: 2 },
  DATE: { names: ['year', 'month', 'day'], required: 3 },
};
