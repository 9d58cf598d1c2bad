// Escalation speed (the article's Check): per level, how long each step took, in business hours on
// the document's calendar, for the incidents reported in a window of time.
import { RISK_LEVELS, type RiskLevel } from '../risk-levels';
import { type BusinessCalendar, businessMinutesBetween } from '../calendar/business-calendar';
import { type Milestones, type ReviewIncident, stepsOf } from './review-input';
import { type Spread, spreadOf } from './spread';

export interface LevelSpeed {
  /** Incidents of the level reported in the window. */
  readonly incidents: number;
  /** 報告の遅れ: from occurrence to report. */
  readonly occurrenceToReport: Spread;
  readonly reportToEscalation: Spread;
  readonly reportToAcknowledgement: Spread;
  readonly reportToResolution: Spread;
  /** Of those whose resolve-by has come (resolved or past it), the share resolved by it; null: none. */
  readonly resolvedInTime: number | null;
  /** The share escalated at all (told to a manager or above); null when there were no incidents. */
  readonly escalated: number | null;
}

export type SpeedTable = Readonly<Record<RiskLevel, LevelSpeed>>;

/** Reported at or after `from` and before `to` (ms). */
export interface Window {
  readonly from: number;
  readonly to: number;
}

interface Tally {
  incidents: number;
  occurrenceToReport: number[];
  reportToEscalation: number[];
  reportToAcknowledgement: number[];
  reportToResolution: number[];
  due: number;
  inTime: number;
  escalated: number;
}

const tally = (): Tally => ({
  incidents: 0,
  occurrenceToReport: [],
  reportToEscalation: [],
  reportToAcknowledgement: [],
  reportToResolution: [],
  due: 0,
  inTime: 0,
  escalated: 0,
});

/** Business hours between two instants, to a tenth (what the dashboard shows). */
export function businessHours(from: number, to: number, calendar: BusinessCalendar): number {
  return Math.round(businessMinutesBetween(new Date(from), new Date(to), calendar) / 6) / 10;
}

export function speedOf(
  incidents: readonly ReviewIncident[],
  milestones: ReadonlyMap<string, Milestones>,
  calendar: BusinessCalendar,
  window: Window,
  now: number,
): SpeedTable {
  const tallies = Object.fromEntries(RISK_LEVELS.map((level) => [level, tally()])) as Record<RiskLevel, Tally>;
  const hours = (from: number, to: number) => businessHours(from, to, calendar);
  for (const incident of incidents) {
    const steps = stepsOf(incident, milestones.get(incident.id));
    const reported = steps.reported;
    if (!incident.level || reported === undefined || reported < window.from || reported >= window.to) continue;
    const t = tallies[incident.level];
    t.incidents++;
    const occurred = incident.occurredAt?.getTime();
    if (occurred !== undefined && occurred <= reported) t.occurrenceToReport.push(hours(occurred, reported));
    if (steps.escalated !== undefined) {
      t.escalated++;
      t.reportToEscalation.push(hours(reported, Math.max(reported, steps.escalated)));
    }
    if (steps.acknowledged !== undefined)
      t.reportToAcknowledgement.push(hours(reported, Math.max(reported, steps.acknowledged)));
    if (steps.resolved !== undefined) t.reportToResolution.push(hours(reported, Math.max(reported, steps.resolved)));
    const resolveBy = incident.resolveBy?.getTime();
    if (resolveBy !== undefined && (steps.resolved !== undefined || now > resolveBy)) {
      t.due++;
      if (steps.resolved !== undefined && steps.resolved <= resolveBy) t.inTime++;
    }
  }
  return Object.fromEntries(
    RISK_LEVELS.map((level) => {
      const t = tallies[level];
      const speed: LevelSpeed = {
        incidents: t.incidents,
        occurrenceToReport: spreadOf(t.occurrenceToReport),
        reportToEscalation: spreadOf(t.reportToEscalation),
        reportToAcknowledgement: spreadOf(t.reportToAcknowledgement),
        reportToResolution: spreadOf(t.reportToResolution),
        resolvedInTime: t.due === 0 ? null : t.inTime / t.due,
        escalated: t.incidents === 0 ? null : t.escalated / t.incidents,
      };
      return [level, speed];
    }),
  ) as SpeedTable;
}
