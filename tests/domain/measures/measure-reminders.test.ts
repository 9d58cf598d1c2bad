// The follow-up rules of one measure across weekends and holidays (Tokyo, 09:00–18:00, weekdays,
// Japanese holidays): due soon, overdue, escalated after the grace, effect check, and the records.
import { describe, expect, it } from 'vitest';
import { type Measure } from '../../../src/domain/measures/measure-row';
import {
  type MeasureContext,
  decideMeasure,
  measureDeadline,
  measureWarningAt,
} from '../../../src/domain/measures/measure-reminders';
import {
  formatMeasureRecords,
  parseMeasureRecords,
  withMeasureDelivery,
} from '../../../src/domain/measures/measure-records';
import { DEFAULT_SETTINGS, calendarOf } from '../../../src/domain/settings/settings';
import { measureFixture } from '../../support/measure';

const TZ = 'Asia/Tokyo';
const cal = calendarOf(DEFAULT_SETTINGS, TZ);
const at = (local: string) => new Date(`${local}+09:00`);

const measure = (over: Partial<Measure> = {}): Measure =>
  measureFixture({
    owner: 'owner@example.com',
    dueAt: at('2026-11-20T00:00:00'), // Friday; Monday 23 November is a holiday (勤労感謝の日)
    ...over,
  });

const ctx: MeasureContext = {
  owner: 'owner@example.com',
  managers: ['boss@example.com'],
  incidentOpen: true,
  repeat: { amount: 1, unit: 'days' },
};

const keys = (m: Measure, now: string, c = ctx) =>
  decideMeasure(m, c, DEFAULT_SETTINGS, cal, at(now)).reminders.map((r) => `${r.key}:${r.recipient}`);

describe('a measure due on a Friday before a holiday Monday', () => {
  it('is due at the close of business that day, and warns a quarter of a business day before', () => {
    expect(measureDeadline(measure().dueAt!, cal)).toEqual(at('2026-11-20T18:00:00'));
    expect(measureWarningAt(at('2026-11-20T18:00:00'), DEFAULT_SETTINGS, cal)).toEqual(at('2026-11-20T15:45:00'));
    // Due Tuesday morning after the holiday: the span reaches back over the weekend and the holiday.
    expect(measureWarningAt(at('2026-11-24T10:00:00'), DEFAULT_SETTINGS, cal)).toEqual(at('2026-11-20T16:45:00'));
  });

  it('warns once, then is overdue to the owner, and reaches the managers after two business days', () => {
    expect(keys(measure(), '2026-11-20T15:00:00')).toEqual([]);
    expect(keys(measure(), '2026-11-20T16:10:00')).toEqual(['warn:owner@example.com']);
    const warned = measure({ notifications: '2026-11-20 16:10 対策の期限間近 → owner@example.com（1回）' });
    expect(keys(warned, '2026-11-20T17:10:00')).toEqual([]);
    expect(keys(warned, '2026-11-24T09:10:00')).toEqual(['overdue:owner@example.com']);
    // Grace: two business days from Friday 18:00 — Tuesday and Wednesday (Monday is a holiday).
    const told = measure({ notifications: '2026-11-24 09:10 対策の期限超過 → owner@example.com（1回）' });
    // Wednesday: the owner again (one business day on), the managers not yet (the grace ends at 18:00).
    expect(keys(told, '2026-11-25T17:10:00')).toEqual(['overdue:owner@example.com']);
    expect(keys(told, '2026-11-26T09:10:00')).toEqual(['overdue:owner@example.com', 'escalated:boss@example.com']);
  });

  it('repeats at the level interval up to the reminder cap, and says when it may next change', () => {
    const told = measure({ notifications: '2026-11-24 09:10 対策の期限超過 → owner@example.com（10回）' });
    expect(keys(told, '2026-11-25T09:10:00')).toEqual([]);
    const once = measure({ notifications: '2026-11-24 09:10 Measure overdue → owner@example.com (1 time)' });
    const decision = decideMeasure(once, ctx, DEFAULT_SETTINGS, cal, at('2026-11-24T10:10:00'));
    expect(decision.reminders).toEqual([]);
    expect(new Date(decision.nextCheck)).toEqual(at('2026-11-25T08:55:00'));
  });

  it('is not reminded once done, dropped, or when its incident is finished', () => {
    expect(keys(measure({ status: 'dropped' }), '2026-11-24T09:10:00')).toEqual([]);
    expect(keys(measure(), '2026-11-24T09:10:00', { ...ctx, incidentOpen: false })).toEqual([]);
    expect(keys(measure({ status: 'done', doneAt: at('2026-11-24T09:00:00') }), '2026-11-24T09:10:00')).toEqual([]);
  });

  it('reminds the effect check once, ten business days after it was done, unless checked', () => {
    const done = measure({ status: 'done', doneAt: at('2026-11-20T10:00:00') });
    // 10 business days from Friday 20 Nov 10:00, skipping 23 Nov: Monday 7 December 10:00.
    expect(keys(done, '2026-12-07T09:30:00')).toEqual([]);
    expect(keys(done, '2026-12-07T10:10:00')).toEqual(['effect:owner@example.com']);
    const told = measure({ ...done, notifications: '2026-12-07 10:10 効果確認の時期 → owner@example.com（1回）' });
    expect(keys(told, '2026-12-10T10:10:00')).toEqual([]);
    expect(keys(measure({ ...done, effectResult: '再発なし' }), '2026-12-07T10:10:00')).toEqual([]);
  });

  it('names an unreadable cell to the owner once', () => {
    const bad = measure({ dueAt: null, unreadable: ['dueAt'] });
    expect(keys(bad, '2026-11-24T09:10:00')).toEqual(['unreadable:owner@example.com']);
    const told = measure({ ...bad, notifications: '2026-11-24 09:10 読めないセル → owner@example.com（1回）' });
    expect(keys(told, '2026-11-25T09:10:00')).toEqual([]);
  });
});

describe('the 通知記録 cell of a measure', () => {
  it('reads back what it writes, in either language, and drops a line a person edited', () => {
    const records = withMeasureDelivery([], 'overdue', 'owner@example.com', at('2026-11-24T09:10:30'));
    const ja = formatMeasureRecords(records, 'ja', TZ);
    expect(ja).toBe('2026-11-24 09:10 対策の期限超過 → owner@example.com（1回）');
    const en = formatMeasureRecords(
      withMeasureDelivery(records, 'overdue', 'owner@example.com', at('2026-11-25T09:10:00')),
      'en',
      TZ,
    );
    expect(en).toBe('2026-11-25 09:10 Measure overdue → owner@example.com (2 times)');
    expect(parseMeasureRecords(`${en}\n何か書いた`, TZ)).toEqual([
      { key: 'overdue', recipient: 'owner@example.com', count: 2, at: at('2026-11-25T09:10:00') },
    ]);
  });
});
