// Follow-up items (フォローアップ): what a digest lists after the incident notices — a measure due soon
// or overdue, an effect check due, a missing retrospective, and what happened to a person's report.
import type { HistoryEvent } from '../history/history-events';
import type { MeasureColumn, MeasureKind } from '../measures/measure-columns';
import type { MeasureReminderKey } from '../measures/measure-records';
import { severityRank } from '../risk-levels';
import type { NoticeSubject } from '../escalation/decide';

export type FollowUpKind = MeasureReminderKey | 'retrospective' | 'feedback';

export interface FollowUpMeasure {
  readonly sheetRow: number;
  readonly text: string;
  readonly kind: MeasureKind | undefined;
  readonly owner: string;
  readonly dueAt: Date | null;
  readonly unreadable: readonly MeasureColumn[];
}

export interface FollowUpItem {
  readonly kind: FollowUpKind;
  readonly recipient: string;
  readonly incident: NoticeSubject;
  /** The moment it is about: a due date, when a check fell due, the newest event told. */
  readonly deadline: Date;
  readonly measure?: FollowUpMeasure;
  /** feedback: the events told, oldest first. */
  readonly events?: readonly HistoryEvent[];
  readonly lastTold?: Date;
}

/** Within one level: the manager's escalation first, then what is late, then what is coming. */
const KIND_ORDER: Readonly<Record<FollowUpKind, number>> = {
  escalated: 0,
  overdue: 1,
  unreadable: 2,
  effect: 3,
  retrospective: 4,
  warn: 5,
  feedback: 6,
};

/** Worst level first, then KIND_ORDER, then the earliest moment, then ID. */
export function followUpOrder(items: readonly FollowUpItem[]): FollowUpItem[] {
  return [...items].sort(
    (a, b) =>
      severityRank(a.incident.level) - severityRank(b.incident.level) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.deadline.getTime() - b.deadline.getTime() ||
      (a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0),
  );
}

/** Which part of the subject line an item is counted in. */
export function subjectGroup(kind: FollowUpKind): 'measure' | 'effect' | 'retrospective' | 'feedback' {
  return kind === 'effect' || kind === 'retrospective' || kind === 'feedback' ? kind : 'measure';
}
