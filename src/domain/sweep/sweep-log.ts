// What each run did, as rows of the log sheet (one per email and stage) and as a summary of the
// rows that could not be read, for the person who turned the sweep on.
import type { Lang } from '../language';
import type { Notice } from '../escalation/decide';
import type { DigestDraft } from '../notices/digest';
import { ESCALATION_MESSAGES, stageLabel } from '../notices/escalation-messages';
import { FIRST_INCIDENT_ROW, type PlannedRow } from './sweep-plan';

/** Deferred by the day's mail quota, or by the run's time budget (Apps Script's 6-minute limit). */
export type DeliveryResult =
  { kind: 'sent' } | { kind: 'deferred'; reason: 'quota' | 'time' } | { kind: 'failed'; error: string };

export interface Delivery {
  readonly digest: DigestDraft;
  readonly result: DeliveryResult;
}

function resultText(result: DeliveryResult, lang: Lang): string {
  const m = ESCALATION_MESSAGES[lang];
  if (result.kind === 'sent') return m.logSent;
  if (result.kind === 'deferred') return result.reason === 'time' ? m.logDeferredTime : m.logDeferredQuota;
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

/**
 * An ID list's longest cell: a Sheets cell holds 50,000 characters, and one email may list 100,000
 * incidents (a backlog under one manager); past this the list goes on in the next row.
 */
export const LOG_ID_CHARS = 40_000;

/** The IDs of one email's notices of each stage, in the email's order, each once (a Set keeps order). */
function idsByStage(digest: DigestDraft): Map<number, Set<string>> {
  const byStage = new Map<number, Set<string>>();
  for (const notice of digest.notices) {
    const ids = byStage.get(notice.stage);
    if (ids) ids.add(notice.incident.id);
    else byStage.set(notice.stage, new Set([notice.incident.id]));
  }
  return byStage;
}

/** The IDs joined ", " in cells of at most LOG_ID_CHARS characters (an ID longer than that alone, cut). */
function idCells(ids: Iterable<string>): string[] {
  const cells: string[] = [];
  let part: string[] = [];
  let chars = 0;
  for (const id of ids) {
    const cut = id.length > LOG_ID_CHARS ? `${id.slice(0, LOG_ID_CHARS - 1)}…` : id;
    if (part.length > 0 && chars + 2 + cut.length > LOG_ID_CHARS) {
      cells.push(part.join(', '));
      part = [];
      chars = 0;
    }
    chars += (part.length > 0 ? 2 : 0) + cut.length;
    part.push(cut);
  }
  if (part.length > 0) cells.push(part.join(', '));
  return cells;
}

/**
 * [time, incident IDs, stage, recipient, result]: a row per email and stage of its notices (the IDs
 * it told of, in its order), then one for its follow-up items, emails in the order they went out. A
 * row per notice would make a backlog's first run write 100,000 rows, more than the log keeps; what
 * each incident was told stays in its own 通知記録 and in the history.
 */
export function logRows(deliveries: readonly Delivery[], now: Date, lang: Lang): unknown[][] {
  const rows: unknown[][] = [];
  const m = ESCALATION_MESSAGES[lang];
  for (const { digest, result } of deliveries) {
    const text = resultText(result, lang);
    const add = (ids: Iterable<string>, stage: string) => {
      for (const cell of idCells(ids)) rows.push([now, cell, stage, digest.recipient, text]);
    };
    for (const [stage, ids] of idsByStage(digest)) add(ids, stageLabel(stage, lang));
    const followUps = digest.followUps ?? [];
    if (followUps.length > 0) add(new Set(followUps.map((f) => f.incident.id)), m.logFollowUp);
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
