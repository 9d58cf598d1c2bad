// How Sheets reads a value a script writes: like text typed into the cell, so '=…' becomes a
// formula, '123' a number and '2026-11-24' a date, unless it starts with an apostrophe.
export interface StoredCell {
  value: unknown;
  formula: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** What a Sheets cell holds at most (Google's documented limit for a cell's text and a formula). */
export const CELL_CHARS = 50_000;

/**
 * Refuses a write holding a longer text anywhere, before any cell is written: Sheets refuses such
 * input with this message (whether Apps Script ever truncates instead is not documented; the
 * stricter case is modelled).
 */
export function checkCellLengths(rows: readonly (readonly unknown[])[]): void {
  for (const row of rows)
    for (const cell of row)
      if (typeof cell === 'string' && cell.length > CELL_CHARS)
        throw new Error(
          `Exception: Your input contains more than the maximum of ${CELL_CHARS} characters in a single cell.`,
        );
}

export function interpretWrite(input: unknown, timeZone: string, plainText: boolean): StoredCell {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input !== 'string')
    return { value: input instanceof Date ? new Date(input.getTime()) : input, formula: '' };
  if (plainText) return { value: input, formula: '' };
  if (input.startsWith("'")) return { value: input.slice(1), formula: '' };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: '' };
  // A leading + or - that is not a number is parsed as a formula by Sheets, just like '='.
  if (/^[=+-]/.test(input) && input.length > 1)
    return { value: '#NAME?', formula: input.startsWith('=') ? input : `=${input}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: '' };
  const date = DATE.exec(trimmed);
  // Sheets reads only a real date as one: 2026/02/30 stays the text typed, it is not rolled over.
  if (date && isRealDate(date)) return { value: zonedDate(date, timeZone), formula: '' };
  return { value: input, formula: '' };
}

function isRealDate(parts: RegExpExecArray): boolean {
  const [y, mo, d, h, mi, s] = parts.slice(1).map((part) => Number(part ?? 0));
  const day = new Date(Date.UTC(y as number, (mo as number) - 1, d));
  const sameDay = day.getUTCFullYear() === y && day.getUTCMonth() === (mo as number) - 1 && day.getUTCDate() === d;
  return sameDay && (h as number) <= 23 && (mi as number) <= 59 && (s as number) <= 59;
}

/** The instant a wall-clock date and time names in a time zone. */
function zonedDate(parts: RegExpExecArray, timeZone: string): Date {
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = parts;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return new Date(asUtc - zoneOffsetMs(new Date(asUtc), timeZone));
}

export function zoneOffsetMs(at: Date, timeZone: string): number {
  const fields = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(fields.find((f) => f.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}
