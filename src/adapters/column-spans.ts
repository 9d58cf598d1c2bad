// Which ranges a read of some columns makes, and the read itself: one per run of adjacent columns,
// and across a column the run already holds when reading it again costs less than the call that
// skipping it would add.
import { utf8Bytes } from '../domain/text';

/**
 * A call's worth of payload: Apps Script spends about as long on a round trip (~100 ms) as on moving
 * this much data (~1 s a megabyte, the bench's model: tools/bench/sweep.ts).
 */
export const CALL_BYTES = 100_000;

/** Sorted 0-based positions grouped into [first, last] spans of adjacent columns. */
export function adjacentSpans(positions: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const p of [...new Set(positions)].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && last[1] + 1 === p) last[1] = p;
    else spans.push([p, p]);
  }
  return spans;
}

/**
 * Spans to read `wanted` when the columns `held` already are: a held column is left out where that
 * saves more than a call (`bytesOf` tells what it would move), read again where it sits between two
 * spans and is cheap (a few blank cells), so the run does not pay a call to skip it.
 */
export function readSpans(
  wanted: readonly number[],
  held: ReadonlySet<number>,
  bytesOf: (position: number) => number,
): [number, number][] {
  const spans = adjacentSpans(wanted.filter((p) => !held.has(p)));
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && bridgeable(last[1] + 1, span[0] - 1, wanted, held, bytesOf)) last[1] = span[1];
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** Whether columns from..to are all wanted, held, and together cheaper to read again than a call. */
function bridgeable(
  from: number,
  to: number,
  wanted: readonly number[],
  held: ReadonlySet<number>,
  bytesOf: (position: number) => number,
): boolean {
  let bytes = 0;
  for (let p = from; p <= to; p++) {
    if (!held.has(p) || !wanted.includes(p)) return false;
    bytes += bytesOf(p);
  }
  return bytes <= CALL_BYTES;
}

/**
 * What a column's cells move when read (the bench's estimate: text in UTF-8, a date as an ISO
 * string, one byte of framing each); rows first..last are sheet rows, `values` indexed by row - 1.
 */
export function columnBytes(
  values: readonly (readonly unknown[])[],
  position: number,
  first: number,
  last: number,
): number {
  let bytes = 0;
  for (let r = first - 1; r < last; r++) {
    const cell = values[r]?.[position];
    if (typeof cell === 'string') bytes += utf8Bytes(cell) + 1;
    else if (cell instanceof Date) bytes += 25;
    else bytes += cell === null || cell === undefined ? 1 : String(cell).length + 1;
  }
  return bytes;
}

/**
 * Reads each [left, right] span (0-based columns) of sheet rows first..last into `values` (indexed
 * by sheet row − 1, rows already made): one call per span.
 */
export function fillSpans(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: unknown[][],
  spans: readonly [number, number][],
  first: number,
  last: number,
): void {
  for (const [left, right] of spans) {
    const block = sheet.getRange(first, left + 1, last - first + 1, right - left + 1).getValues();
    for (let r = 0; r < block.length; r++) {
      const row = values[first - 1 + r] as unknown[];
      const cells = block[r] as unknown[];
      for (let c = 0; c < cells.length; c++) row[left + c] = cells[c];
    }
  }
}
