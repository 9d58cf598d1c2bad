// The order of a digest's items: worst level, then highest stage, then longest overdue, then ID.
// Sorting 100,000 notices a sweep is a measurable part of its CPU, so the usual case sorts one
// packed number per notice natively; a comparator sort covers what cannot be packed exactly.
import { severityRank } from '../risk-levels';
import type { Notice } from './decide';

/**
 * Rank (level, then stage: 0–33) and deadline in one exact number: ranks 1e14 ms apart leave room
 * for any deadline within ±1,500 years of 1970, and a sort of 100,000 notices compares one number.
 */
const RANK_SPAN = 1e14;
// Globals in local names: used per recipient on 100,000s of notices (see zoned-time.ts on global lookups).
const Numbers = Float64Array;
const List = Array;
const Positions = Int32Array;
const { floor } = Math;
/** Sort keys below this are exact integers with room to spare (see packedOrder). */
const EXACT = 2 ** 52;
/** Half of RANK_SPAN: deadlines within ±1,584 years of 1970 never reach the next rank's numbers. */
const MAX_TIME = RANK_SPAN / 2;

/**
 * Worst level, then highest stage, then longest overdue, then ID, then as given (the sort is stable).
 * One number per notice, no object per notice: digests sort natively (packedOrder), and a comparator
 * sort (about 900,000 calls for 100,000 notices) is kept for deadlines too far apart to pack.
 */
export function worstFirst(notices: readonly Notice[]): Notice[] {
  const count = notices.length;
  const ranks = new Numbers(count);
  const times = new Numbers(count);
  const ids = new List<string>(count);
  let rankLow = MAX_TIME;
  let rankHigh = -MAX_TIME;
  let timeLow = MAX_TIME;
  let timeHigh = -MAX_TIME;
  let packable = true;
  for (let i = 0; i < count; i++) {
    const n = notices[i] as Notice;
    const rank = severityRank(n.incident.level) * 10 + (3 - n.stage);
    const time = n.deadline.getTime();
    ranks[i] = rank;
    times[i] = time;
    ids[i] = n.incident.id;
    if (rank < rankLow) rankLow = rank;
    if (rank > rankHigh) rankHigh = rank;
    if (time < timeLow) timeLow = time;
    if (time > timeHigh) timeHigh = time;
    // Within ±MAX_TIME, rank × RANK_SPAN + time orders as (rank, time) does. An invalid deadline
    // (NaN) or a fractional stage: only the comparator sort says where it goes.
    if (!(time > -MAX_TIME && time < MAX_TIME && floor(rank) === rank)) packable = false;
  }
  let slots = 1;
  while (slots < count) slots *= 2;
  const timeSpan = timeHigh - timeLow + 1;
  if (packable && (rankHigh - rankLow + 1) * timeSpan * slots <= EXACT) {
    // Keys from the lowest rank and earliest deadline up: small enough to carry the position too.
    const keys = new Numbers(count);
    for (let i = 0; i < count; i++) keys[i] = (((ranks[i] as number) - rankLow) * timeSpan + ((times[i] as number) - timeLow)) * slots + i;
    return packedOrder(notices, keys, ids, slots);
  }
  const order = new Numbers(count);
  for (let i = 0; i < count; i++) order[i] = (ranks[i] as number) * RANK_SPAN + (times[i] as number);
  const positions = new List<number>(count);
  for (let i = 0; i < count; i++) positions[i] = i;
  const idAt = (i: number) => (notices[i] as Notice).incident.id;
  positions.sort((a, b) => (order[a] as number) - (order[b] as number) || (idAt(a) < idAt(b) ? -1 : idAt(a) > idAt(b) ? 1 : 0));
  return positions.map((i) => notices[i] as Notice);
}

/**
 * The comparator's order without a comparator: keys[i] = ((rank − lowest) × time span + (time −
 * earliest)) × slots + i, slots a power of two ≥ count, is a distinct exact integer per notice (the
 * caller checked it stays below 2^52), so a typed array sorts it natively by rank, time, position.
 * Notices of equal rank and deadline (common: a batch of rows reported together) end up adjacent in
 * given order and are then put in ID order, stably, as the comparator would. Positions stay in an
 * Int32Array and IDs were gathered in given order, so that sort does not go back to the notices.
 */
function packedOrder(notices: readonly Notice[], keys: Float64Array, ids: readonly string[], slots: number): Notice[] {
  const count = notices.length;
  keys.sort();
  const at = new Positions(count);
  let runStart = 0;
  let runValue = -1;
  for (let k = 0; k < count; k++) {
    const key = keys[k] as number;
    // Dividing by a power of two is exact: no remainder operation (a slow one on numbers this large).
    const value = floor(key / slots);
    at[k] = key - value * slots;
    if (value !== runValue) {
      if (k - runStart > 1) sortRunById(at, ids, runStart, k);
      runStart = k;
      runValue = value;
    }
  }
  if (count - runStart > 1) sortRunById(at, ids, runStart, count);
  const sorted = new List<Notice>(count);
  for (let k = 0; k < count; k++) sorted[k] = notices[at[k] as number] as Notice;
  return sorted;
}

/** Runs this long or shorter are insertion sorted; longer ones (rare) by the stable built-in sort. */
const SHORT_RUN = 16;

/** Sorts positions at[from, to) by their IDs, stably, as the comparator sort breaks ties. */
function sortRunById(at: Int32Array, ids: readonly string[], from: number, to: number): void {
  if (to - from > SHORT_RUN) {
    const run = List.from(at.subarray(from, to)).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0));
    at.set(run, from);
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const position = at[k] as number;
    const id = ids[position] as string;
    let j = k;
    while (j > from && (ids[at[j - 1] as number] as string) > id) {
      at[j] = at[j - 1] as number;
      j--;
    }
    at[j] = position;
  }
}

