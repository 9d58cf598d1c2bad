// What each run did, as rows of the log sheet (one per notice and outcome) and as a summary of
// the rows that could not be read, for the person who turned the sweep on.
import type { Lang } from '../language';
import type { Notice } from './decide';
import type { NoticeKey } from './notification-records';
import type { Digest } from './digest';
import { ESCALATION_MESSAGES, stageLabel } from './escalation-messages';
import { FIRST_INCIDENT_ROW, type PlannedRow } from './sweep-plan';

export type DeliveryResult = { kind: 'sent' } | { kind: 'deferred' } | { kind: 'failed'; error: string };

export interface Delivery {
  readonly digest: Digest;
  readonly result: DeliveryResult;
}

function resultText(result: DeliveryResult, lang: Lang): string {
  const m = ESCALATION_MESSAGES[lang];
  if (result.kind === 'sent') return m.logSent;
  if (result.kind === 'deferred') return m.logDeferredQuota;
  return m.logFailed(result.error);
}

/** Notices of one row: most rows have none or one, so no array is made for them. */
export type RowNotices = Notice | Notice[] | undefined;

function withNotice(entry: RowNotices, notice: Notice): RowNotices {
  return entry === undefined ? notice : Array.isArray(entry) ? (entry.push(notice), entry) : [entry, notice];
}

export function includesNotice(entry: RowNotices, notice: Notice): boolean {
  return entry === notice || (Array.isArray(entry) && entry.includes(notice));
}

/** Plan row index of a notice's incident: rows are found by array index, cheaper than hashing 100,000 objects. */
function rowOf(notice: Notice): number {
  return notice.incident.sheetRow - FIRST_INCIDENT_ROW;
}

const RECIPIENTS = 3;

/** Global constructors in local names: a global lookup is slow under node:vm (see zoned-time.ts). */
const Counts = Int32Array;
const Rows = Array;

/**
 * How many notices each plan row has. Most have one, and its log row needs no grouping: counting
 * first spares the 100,000 rows of a large run any bookkeeping that would be kept until the end.
 */
function noticesPerRow(deliveries: readonly Delivery[], rowCount: number): { counts: Int32Array; total: number } {
  const counts = new Counts(rowCount);
  let total = 0;
  for (const { digest } of deliveries) {
    for (const notice of digest.notices) {
      const row = rowOf(notice);
      counts[row] = (counts[row] as number) + 1;
    }
    total += digest.notices.length;
  }
  return { counts, total };
}

function logRow(notice: Notice, now: Date, lang: Lang, result: string): unknown[] {
  return [now, notice.incident.id, stageLabel(notice.stage, lang), notice.recipient, result];
}

/** A log row of a plan row with several notices, and the recipients it gathers after its first. */
interface Group {
  readonly key: NoticeKey;
  readonly result: string;
  readonly cells: unknown[];
  readonly more: string[];
}

/** The log row this notice starts, or undefined when it joins one of its plan row's groups. */
function grouped(groups: Map<number, Group[]>, notice: Notice, now: Date, lang: Lang, result: string): unknown[] | undefined {
  const row = rowOf(notice);
  let list = groups.get(row);
  if (list === undefined) groups.set(row, (list = []));
  for (const group of list) {
    if (group.key === notice.key && group.result === result) {
      group.more.push(notice.recipient);
      return undefined;
    }
  }
  const cells = logRow(notice, now, lang, result);
  list.push({ key: notice.key, result, cells, more: [] });
  return cells;
}

/** Joined once at the end: `+=` per recipient would keep a chain of pieces rather than flat text. */
function joinRecipients(groups: Map<number, Group[]>): void {
  for (const list of groups.values()) {
    for (const { cells, more } of list) if (more.length > 0) cells[RECIPIENTS] = [cells[RECIPIENTS], ...more].join(', ');
  }
}

/**
 * [time, incident ID, stage, recipients, result]: recipients of one notice kind with one outcome
 * share a row, rows in the order of their first notice. A run may log 100,000 notices, so a plan row
 * with a single notice (most) gets its log row straight away; only the others are grouped.
 */
export function logRows(deliveries: readonly Delivery[], now: Date, lang: Lang, rowCount: number): unknown[][] {
  const { counts, total } = noticesPerRow(deliveries, rowCount);
  // Made at its largest size once: a growing array is copied at each step, 100,000 rows at the end.
  const rows = new Rows<unknown[]>(total);
  let count = 0;
  const groups = new Map<number, Group[]>();
  for (const { digest, result } of deliveries) {
    const text = resultText(result, lang);
    for (const notice of digest.notices) {
      const cells = counts[rowOf(notice)] === 1 ? logRow(notice, now, lang, text) : grouped(groups, notice, now, lang, text);
      if (cells !== undefined) rows[count++] = cells;
    }
  }
  rows.length = count;
  joinRecipients(groups);
  return rows;
}

/** The notices sent, by plan row (see rowOf). */
export function deliveredByRow(deliveries: readonly Delivery[], rowCount: number): RowNotices[] {
  const delivered = new Array<RowNotices>(rowCount);
  for (const { digest, result } of deliveries) {
    if (result.kind !== 'sent') continue;
    for (const notice of digest.notices) delivered[rowOf(notice)] = withNotice(delivered[rowOf(notice)], notice);
  }
  return delivered;
}

/**
 * The run summary's body in the reader's language, or null when no row newly needs attention (so it
 * is not mailed every hour). Column names stay as the sheet's headers spell them.
 */
export function problemSummary(rows: readonly PlannedRow[], lang: Lang): { subject: string; text: string } | null {
  const fresh = rows.filter((r) => r.newProblems);
  if (fresh.length === 0) return null;
  const m = ESCALATION_MESSAGES[lang];
  const problemsOf = (r: PlannedRow) => r.problemList?.map((p) => m.rowProblem(p)).join('; ') ?? r.problems;
  const lines = rows.filter((r) => r.problems !== '').map((r) => m.summaryRow(r.sheetRow, r.id, problemsOf(r)));
  return { subject: m.summarySubject, text: [m.summaryIntro, '', ...lines].join('\n') };
}
