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
const RESULT = 4;

/** The log row among `found` (indexes into `rows`) for this notice kind and outcome, or -1. */
function sameGroup(found: number | number[] | undefined, rows: readonly unknown[][], kinds: readonly NoticeKey[], key: NoticeKey, result: string): number {
  const matches = (i: number) => kinds[i] === key && rows[i]?.[RESULT] === result;
  if (typeof found === 'number') return matches(found) ? found : -1;
  return found?.find(matches) ?? -1;
}

/**
 * [time, incident ID, stage, recipients, result]: recipients of one notice with one outcome share a
 * row. The rows are built as they are grouped (a run may log 100,000 notices), each row's notice
 * kind kept beside it, and each plan row pointing at its log row or, rarely, a few.
 */
export function logRows(deliveries: readonly Delivery[], now: Date, lang: Lang, rowCount: number): unknown[][] {
  const rows: unknown[][] = [];
  const kinds: NoticeKey[] = [];
  const byRow = new Array<number | number[] | undefined>(rowCount);
  for (const { digest, result } of deliveries) {
    const text = resultText(result, lang);
    for (const notice of digest.notices) {
      const found = byRow[rowOf(notice)];
      const group = sameGroup(found, rows, kinds, notice.key, text);
      if (group >= 0) {
        (rows[group] as unknown[])[RECIPIENTS] += `, ${notice.recipient}`;
        continue;
      }
      byRow[rowOf(notice)] = found === undefined ? rows.length : typeof found === 'number' ? [found, rows.length] : [...found, rows.length];
      kinds.push(notice.key);
      rows.push([now, notice.incident.id, stageLabel(notice.stage, lang), notice.recipient, text]);
    }
  }
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
