// The state cells the sweep writes back, built row by row straight into the write block: a sweep of
// 100,000 rows would otherwise build eight columns and then copy them into one array per row.
import type { ColumnPositions } from '../incident-columns';
import type { Lang } from '../language';
import type { IncidentDecision } from '../escalation/decide';
import { type RowNotices, includesNotice } from './sweep-log';
import { stageLabel } from '../notices/escalation-messages';
import {
  type NoticeKey,
  type NotificationRecord,
  stageReached,
  withDelivery,
} from '../escalation/notification-records';
import { formatRecords } from './record-text';
import { type PlannedRow, STATE_COLUMNS, type StateColumn, type SweepPlan } from './sweep-plan';

export interface StateBlock {
  /** One array per incident row, its cells in the order of `columns`. */
  readonly rows: unknown[][];
  /** True when writing would change nothing: an idle hour then makes no write at all. */
  readonly unchanged: boolean;
  /** Per row: whether its cells differ from what the sheet held (only those rows are written). */
  readonly changed: readonly boolean[];
}

function hoursCell(minutes: number): number | string {
  return minutes === 0 ? '' : Math.round((minutes / 60) * 100) / 100;
}

function cellAt(row: readonly unknown[], index: number | undefined): unknown {
  return index === undefined ? '' : row[index];
}

/** Whether two cells hold the same value (dates by instant). */
export function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return (a ?? '') === (b ?? '');
}

/** Where each state column sits in a block row. */
type Slots = Readonly<Record<StateColumn, number>>;

/** A row the sweep could not read (or need not): it keeps what it had, with its problems. */
function fillKept(cells: unknown[], at: Slots, row: PlannedRow, positions: ColumnPositions): void {
  for (const column of STATE_COLUMNS)
    cells[at[column]] = column === 'rowProblems' ? row.problems : cellAt(row.raw, positions[column]);
}

/** The records after this run's deliveries (the decision's own when nothing was delivered). */
function recordsAfter(d: IncidentDecision, delivered: RowNotices, now: Date): readonly NotificationRecord[] {
  let records = d.records;
  if (delivered === undefined) return records;
  // In the decision's order, not the digests': the records' lines keep a stable order.
  for (const notice of d.notices)
    if (includesNotice(delivered, notice)) records = withDelivery(records, notice.key, notice.recipient, now);
  return records;
}

/** What a row's stage and records cells say after its first notice: the same for each kind and recipient. */
interface FirstNoticeTexts {
  readonly stage: string;
  readonly notifications: string;
}

/** What is the same for every row of one run. */
interface Run {
  readonly at: Slots;
  readonly plan: SweepPlan;
  readonly lang: Lang;
  readonly now: Date;
  /**
   * By notice kind and recipient: a run may first notify 100,000 incidents, so their records and
   * stage texts are made once per person and shared rather than made and kept once per row.
   */
  readonly firstNotices: Map<NoticeKey, Map<string, FirstNoticeTexts>>;
}

/** A row with no records yet and one notice delivered (most, in a large run): the texts of its first notice. */
function firstNoticeTexts(run: Run, d: IncidentDecision, delivered: RowNotices): FirstNoticeTexts | undefined {
  if (d.records.length !== 0 || delivered === undefined || Array.isArray(delivered) || !d.notices.includes(delivered))
    return undefined;
  let byRecipient = run.firstNotices.get(delivered.key);
  if (byRecipient === undefined) run.firstNotices.set(delivered.key, (byRecipient = new Map()));
  let texts = byRecipient.get(delivered.recipient);
  if (texts === undefined) {
    const after = withDelivery(d.records, delivered.key, delivered.recipient, run.now);
    byRecipient.set(
      delivered.recipient,
      (texts = {
        stage: stageLabel(stageReached(after), run.lang),
        notifications: formatRecords(after, run.lang, run.plan.timeZone),
      }),
    );
  }
  return texts;
}

/** The stage and records cells after this run's deliveries. */
function fillRecords(cells: unknown[], run: Run, row: PlannedRow, d: IncidentDecision, delivered: RowNotices): void {
  const first = firstNoticeTexts(run, d, delivered);
  if (first !== undefined) {
    cells[run.at.stage] = first.stage;
    cells[run.at.notifications] = first.notifications;
    return;
  }
  const after = recordsAfter(d, delivered, run.now);
  cells[run.at.stage] = stageLabel(stageReached(after), run.lang);
  // Unchanged records keep their text as read (most rows, most hours), so it is not formatted again.
  const changed = d.acknowledgementChanged || after !== d.records;
  cells[run.at.notifications] = changed
    ? formatRecords(after, run.lang, run.plan.timeZone)
    : cellAt(row.raw, run.plan.positions.notifications);
}

function fillDecided(cells: unknown[], run: Run, row: PlannedRow, d: IncidentDecision, delivered: RowNotices): void {
  const at = run.at;
  fillRecords(cells, run, row, d, delivered);
  cells[at.respondBy] = d.respondBy ?? '';
  cells[at.resolveBy] = d.resolveBy ?? '';
  cells[at.holdSince] = d.book.holdSince ?? '';
  cells[at.holdHours] = hoursCell(d.book.holdMinutes);
  cells[at.resolvedAt] = d.book.resolvedAt ?? '';
  cells[at.rowProblems] = row.problems;
}

function isRowUnchanged(
  cells: readonly unknown[],
  at: Slots,
  raw: readonly unknown[],
  positions: ColumnPositions,
): boolean {
  return STATE_COLUMNS.every((column) => sameCell(raw[positions[column] as number], cells[at[column]]));
}

/**
 * The state cells of every row, in the order of `columns` (every state column, in the sheet's
 * order, so adjacent ones go out in one write), and whether any differs from what the sheet holds.
 */
export function stateBlock(
  plan: SweepPlan,
  delivered: readonly RowNotices[],
  lang: Lang,
  now: Date,
  columns: readonly StateColumn[],
): StateBlock {
  if (columns.length !== STATE_COLUMNS.length)
    throw new Error("stateBlock needs every state column, in the sheet's order");
  const at = Object.fromEntries(columns.map((c, i) => [c, i])) as Slots;
  const run: Run = { at, plan, lang, now, firstNotices: new Map() };
  const count = plan.rows.length;
  const rows = new Array<unknown[]>(count);
  // A column the sheet lacks (added by this write) makes every row a change.
  const complete = STATE_COLUMNS.every((c) => plan.positions[c] !== undefined);
  const changed = new Array<boolean>(count);
  let unchanged = true;
  for (let r = 0; r < count; r++) {
    const row = plan.rows[r] as PlannedRow;
    // A literal of the full width is made faster than an empty array of it, and is filled below.
    const cells: unknown[] = (rows[r] = ['', '', '', '', '', '', '', '']);
    const d = row.decision;
    if (d) fillDecided(cells, run, row, d, delivered[r]);
    else fillKept(cells, at, row, plan.positions);
    // An unread row's state cells were never read: it is never written (settled-rows.ts).
    changed[r] = !row.unread && (!complete || !isRowUnchanged(cells, at, row.raw, plan.positions));
    if (changed[r]) unchanged = false;
  }
  return { rows, unchanged, changed };
}
