// The next check is never late: for incidents of every level, with and without earlier notices and
// acknowledgement, at every 20 minutes over two weeks, no notice falls due before the moment
// nextCheck names, within the three hours the hourly run trusts it for.
import { describe, expect, it } from 'vitest';
import { decideIncident } from '../../../src/domain/escalation/decide';
import type { Incident } from '../../../src/domain/escalation/incident';
import { incidentFixture } from '../../support/incident';
import { withDelivery } from '../../../src/domain/escalation/notification-records';
import { DEFAULT_SETTINGS, type EscalationSettings, calendarOf } from '../../../src/domain/settings/settings';
import type { RiskLevel } from '../../../src/domain/risk-levels';

const settings: EscalationSettings = {
  ...DEFAULT_SETTINGS,
  executives: ['exec@example.com'],
  managers: { default: ['boss@example.com'] },
};
const calendar = calendarOf(settings, 'Asia/Tokyo');
const REPORTED = new Date('2026-11-24T16:30:00+09:00'); // Tuesday, late in the day
const MINUTE = 60_000;

function incident(level: RiskLevel, overrides: Partial<Incident> = {}): Incident {
  return incidentFixture({ reportedAt: REPORTED, level, ...overrides });
}

const earlier = withDelivery([], 'respond2', 'boss@example.com', new Date('2026-11-25T10:00:00+09:00'));
const cases: [string, Incident][] = (['veryHigh', 'high', 'medium', 'low'] as RiskLevel[]).flatMap((level) => [
  [`${level}, new`, incident(level)],
  [`${level}, told once`, incident(level, { records: earlier })],
  [`${level}, acknowledged`, incident(level, { acknowledged: true })],
]);

describe('nextCheck', () => {
  it.each(cases)('%s: nothing falls due before it', (_, subject) => {
    let checked = 0;
    for (let t = REPORTED.getTime(); t < REPORTED.getTime() + 14 * 24 * 60 * MINUTE; t += 20 * MINUTE) {
      const now = decideIncident(subject, settings, calendar, new Date(t));
      if (now.notices.length > 0) continue; // something is due now: the run reads and sends anyway
      // The hourly run never trusts the gate for more than three hours (quiet-gate.ts MAX_QUIET_MS).
      const until = Math.min(now.nextCheck, t + 3 * 60 * MINUTE);
      for (let u = t + 10 * MINUTE; u < until; u += 10 * MINUTE) {
        const later = decideIncident(subject, settings, calendar, new Date(u)).notices.map((n) => n.key);
        expect(later, `at ${new Date(u).toISOString()}, checked from ${new Date(t).toISOString()}`).toEqual([]);
        checked++;
      }
    }
    // A very-high incident not yet acknowledged repeats every run: something is due at every step.
    if (subject.level !== 'veryHigh' || subject.acknowledged) expect(checked).toBeGreaterThan(0);
  });

  it('is Infinity for a finished or held incident: only an edit changes those', () => {
    const at = new Date('2026-11-25T10:00:00+09:00');
    expect(decideIncident(incident('high', { status: 'resolved' }), settings, calendar, at).nextCheck).toBe(Infinity);
    expect(decideIncident(incident('high', { status: 'onHold' }), settings, calendar, at).nextCheck).toBe(Infinity);
  });

  it('names the respond-by of a new high incident, or its warning point before it', () => {
    const at = new Date('2026-11-24T16:40:00+09:00');
    const d = decideIncident(incident('high'), settings, calendar, at);
    expect(d.nextCheck).toBeGreaterThan(at.getTime());
    expect(d.nextCheck).toBeLessThanOrEqual((d.respondBy as Date).getTime());
  });
});
