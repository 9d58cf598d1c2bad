// The state cells the sweep writes back, built row by row straight into the write block: a sweep of
// 100,000 rows would otherwise build eight columns and then copy them into one array per row.
import type { ColumnPositions } from '../incident-columns';
import type { Lang } from '../language';
import type { IncidentDecision } from './decide';
import { type RowNotices, includesNotice } from './sweep-log';
import { stageLabel } from './escalation-messages';
import { type NotificationRecord, formatRecords, stageReached, withDelivery } from './notification-records';
import { type PlannedRow, STATE_COLUMNS, type StateColumn, type SweepPlan } from './sweep-plan';

export interface StateBlock {
  /** One array per incident row, its cells in the order of `columns`. */
  readonly rows: unknown[][];
  /** True when writing would change nothing: an idle hour then makes no write at all. */
  readonly unchanged: boolean;
}

function hoursCell(minutes: number): number | string {
  return minutes === 0 ? '' : Math.round((minutes / 60) * 100) / 100;
}

function cellAt(row: readonly unknown[], index: number | undefined): unknown {
  return index === undefined ? '' : row[index];
}

function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return (a ?? '') === (b ?? '');
}

/** Where each state column sits in a block row. */
type Slots = Readonly<Record<StateColumn, number>>;

/** A row the sweep could not read (or need not): it keeps what it had, with its problems. */
function fillKept(cells: unknown[], at: Slots, row: PlannedRow, positions: ColumnPositions): void {
  for (const column of STATE_COLUMNS) cells[at[column]] = column === 'rowProblems' ? row.problems : cellAt(row.raw, positions[column]);
}

/** The records after this run's deliveries (the decision's own when nothing was delivered). */
function recordsAfter(d: IncidentDecision, delivered: RowNotices, now: Date): readonly NotificationRecord[] {
  let records = d.records;
  if (delivered === undefined) return records;
  // In the decision's order, not the digests': the records' lines keep a stable order.
  for (const notice of d.notices) if (includesNotice(delivered, notice)) records = withDelivery(records, notice.key, notice.recipient, now);
  return records;
}

function fillDecided(cells: unknown[], at: Slots, row: PlannedRow, d: IncidentDecision, after: readonly NotificationRecord[], plan: SweepPlan, lang: Lang): void {
  cells[at.stage] = stageLabel(stageReached(after), lang);
  cells[at.respondBy] = d.respondBy ?? '';
  cells[at.resolveBy] = d.resolveBy ?? '';
  cells[at.holdSince] = d.book.holdSince ?? '';
  cells[at.holdHours] = hoursCell(d.book.holdMinutes);
  cells[at.resolvedAt] = d.book.resolvedAt ?? '';
  // Unchanged records keep their text as read (most rows, most hours), so it is not formatted again.
  const changed = d.acknowledgementChanged || after !== d.records;
  cells[at.notifications] = changed ? formatRecords(after) : cellAt(row.raw, plan.positions.notifications);
  cells[at.rowProblems] = row.problems;
}

function isRowUnchanged(cells: readonly unknown[], at: Slots, raw: readonly unknown[], positions: ColumnPositions): boolean {
  return STATE_COLUMNS.every((column) => sameCell(raw[positions[column] as number], cells[at[column]]));
}

/**
 * The state cells of every row, in the order of `columns` (every state column, in the sheet's
 * order, so adjacent ones go out in one write), and whether any differs from what the sheet holds.
 */
export function stateBlock(plan: SweepPlan, delivered: readonly RowNotices[], lang: Lang, now: Date, columns: readonly StateColumn[]): StateBlock {
  if (columns.length !== STATE_COLUMNS.length) throw new Error('stateBlock needs every state column, in the sheet\'s order');
  const at = Object.fromEntries(columns.map((c, i) => [c, i])) as Slots;
  const count = plan.rows.length;
  const rows = new Array<unknown[]>(count);
  // A column the sheet lacks (added by this write) always counts as a change.
  let unchanged = STATE_COLUMNS.every((c) => plan.positions[c] !== undefined);
  for (let r = 0; r < count; r++) {
    const row = plan.rows[r] as PlannedRow;
    // A literal of the full width is made faster than an empty array of it, and is filled below.
    const cells: unknown[] = (rows[r] = ['', '', '', '', '', '', '', '']);
    const d = row.decision;
    if (d) fillDecided(cells, at, row, d, recordsAfter(d, delivered[r], now), plan, lang);
    else fillKept(cells, at, row, plan.positions);
    if (unchanged) unchanged = isRowUnchanged(cells, at, row.raw, plan.positions);
  }
  return { rows, unchanged };
}
