// What each run did, as rows of the log sheet (one per notice and outcome) and as a summary of
// the rows that could not be read, for the person who turned the sweep on.
import type { Lang } from '../language';
import type { Notice } from '../escalation/decide';
import type { NoticeKey } from '../escalation/notification-records';
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

const RECIPIENTS = 3;
const RESULT = 4;

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

/**
 * The log rows so far. A run may log 100,000 notices, most the only one of their plan row: the
 * first log row of each plan row is found by array index, from its notice, and costs nothing more;
 * only a plan row with a second notice (rare) gets its groups listed.
 */
class LogBuilder {
  readonly rows: unknown[][];
  count = 0;
  private readonly opener: (Notice | undefined)[];
  private readonly openerRow: Int32Array;
  private readonly groups = new Map<number, Group[]>();

  constructor(
    total: number,
    rowCount: number,
    private readonly now: Date,
    private readonly lang: Lang,
  ) {
    // Made at their largest size once: a growing array is copied at each step, 100,000 rows at the end.
    this.rows = new Array<unknown[]>(total);
    this.opener = new Array<Notice | undefined>(rowCount);
    this.openerRow = new Int32Array(rowCount);
  }

  add(notice: Notice, result: string): void {
    const row = rowOf(notice);
    if (this.opener[row] === undefined) {
      this.opener[row] = notice;
      this.openerRow[row] = this.count;
      this.rows[this.count++] = logRow(notice, this.now, this.lang, result);
      return;
    }
    const list = this.groupsOf(row);
    const group = list.find((g) => g.key === notice.key && g.result === result);
    if (group !== undefined) group.more.push(notice.recipient);
    else list.push(this.newGroup(notice, result));
  }

  /** Joined once at the end: `+=` per recipient would keep a chain of pieces rather than flat text. */
  finish(): unknown[][] {
    this.rows.length = this.count;
    for (const list of this.groups.values()) {
      for (const { cells, more } of list)
        if (more.length > 0) cells[RECIPIENTS] = [cells[RECIPIENTS], ...more].join(', ');
    }
    return this.rows;
  }

  /** A plan row's groups, listed from its first log row when it gets a second notice. */
  private groupsOf(row: number): Group[] {
    let list = this.groups.get(row);
    if (list === undefined) {
      const opener = this.opener[row] as Notice;
      const cells = this.rows[this.openerRow[row] as number] as unknown[];
      this.groups.set(row, (list = [{ key: opener.key, result: cells[RESULT] as string, cells, more: [] }]));
    }
    return list;
  }

  private newGroup(notice: Notice, result: string): Group {
    const cells = (this.rows[this.count++] = logRow(notice, this.now, this.lang, result));
    return { key: notice.key, result, cells, more: [] };
  }
}

/**
 * [time, incident ID, stage, recipients, result]: recipients of one notice kind with one outcome
 * share a row, rows in the order of their first notice.
 */
export function logRows(deliveries: readonly Delivery[], now: Date, lang: Lang, rowCount: number): unknown[][] {
  let total = 0;
  for (const { digest } of deliveries) total += digest.notices.length;
  const log = new LogBuilder(total, rowCount, now, lang);
  for (const { digest, result } of deliveries) {
    const text = resultText(result, lang);
    for (const notice of digest.notices) log.add(notice, text);
  }
  return log.finish();
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
