// The stage rules at every edge: just before and just after each deadline, acknowledgement,
// re-escalation past resolve-by, quiet hours, holds, repeats and the reminder cap.
import { describe, expect, it } from 'vitest';
import { decideIncident } from '../../../src/domain/escalation/decide';
import type { Incident } from '../../../src/domain/escalation/incident';
import { incidentFixture } from '../../support/incident';
import { type NotificationRecord, withDelivery } from '../../../src/domain/escalation/notification-records';
import { DEFAULT_SETTINGS, type EscalationSettings, calendarOf } from '../../../src/domain/settings/settings';

const settings: EscalationSettings = {
  ...DEFAULT_SETTINGS,
  executives: ['exec@example.com'],
  managers: { default: ['boss@example.com'] },
};
const calendar = calendarOf(settings, 'Asia/Tokyo');
const REPORTED = '2026-11-24T09:00:00+09:00'; // Tuesday

function incident(overrides: Partial<Incident> = {}): Incident {
  return incidentFixture({ reportedAt: new Date(REPORTED), ...overrides });
}

function due(subject: Incident, iso: string, s = settings): string[] {
  return decideIncident(subject, s, calendar, new Date(iso)).notices.map((n) => `${n.key}→${n.recipient}`);
}

/** The manager and executive notices only: the owner's early warnings are tested on their own. */
function escalations(subject: Incident, iso: string, s = settings): string[] {
  return due(subject, iso, s).filter((n) => !n.startsWith('warn'));
}

function sentAt(subject: Incident, iso: string): NotificationRecord[] {
  const decision = decideIncident(subject, settings, calendar, new Date(iso));
  return decision.notices.reduce<NotificationRecord[]>(
    (records, n) => withDelivery(records, n.key, n.recipient, new Date(iso)),
    [...decision.records],
  );
}

describe('very high', () => {
  it('goes to stage 3 (managers and executives) at once, even at night', () => {
    const night = incident({ level: 'veryHigh', reportedAt: new Date('2026-11-24T23:30:00+09:00') });
    expect(due(night, '2026-11-24T23:30:00+09:00')).toEqual(['respond3→boss@example.com', 'respond3→exec@example.com']);
  });
  it('reminds every run until acknowledged, but never twice in the same run', () => {
    const subject = incident({ level: 'veryHigh' });
    const records = sentAt(subject, '2026-11-24T09:05:00+09:00');
    expect(due({ ...subject, records }, '2026-11-24T09:05:00+09:00')).toEqual([]);
    expect(due({ ...subject, records }, '2026-11-24T09:49:00+09:00')).toEqual([]);
    expect(due({ ...subject, records }, '2026-11-24T09:50:00+09:00')).toHaveLength(2);
    expect(due({ ...subject, records, acknowledged: true }, '2026-11-24T10:05:00+09:00')).toEqual([]);
  });
  it('holds its repeats overnight for business hours by default, and sends them every run when set so', () => {
    const evening = incident({ level: 'veryHigh', reportedAt: new Date('2026-11-24T17:30:00+09:00') });
    const records = sentAt(evening, '2026-11-24T17:30:00+09:00');
    const held = decideIncident({ ...evening, records }, settings, calendar, new Date('2026-11-24T19:10:00+09:00'));
    expect(held.notices).toEqual([]);
    // The gate wakes the run when business hours open on Wednesday.
    expect(new Date(held.nextCheck).toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(due({ ...evening, records }, '2026-11-25T09:10:00+09:00')).toHaveLength(2);
    const everyRun = { ...settings, veryHighRepeatsOvernight: 'everyRun' as const };
    expect(due({ ...evening, records }, '2026-11-24T19:10:00+09:00', everyRun)).toHaveLength(2);
    // The weekend too: a Friday-night incident's repeats wait for Monday's opening.
    const friday = incident({ level: 'veryHigh', reportedAt: new Date('2026-11-27T22:00:00+09:00') });
    expect(due(friday, '2026-11-27T22:00:00+09:00')).toHaveLength(2);
    const told = sentAt(friday, '2026-11-27T22:00:00+09:00');
    expect(due({ ...friday, records: told }, '2026-11-28T10:00:00+09:00')).toEqual([]);
    expect(due({ ...friday, records: told }, '2026-11-30T09:10:00+09:00')).toHaveLength(2);
  });
  it('stops at the reminder cap', () => {
    const capped: NotificationRecord[] = ['boss@example.com', 'exec@example.com'].map((recipient) => ({
      key: 'respond3',
      recipient,
      count: settings.reminderCap,
      at: new Date('2026-11-24T09:05:00+09:00'),
    }));
    expect(due(incident({ level: 'veryHigh', records: capped }), '2026-11-24T11:05:00+09:00')).toEqual([]);
  });
});

describe('high (respond by 4 h, resolve by 1 business day, stage 3 a business day after respond-by)', () => {
  it('warns the owner at 75% of the way to respond-by, once', () => {
    expect(due(incident(), '2026-11-24T11:59:00+09:00')).toEqual([]);
    expect(due(incident(), '2026-11-24T12:00:00+09:00')).toEqual(['warnRespond→owner@example.com']);
    const records = sentAt(incident(), '2026-11-24T12:00:00+09:00');
    expect(due(incident({ records }), '2026-11-24T12:59:00+09:00')).toEqual([]);
  });
  it('tells the manager when respond-by passes unacknowledged, not a minute before', () => {
    const records = sentAt(incident(), '2026-11-24T12:00:00+09:00');
    expect(due(incident({ records }), '2026-11-24T12:59:00+09:00')).toEqual([]);
    expect(due(incident({ records }), '2026-11-24T13:00:00+09:00')).toEqual(['respond2→boss@example.com']);
    expect(due(incident({ records, acknowledged: true }), '2026-11-24T13:00:00+09:00')).toEqual([]);
  });
  it("uses the row's own manager over the settings' routing", () => {
    expect(due(incident({ managerEmails: ['own-boss@example.com'] }), '2026-11-24T13:00:00+09:00')).toContain(
      'respond2→own-boss@example.com',
    );
  });
  it('repeats the manager notice after the repeat interval (4 business hours)', () => {
    const records = sentAt(incident(), '2026-11-24T13:05:00+09:00');
    // Due 4 business hours on (17:05), seen up to 15 minutes early because hourly triggers drift.
    expect(escalations(incident({ records }), '2026-11-24T16:49:00+09:00')).toEqual([]);
    expect(escalations(incident({ records }), '2026-11-24T16:50:00+09:00')).toEqual(['respond2→boss@example.com']);
  });
  it('escalates again past resolve-by, even though acknowledged before it', () => {
    const acked = incident({
      acknowledged: true,
      records: [{ key: 'ack', recipient: '', count: 0, at: new Date('2026-11-24T13:30:00+09:00') }],
    });
    expect(escalations(acked, '2026-11-24T17:59:00+09:00')).toEqual([]);
    expect(escalations(acked, '2026-11-25T08:59:00+09:00')).toEqual([]);
    expect(escalations(acked, '2026-11-25T09:00:00+09:00')).toEqual([
      'resolve3→boss@example.com',
      'resolve3→exec@example.com',
    ]);
  });
  it('stops the re-escalation once acknowledged after resolve-by', () => {
    const lateAck = incident({
      acknowledged: true,
      records: [{ key: 'ack', recipient: '', count: 0, at: new Date('2026-11-25T09:30:00+09:00') }],
    });
    expect(escalations(lateAck, '2026-11-25T10:00:00+09:00')).toEqual([]);
  });
  it('goes to stage 3 a business day after respond-by when resolve-by is further out', () => {
    const slow: EscalationSettings = {
      ...settings,
      levels: { ...settings.levels, high: { ...settings.levels.high, resolveBy: { amount: 5, unit: 'days' } } },
    };
    expect(escalations(incident(), '2026-11-25T12:59:00+09:00', slow)).toContain('respond2→boss@example.com');
    expect(escalations(incident(), '2026-11-25T13:00:00+09:00', slow)).toEqual([
      'respond3→boss@example.com',
      'respond3→exec@example.com',
    ]);
  });
  it('waits for business hours (quiet hours) and skips finished or on-hold incidents', () => {
    expect(escalations(incident(), '2026-11-24T18:30:00+09:00')).toEqual([]);
    expect(escalations(incident(), '2026-11-25T09:10:00+09:00')).toContain('resolve3→exec@example.com');
    expect(escalations(incident({ status: 'resolved' }), '2026-11-25T09:10:00+09:00')).toEqual([]);
    expect(escalations(incident({ status: 'onHold' }), '2026-11-25T09:10:00+09:00')).toEqual([]);
  });
});

describe('medium and low', () => {
  it('medium goes to the manager only when resolve-by (5 business days) passes', () => {
    const medium = incident({ level: 'medium' });
    expect(escalations(medium, '2026-11-30T17:59:00+09:00')).toEqual([]);
    expect(escalations(medium, '2026-11-30T18:00:00+09:00')).toEqual([]); // quiet: 18:00 is closing time
    expect(escalations(medium, '2026-12-01T09:00:00+09:00')).toEqual(['resolve2→boss@example.com']);
  });
  it('low reminds only its owner, never a manager', () => {
    const low = incident({ level: 'low' });
    expect(escalations(low, '2026-12-08T09:10:00+09:00')).toEqual(['resolve1→owner@example.com']);
  });
  it('flags a manager notice with nobody to receive it', () => {
    const nobody = { ...settings, managers: {} };
    const decision = decideIncident(
      incident({ level: 'medium' }),
      nobody,
      calendar,
      new Date('2026-12-01T09:00:00+09:00'),
    );
    expect(decision.noManager).toBe(true);
    expect(decision.notices).toEqual([]);
  });
});

describe('holds (保留)', () => {
  it('starts a hold when first seen and pushes the deadlines out by the business time held', () => {
    const held = decideIncident(
      incident({ status: 'onHold' }),
      settings,
      calendar,
      new Date('2026-11-24T10:00:00+09:00'),
    );
    expect(held.book.holdSince).toEqual(new Date('2026-11-24T10:00:00+09:00'));
    const resumed = incident({ holdSince: new Date('2026-11-24T10:00:00+09:00') });
    const after = decideIncident(resumed, settings, calendar, new Date('2026-11-24T12:00:00+09:00'));
    expect(after.book).toMatchObject({ holdSince: null, holdMinutes: 120 });
    expect(after.respondBy).toEqual(new Date('2026-11-24T15:00:00+09:00'));
    expect(after.resolveBy).toEqual(new Date('2026-11-25T11:00:00+09:00'));
  });
  it('records when an incident was resolved', () => {
    const done = decideIncident(
      incident({ status: 'closed' }),
      settings,
      calendar,
      new Date('2026-11-24T15:00:00+09:00'),
    );
    expect(done.book.resolvedAt).toEqual(new Date('2026-11-24T15:00:00+09:00'));
  });
});
