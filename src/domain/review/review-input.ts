// What the PDCA review (the dashboard and the weekly review) reads: each incident as its row holds it
// now, and the first moment of each step as the history recorded it. The history wins over the row:
// a row edited later (a status set back, a date retyped) must not rewrite how fast the team was.
import type { Grade } from '../grades';
import type { RiskLevel } from '../risk-levels';
import type { Category, Status } from '../vocabulary';
import type { HistoryEvent } from '../history/history-events';

export interface ReviewIncident {
  readonly id: string;
  readonly level: RiskLevel | null;
  readonly impact: Grade | null;
  readonly urgency: Grade | null;
  readonly status: Status | null;
  readonly category: Category | null;
  /** As typed; '' when none. */
  readonly customer: string;
  /** '' when not read (the recurrence check reads summaries of recent incidents only). */
  readonly summary: string;
  readonly acknowledged: boolean;
  readonly occurredAt: Date | null;
  readonly reportedAt: Date | null;
  readonly respondBy: Date | null;
  readonly resolveBy: Date | null;
  readonly resolvedAt: Date | null;
}

/** The first moment (ms) of each step of one incident; absent when it has not happened. */
export interface Milestones {
  reported?: number;
  escalated?: number;
  acknowledged?: number;
  resolved?: number;
}

const STEP_OF: Partial<Record<HistoryEvent['kind'], keyof Milestones>> = {
  reported: 'reported',
  escalated: 'escalated',
  escalatedNow: 'escalated',
  acknowledged: 'acknowledged',
  resolved: 'resolved',
};

/** One pass over the history, in any order: the earliest event of each step per incident. */
export function milestonesOf(events: readonly HistoryEvent[]): Map<string, Milestones> {
  const byId = new Map<string, Milestones>();
  for (const event of events) {
    const step = STEP_OF[event.kind];
    if (!step) continue;
    let milestones = byId.get(event.id);
    if (!milestones) byId.set(event.id, (milestones = {}));
    const at = event.at.getTime();
    const known = milestones[step];
    if (known === undefined || at < known) milestones[step] = at;
  }
  return byId;
}

/**
 * The steps of an incident with the row's dates standing in where the history has none (incidents
 * from before the history existed): the report time and the resolution time; an acknowledgement and
 * an escalation are known only from the history.
 */
export function stepsOf(incident: ReviewIncident, recorded: Milestones | undefined): Milestones {
  // Built key by key, never `delete`d from: called for every incident (100,000 of them), and an
  // object with deleted keys is one V8 makes slow.
  const steps: Milestones = {};
  const reported = recorded?.reported ?? incident.reportedAt?.getTime();
  const resolved = recorded?.resolved ?? incident.resolvedAt?.getTime();
  if (reported !== undefined) steps.reported = reported;
  if (recorded?.escalated !== undefined) steps.escalated = recorded.escalated;
  if (recorded?.acknowledged !== undefined) steps.acknowledged = recorded.acknowledged;
  if (resolved !== undefined) steps.resolved = resolved;
  return steps;
}
