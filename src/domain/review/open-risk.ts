// Open risk now: the open incidents on the 3×3 matrix, by level and by status, and the overdue ones
// worst first.
import { GRADES, type Grade } from '../grades';
import { RISK_LEVELS, type RiskLevel, severityRank } from '../risk-levels';
import { STATUSES, type Status, isFinished } from '../vocabulary';
import type { BusinessCalendar } from '../calendar/business-calendar';
import type { ReviewIncident } from './review-input';
import { businessHours } from './speed';

export interface OverdueItem {
  readonly id: string;
  readonly level: RiskLevel;
  /** The deadline passed: respond-by while unacknowledged, else resolve-by. */
  readonly deadline: 'respondBy' | 'resolveBy';
  readonly hoursOverdue: number;
}

export interface OpenRisk {
  /** Open incidents per urgency (rows) and impact (columns), indexed by grade. */
  readonly grid: Readonly<Record<Grade, Readonly<Record<Grade, number>>>>;
  readonly byLevel: Readonly<Record<RiskLevel, number>>;
  /** Every incident with a status, finished ones included. */
  readonly byStatus: Readonly<Record<Status, number>>;
  readonly overdue: readonly OverdueItem[];
}

const counts = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function openRiskOf(incidents: readonly ReviewIncident[], calendar: BusinessCalendar, now: number): OpenRisk {
  const grid = Object.fromEntries(GRADES.map((u) => [u, counts(GRADES)])) as Record<Grade, Record<Grade, number>>;
  const byLevel = counts(RISK_LEVELS);
  const byStatus = counts(STATUSES);
  const overdue: OverdueItem[] = [];
  for (const incident of incidents) {
    if (incident.status) byStatus[incident.status]++;
    if (incident.status && isFinished(incident.status)) continue;
    if (incident.urgency && incident.impact) grid[incident.urgency][incident.impact]++;
    if (!incident.level) continue;
    byLevel[incident.level]++;
    const respondBy = incident.acknowledged ? undefined : incident.respondBy?.getTime();
    const resolveBy = incident.resolveBy?.getTime();
    const deadline = respondBy !== undefined && respondBy < now ? 'respondBy' : 'resolveBy';
    const passed = deadline === 'respondBy' ? respondBy : resolveBy;
    if (passed === undefined || passed >= now) continue;
    overdue.push({
      id: incident.id,
      level: incident.level,
      deadline,
      hoursOverdue: businessHours(passed, now, calendar),
    });
  }
  overdue.sort((a, b) => severityRank(a.level) - severityRank(b.level) || b.hoursOverdue - a.hoursOverdue);
  return { grid, byLevel, byStatus, overdue };
}
