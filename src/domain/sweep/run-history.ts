// The history events a run records (the history sheet, history-events.ts): the escalations it sent,
// and what people did by hand in the sheet that the run is the first to see — a name typed in 確認者,
// a status changed to 保留 and back, to 解決済み or 完了 and back, a row typed in without the sidebar.
// Each follows from a change between the row as read and the state the run writes, so a run that
// writes nothing new records nothing again.
import { isBlank } from '../cells';
import type { Lang } from '../language';
import { parseStatus } from '../vocabulary';
import type { HistoryEvent } from '../history/history-events';
import { findRecord } from '../escalation/notification-records';
import { ESCALATION_MESSAGES } from '../notices/escalation-messages';
import { cellText } from './incident-row';
import type { Delivery } from './sweep-log';
import type { PlannedRow, SweepPlan } from './sweep-plan';

/** Into `events`: a loop over 100,000 rows, most with nothing to add, makes no array per row. */
function handEvents(
  row: PlannedRow,
  plan: SweepPlan,
  now: Date,
  reportedRows: ReadonlySet<number | undefined>,
  events: HistoryEvent[],
): void {
  const d = row.decision;
  if (!d) return;
  const at = plan.positions;
  const cell = (column: keyof typeof at) => (at[column] === undefined ? '' : row.raw[at[column] as number]);
  const add = (kind: HistoryEvent['kind'], by = '', when = now) =>
    events.push({ at: when, id: row.id, kind, by, detail: '' });
  if (reportedRows.has(row.sheetRow)) add('reported', cellText(cell('reporter')).trim(), now);
  if (d.acknowledgementChanged && findRecord(d.records, 'ack', ''))
    add('acknowledged', cellText(cell('acknowledgedBy')).trim());
  const wasHeld = !isBlank(cell('holdSince'));
  if (!wasHeld && d.book.holdSince) add('onHold');
  const wasResolved = cell('resolvedAt') instanceof Date;
  if (!wasResolved && d.book.resolvedAt) add(parseStatus(cell('status')) === 'closed' ? 'closed' : 'resolved');
  else if (wasHeld && !d.book.holdSince) add('resumed');
  if (wasResolved && !d.book.resolvedAt) add('reopened');
}

/**
 * One `escalated` event per incident and stage the run's sent digests reached (stage 2 and 3: the
 * owner's own reminders are not escalations), naming who was told; then the hand-made changes.
 */
export function runHistory(plan: SweepPlan, deliveries: readonly Delivery[], now: Date, lang: Lang): HistoryEvent[] {
  // Keyed by sheet row and stage, a number: 100,000 notices make no key strings.
  const told = new Map<number, { id: string; stage: 2 | 3; to: string[] }>();
  for (const delivery of deliveries) {
    if (delivery.result.kind !== 'sent') continue;
    for (const notice of delivery.digest.notices) {
      if (notice.stage < 2) continue;
      const key = notice.incident.sheetRow * 4 + notice.stage;
      const entry = told.get(key);
      if (entry === undefined)
        told.set(key, { id: notice.incident.id, stage: notice.stage as 2 | 3, to: [notice.recipient] });
      else if (!entry.to.includes(notice.recipient)) entry.to.push(notice.recipient);
    }
  }
  const m = ESCALATION_MESSAGES[lang];
  const events: HistoryEvent[] = [...told.values()].map((e) => ({
    at: now,
    id: e.id,
    kind: 'escalated',
    by: '',
    stage: e.stage,
    detail: m.historyTold(e.to.sort()),
  }));
  const reported = new Set([...(plan.completions.get('reportedAt')?.keys() ?? [])].map((i) => plan.rows[i]?.sheetRow));
  for (const row of plan.rows) handEvents(row, plan, now, reported, events);
  return events;
}
