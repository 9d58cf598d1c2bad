// escalateNow's marks in the Notifications cell: the raised stage is told once per raise, at once
// (quiet hours or not), not while on hold or finished; a hand-back lowers the stage shown.
import { describe, expect, it } from 'vitest';
import { decideIncident } from '../../../src/domain/escalation/decide';
import type { Incident } from '../../../src/domain/escalation/incident';
import {
  type NotificationRecord,
  raisedByHand,
  stageReached,
  withDelivery,
  withMark,
} from '../../../src/domain/escalation/notification-records';
import { formatRecords, parseRecords } from '../../../src/domain/sweep/record-text';
import { DEFAULT_SETTINGS, type EscalationSettings, calendarOf } from '../../../src/domain/settings/settings';
import { incidentFixture } from '../../support/incident';

const settings: EscalationSettings = {
  ...DEFAULT_SETTINGS,
  executives: ['exec@example.com'],
  managers: { default: ['boss@example.com'] },
};
const calendar = calendarOf(settings, 'Asia/Tokyo');
const REPORTED = new Date('2026-11-24T09:00:00+09:00'); // Tuesday
const RAISED = new Date('2026-11-24T10:07:30+09:00');

function incident(records: NotificationRecord[], overrides: Partial<Incident> = {}): Incident {
  return incidentFixture({ reportedAt: REPORTED, level: 'low', records, ...overrides });
}

function due(subject: Incident, at: Date): string[] {
  return decideIncident(subject, settings, calendar, at).notices.map((n) => `${n.key}→${n.recipient}`);
}

describe('a stage raised by hand', () => {
  it('tells the managers and executives at stage 3 once, and not again on the next runs', () => {
    const raised = withMark([], 'raise3', RAISED);
    expect(due(incident(raised), RAISED)).toEqual(['raised3→boss@example.com', 'raised3→exec@example.com']);
    const told = withDelivery(
      withDelivery(raised, 'raised3', 'boss@example.com', RAISED),
      'raised3',
      'exec@example.com',
      RAISED,
    );
    expect(due(incident(told), RAISED)).toEqual([]);
    expect(due(incident(told), new Date('2026-11-25T10:00:00+09:00'))).toEqual([]);
    expect(stageReached(told)).toBe(3);
  });

  it('tells only the managers at stage 2, even outside business hours', () => {
    const night = new Date('2026-11-24T23:00:00+09:00');
    expect(due(incident(withMark([], 'raise2', night)), night)).toEqual(['raised2→boss@example.com']);
  });

  it('is told again after a second raise, and not while on hold or once resolved', () => {
    const first = withDelivery(withMark([], 'raise2', RAISED), 'raised2', 'boss@example.com', RAISED);
    const later = new Date('2026-11-24T14:00:00+09:00');
    expect(due(incident(withMark(first, 'raise2', later)), later)).toEqual(['raised2→boss@example.com']);
    const pending = withMark([], 'raise2', RAISED);
    expect(due(incident(pending, { status: 'onHold' }), RAISED)).toEqual([]);
    expect(due(incident(pending, { status: 'resolved' }), RAISED)).toEqual([]);
  });

  it('is cancelled by a later hand-back, which also brings the stage shown back to the site', () => {
    const told = withDelivery(withMark([], 'raise3', RAISED), 'raised3', 'boss@example.com', RAISED);
    const back = withMark(told, 'back', new Date('2026-11-24T11:00:00+09:00'));
    expect(raisedByHand(back)).toBeUndefined();
    expect(stageReached(back)).toBe(0);
    expect(due(incident(withMark(withMark([], 'raise2', RAISED), 'back', RAISED)), RAISED)).toEqual([]);
  });

  it('round-trips through the Notifications cell in both languages', () => {
    const records = withDelivery(
      withMark(withMark([], 'raise3', RAISED), 'ack', RAISED),
      'raised3',
      'boss@example.com',
      RAISED,
    );
    const ja = formatRecords(records, 'ja', 'Asia/Tokyo');
    expect(ja).toBe(
      [
        '2026-11-24 10:07 今すぐエスカレーション（第3段階へ）を依頼',
        '2026-11-24 10:07 確認を記録',
        '2026-11-24 10:07 今すぐエスカレーション・第3段階 → boss@example.com（1回）',
      ].join('\n'),
    );
    const en = formatRecords(records, 'en', 'Asia/Tokyo');
    expect(en).toContain('Escalate now asked, to stage 3');
    for (const text of [ja, en]) expect(parseRecords(text, 'Asia/Tokyo')).toEqual(records);
  });
});
