// Frequency and trends (the second article's 発生頻度や傾向): incidents per risk category per month,
// and recurrences — an incident like an earlier one (same customer, or same category and summary
// words) within a window of days.
import { CATEGORIES, type Category } from '../vocabulary';
import { localParts } from '../calendar/zoned-time';
import { normalizeKey } from '../text';
import type { ReviewIncident } from './review-input';

export type CategoryRow = Category | 'none';
export const CATEGORY_ROWS: readonly CategoryRow[] = [...CATEGORIES, 'none'];

export interface MonthlyCounts {
  /** 'YYYY-MM', oldest first: the twelve months up to and including the current one. */
  readonly months: readonly string[];
  readonly counts: Readonly<Record<CategoryRow, readonly number[]>>;
}

function monthKey(instant: Date, timeZone: string): string {
  return localParts(instant, timeZone).dayKey.slice(0, 7);
}

function lastMonths(now: Date, timeZone: string, count: number): string[] {
  const { year, month } = localParts(now, timeZone);
  return Array.from({ length: count }, (_, i) => {
    const m = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

export function monthlyCounts(incidents: readonly ReviewIncident[], timeZone: string, now: Date): MonthlyCounts {
  const months = lastMonths(now, timeZone, 12);
  const column = new Map(months.map((m, i) => [m, i]));
  const counts = Object.fromEntries(CATEGORY_ROWS.map((c) => [c, new Array<number>(12).fill(0)])) as Record<
    CategoryRow,
    number[]
  >;
  for (const incident of incidents) {
    if (!incident.reportedAt) continue;
    const at = column.get(monthKey(incident.reportedAt, timeZone));
    if (at !== undefined)
      counts[incident.category ?? 'none'][at] = (counts[incident.category ?? 'none'][at] as number) + 1;
  }
  return { months, counts };
}

export interface Recurrence {
  readonly id: string;
  /** The earlier incident it repeats. */
  readonly earlierId: string;
  readonly basis: 'customer' | 'summary';
  readonly daysApart: number;
}

/**
 * Words of a summary: runs of letters or digits, lower-cased; a run of Japanese (which has no
 * spaces) becomes its two-character pieces, so 「納期遅延」 and 「納期の遅延」 share 納期 and 遅延.
 */
export function summaryWords(summary: string): Set<string> {
  const words = new Set<string>();
  for (const run of normalizeKey(summary).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(run)) {
      for (let i = 0; i + 2 <= run.length; i++) words.add(run.slice(i, i + 2));
    } else if (run.length >= 2) words.add(run);
  }
  return words;
}

/** Shared words that make two summaries of one category "the same problem". */
const SHARED_WORDS = 3;
/** How many earlier incidents each word remembers: keeps the search linear in the incidents. */
const PER_WORD = 20;
const DAY = 86_400_000;

/** Each incident like an earlier one within `windowDays`, newest first; one match each (the nearest). */
export function recurrencesOf(incidents: readonly ReviewIncident[], windowDays: number): Recurrence[] {
  const dated = incidents.filter((i) => i.reportedAt).sort((a, b) => a.reportedAt!.getTime() - b.reportedAt!.getTime());
  const window = windowDays * DAY;
  const lastByCustomer = new Map<string, ReviewIncident>();
  const byWord = new Map<string, ReviewIncident[]>();
  const found: Recurrence[] = [];
  for (const incident of dated) {
    const at = incident.reportedAt!.getTime();
    const within = (earlier: ReviewIncident | undefined) => earlier && at - earlier.reportedAt!.getTime() <= window;
    const customer = normalizeKey(incident.customer);
    const sameCustomer = customer ? lastByCustomer.get(customer) : undefined;
    const words = incident.category && incident.summary ? summaryWords(incident.summary) : new Set<string>();
    const match = within(sameCustomer)
      ? { earlier: sameCustomer!, basis: 'customer' as const }
      : similarEarlier(incident, words, byWord, within);
    if (match)
      found.push({
        id: incident.id,
        earlierId: match.earlier.id,
        basis: match.basis,
        daysApart: Math.floor((at - match.earlier.reportedAt!.getTime()) / DAY),
      });
    if (customer) lastByCustomer.set(customer, incident);
    for (const word of words) {
      const key = `${incident.category}\u0000${word}`;
      const list = byWord.get(key) ?? [];
      list.push(incident);
      if (list.length > PER_WORD) list.shift();
      byWord.set(key, list);
    }
  }
  return found.reverse();
}

function similarEarlier(
  incident: ReviewIncident,
  words: ReadonlySet<string>,
  byWord: ReadonlyMap<string, readonly ReviewIncident[]>,
  within: (earlier: ReviewIncident | undefined) => boolean | undefined,
): { earlier: ReviewIncident; basis: 'summary' } | null {
  const shared = new Map<ReviewIncident, number>();
  let best: ReviewIncident | null = null;
  for (const word of words) {
    for (const earlier of byWord.get(`${incident.category}\u0000${word}`) ?? []) {
      if (!within(earlier)) continue;
      const n = (shared.get(earlier) ?? 0) + 1;
      shared.set(earlier, n);
      if (n >= SHARED_WORDS && (!best || earlier.reportedAt!.getTime() > best.reportedAt!.getTime())) best = earlier;
    }
  }
  return best && { earlier: best, basis: 'summary' };
}
