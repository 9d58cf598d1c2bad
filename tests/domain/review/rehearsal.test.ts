// The rehearsal against timelines worked out by hand: a weekend, a Japanese holiday, quiet hours.
import { describe, expect, it } from 'vitest';
import { rehearse } from '../../../src/domain/review/rehearsal';
import { DEFAULT_SETTINGS, type EscalationSettings, calendarOf } from '../../../src/domain/settings/settings';
import { incidentFixture } from '../../support/incident';

const settings: EscalationSettings = {
  ...DEFAULT_SETTINGS,
  executives: ['exec@example.com'],
  managers: { default: ['boss@example.com'] },
  recipientLanguages: { 'exec@example.com': 'en' },
};
const calendar = calendarOf(settings, 'Asia/Tokyo');
const jst = (text: string) => new Date(`${text}:00+09:00`);
const line = (s: { at: Date; recipient: string; key: string; lang: string }) =>
  `${s.at.toISOString()} ${s.key} ${s.recipient} ${s.lang}`;

describe('a rehearsal', () => {
  it('walks a high incident reported on Friday afternoon over the weekend and the holiday Monday', () => {
    // Friday 20 November 16:00; Monday 23 November is 勤労感謝の日.
    const incident = incidentFixture({
      level: 'high',
      reportedAt: jst('2026-11-20T16:00'),
      ownerEmail: 'owner@example.com',
    });
    const timeline = rehearse(incident, settings, calendar, jst('2026-11-20T16:10'), 'ja');
    expect(timeline.steps.slice(0, 6).map(line)).toEqual([
      // Warned at 75% of the way to respond-by (4 business hours: Fri 2 h + Tue 2 h → Tue 11:00).
      `${jst('2026-11-24T10:10').toISOString()} warnRespond owner@example.com ja`,
      // Respond-by passes Tuesday 11:00: the manager, at the first run after it.
      `${jst('2026-11-24T11:10').toISOString()} respond2 boss@example.com ja`,
      // Resolve-by (1 business day = 9 h: Fri 2 h + Tue 7 h → Tue 16:00), warned at 75%.
      `${jst('2026-11-24T14:10').toISOString()} warnResolve owner@example.com ja`,
      // The manager reminded after the 4-hour repeat, still unacknowledged.
      `${jst('2026-11-24T15:10').toISOString()} respond2 boss@example.com ja`,
      // Resolve-by passes at 16:00 and re-escalates to stage 3: the executive reads English.
      `${jst('2026-11-24T16:10').toISOString()} resolve3 boss@example.com ja`,
      `${jst('2026-11-24T16:10').toISOString()} resolve3 exec@example.com en`,
    ]);
    // Nothing at night or at the weekend: every step is in business hours.
    for (const step of timeline.steps) {
      const hour = Number(step.at.toLocaleString('en-US', { timeZone: 'Asia/Tokyo', hour: 'numeric', hour12: false }));
      expect(hour >= 9 && hour < 18).toBe(true);
    }
  });

  it('stops at its limit of steps and says so', () => {
    const incident = incidentFixture({ level: 'veryHigh', reportedAt: jst('2026-11-24T09:00') });
    const timeline = rehearse(incident, { ...settings, reminderCap: 100 }, calendar, jst('2026-11-24T09:10'), 'ja');
    expect(timeline.steps.length).toBeLessThanOrEqual(200);
    expect(timeline.steps[0]?.key).toBe('respond3');
  });
});
