// Where it was late (「対応が間に合わなかった場合、その原因を特定」): for each incident reported in a
// window, the step that came after its time, and by how many business hours.
import type { RiskLevel } from '../risk-levels';
import { isFinished } from '../vocabulary';
import type { BusinessCalendar } from '../calendar/business-calendar';
import { type EscalationSettings, durationMinutes } from '../settings/settings';
import { type Milestones, type ReviewIncident, stepsOf } from './review-input';
import { type Window, businessHours } from './speed';

export type LateStep = 'reported' | 'acknowledged' | 'resolved';

export interface LateItem {
  readonly id: string;
  readonly level: RiskLevel;
  readonly step: LateStep;
  /** Business hours past its time (to now when the step has still not happened). */
  readonly hoursLate: number;
  /** The step has not happened yet. */
  readonly waiting: boolean;
}

/**
 * A report is late when it came longer after the occurrence than the level allows a manager to wait
 * (its respond-by, at least one business hour so "at once" means within the hour), or, for a level
 * with no respond-by, more than a business day after: the articles ask for a timely report and give
 * no number.
 */
function reportAllowance(level: RiskLevel, settings: EscalationSettings, calendar: BusinessCalendar): number {
  const respondBy = settings.levels[level].respondBy;
  return respondBy
    ? Math.max(60, durationMinutes(respondBy, calendar))
    : durationMinutes({ amount: 1, unit: 'days' }, calendar);
}

export function lateSteps(
  incidents: readonly ReviewIncident[],
  milestones: ReadonlyMap<string, Milestones>,
  settings: EscalationSettings,
  calendar: BusinessCalendar,
  window: Window,
  now: number,
): LateItem[] {
  const late: LateItem[] = [];
  const hours = (from: number, to: number) => businessHours(from, to, calendar);
  for (const incident of incidents) {
    const level = incident.level;
    const steps = stepsOf(incident, milestones.get(incident.id));
    const reported = steps.reported;
    if (!level || reported === undefined || reported < window.from || reported >= window.to) continue;
    const open = !(incident.status && isFinished(incident.status));
    const occurred = incident.occurredAt?.getTime();
    if (occurred !== undefined && occurred < reported) {
      const over = hours(occurred, reported) - reportAllowance(level, settings, calendar) / 60;
      if (over > 0)
        late.push({ id: incident.id, level, step: 'reported', hoursLate: Math.round(over * 10) / 10, waiting: false });
    }
    const check = (step: LateStep, due: Date | null, done: number | undefined) => {
      if (!due) return;
      const end = done ?? (open ? now : undefined);
      if (end === undefined || end <= due.getTime()) return;
      const hoursLate = hours(due.getTime(), end);
      if (hoursLate > 0) late.push({ id: incident.id, level, step, hoursLate, waiting: done === undefined });
    };
    check('acknowledged', incident.respondBy, steps.acknowledged);
    check('resolved', incident.resolveBy, steps.resolved);
  }
  return late.sort((a, b) => b.hoursLate - a.hoursLate);
}
