// Every metric against figures worked out by hand on the calendar: weekends, a Japanese holiday
// (2026-11-23 勤労感謝の日) and a daylight-saving change (New York, 2026-03-08).
import { describe, expect, it } from 'vitest';
import { jst, reviewIncident, tokyo } from '../../support/review';
import type { HistoryEvent } from '../../../src/domain/history/history-events';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { lateSteps } from '../../../src/domain/review/late';
import { openRiskOf } from '../../../src/domain/review/open-risk';
import { milestonesOf } from '../../../src/domain/review/review-input';
import { createCalendar } from '../../../src/domain/calendar/business-calendar';
import { spreadOf } from '../../../src/domain/review/spread';
import { speedOf } from '../../../src/domain/review/speed';
import { monthlyCounts, recurrencesOf, summaryWords } from '../../../src/domain/review/trends';

const at = (text: string) => jst(text).getTime();

const incident = reviewIncident;

const event = (id: string, kind: HistoryEvent['kind'], when: string): HistoryEvent => ({
  at: jst(when),
  id,
  kind,
  by: '',
  detail: '',
});

// A: occurred Friday 17:00, reported Monday 10:00 (1 h + 1 h), escalated 14:00, acknowledged Tuesday
// 10:00, resolved Wednesday 09:30. B: reported on the Friday before the holiday Monday, resolved Tuesday.
const A = incident('A', {
  occurredAt: jst('2026-11-27T17:00'),
  reportedAt: jst('2026-11-30T10:00'),
  respondBy: jst('2026-11-30T14:00'),
  resolveBy: jst('2026-12-01T10:00'),
  status: 'resolved',
  // Typed again by hand later: the history's time stands.
  resolvedAt: jst('2026-12-04T12:00'),
});
const B = incident('B', {
  reportedAt: jst('2026-11-20T17:00'),
  resolveBy: jst('2026-11-24T17:00'),
  resolvedAt: jst('2026-11-24T10:00'),
  status: 'closed',
});
const history = [
  event('A', 'reported', '2026-11-30T10:00'),
  event('A', 'escalated', '2026-11-30T14:00'),
  event('A', 'escalated', '2026-11-30T15:00'),
  event('A', 'acknowledged', '2026-12-01T10:00'),
  event('A', 'resolved', '2026-12-02T09:30'),
];
const now = at('2026-12-05T12:00');
const window = { from: at('2026-11-16T00:00'), to: now };

describe('spread', () => {
  it('takes the middle (mean of two) and the nearest-rank 90th percentile', () => {
    expect(spreadOf([4, 1, 3, 2])).toEqual({ count: 4, median: 2.5, p90: 4 });
    expect(spreadOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ count: 10, median: 5.5, p90: 9 });
    expect(spreadOf([])).toEqual({ count: 0, median: null, p90: null });
  });
});

describe('escalation speed', () => {
  const speed = speedOf([A, B], milestonesOf(history), tokyo, window, now).high;

  it('counts each step in business hours, across a weekend and a holiday', () => {
    expect(speed.incidents).toBe(2);
    expect(speed.occurrenceToReport).toEqual({ count: 1, median: 2, p90: 2 });
    expect(speed.reportToEscalation).toEqual({ count: 1, median: 4, p90: 4 });
    expect(speed.reportToAcknowledgement).toEqual({ count: 1, median: 9, p90: 9 });
    // A: Mon 8 h + Tue 9 h + Wed 0.5 h = 17.5 (the history's time, not the retyped row); B: Fri 1 h + Tue 1 h.
    expect(speed.reportToResolution).toEqual({ count: 2, median: 9.75, p90: 17.5 });
    expect(speed.resolvedInTime).toBe(0.5);
    expect(speed.escalated).toBe(0.5);
  });

  it('leaves out incidents reported outside the window, and levels with none', () => {
    const narrow = speedOf([A, B], milestonesOf(history), tokyo, { from: at('2026-11-25T00:00'), to: now }, now);
    expect(narrow.high.incidents).toBe(1);
    expect(narrow.low).toMatchObject({ incidents: 0, resolvedInTime: null, escalated: null });
  });

  it('counts wall-clock business hours across a daylight-saving change', () => {
    const ny = createCalendar({
      timeZone: 'America/New_York',
      startMinute: 540,
      endMinute: 1080,
      workdays: [1, 2, 3, 4, 5],
      nationalHolidays: false,
      companyDaysOff: [],
    });
    const C = incident('C', {
      reportedAt: new Date('2026-03-06T17:00:00-05:00'),
      resolvedAt: new Date('2026-03-09T10:00:00-04:00'),
    });
    const speedNy = speedOf([C], new Map(), ny, { from: 0, to: Date.parse('2026-04-01') }, Date.parse('2026-04-01'));
    expect(speedNy.high.reportToResolution.median).toBe(2);
  });
});

describe('where it was late', () => {
  it('names the late step and by how much, worst first', () => {
    const C = incident('C', {
      level: 'veryHigh',
      occurredAt: jst('2026-11-30T09:00'),
      reportedAt: jst('2026-11-30T12:00'),
      acknowledged: true,
    });
    const late = lateSteps([A, B, C], milestonesOf(history), DEFAULT_SETTINGS, tokyo, window, now);
    expect(late).toEqual([
      // resolve-by Tue 10:00, resolved Wed 09:30: Tue 8 h + Wed 0.5 h.
      { id: 'A', level: 'high', step: 'resolved', hoursLate: 8.5, waiting: false },
      // respond-by Mon 14:00, acknowledged Tue 10:00: Mon 4 h + Tue 1 h.
      { id: 'A', level: 'high', step: 'acknowledged', hoursLate: 5, waiting: false },
      // Very high allows an hour from occurrence to report; it took 3.
      { id: 'C', level: 'veryHigh', step: 'reported', hoursLate: 2, waiting: false },
    ]);
  });

  it('counts a step still not done as late until now', () => {
    const D = incident('D', { reportedAt: jst('2026-12-04T09:00'), resolveBy: jst('2026-12-04T17:00') });
    // Friday 17:00 → Saturday noon: one business hour (Friday 17–18).
    expect(lateSteps([D], new Map(), DEFAULT_SETTINGS, tokyo, window, now)).toEqual([
      { id: 'D', level: 'high', step: 'resolved', hoursLate: 1, waiting: true },
    ]);
  });
});

describe('open risk now', () => {
  it('counts open incidents on the matrix, by level and status, and lists the overdue worst first', () => {
    const open = [
      incident('1', { level: 'veryHigh', impact: 'high', urgency: 'high', resolveBy: jst('2026-12-04T17:00') }),
      incident('2', { respondBy: jst('2026-12-03T09:00'), resolveBy: jst('2026-12-10T09:00') }),
      incident('3', { acknowledged: true, respondBy: jst('2026-12-03T09:00'), resolveBy: jst('2026-12-10T09:00') }),
      incident('4', { status: 'closed' }),
    ];
    const risk = openRiskOf(open, tokyo, now);
    expect(risk.grid.high.high).toBe(1);
    expect(risk.grid.medium.high).toBe(2);
    expect(risk.byLevel).toEqual({ veryHigh: 1, high: 2, medium: 0, low: 0 });
    expect(risk.byStatus).toMatchObject({ inProgress: 3, closed: 1 });
    expect(risk.overdue).toEqual([
      { id: '1', level: 'veryHigh', deadline: 'resolveBy', hoursOverdue: 1 },
      // Thursday 09:00 → Saturday: Thu 9 h + Fri 9 h.
      { id: '2', level: 'high', deadline: 'respondBy', hoursOverdue: 18 },
    ]);
  });
});

describe('frequency and trends', () => {
  it('counts incidents per category per month for the last twelve months', () => {
    const list = [
      incident('1', { reportedAt: jst('2026-12-01T10:00') }),
      incident('2', { reportedAt: jst('2026-11-30T23:30'), category: null }),
      incident('3', { reportedAt: jst('2025-12-31T23:00') }),
      incident('4', { reportedAt: jst('2025-11-30T10:00') }),
    ];
    const monthly = monthlyCounts(list, 'Asia/Tokyo', new Date(now));
    expect(monthly.months[0]).toBe('2026-01');
    expect(monthly.months[11]).toBe('2026-12');
    expect(monthly.counts.operational[11]).toBe(1);
    expect(monthly.counts.none[10]).toBe(1);
    expect(monthly.counts.operational.reduce((a, b) => a + b)).toBe(1);
  });

  it('finds a repeat by customer or by category and summary words within the window', () => {
    expect([...summaryWords('納期遅延が発生')]).toContain('遅延');
    const list = [
      incident('1', { reportedAt: jst('2026-10-01T10:00'), customer: '株式会社A', summary: '納期遅延が発生' }),
      incident('2', { reportedAt: jst('2026-10-20T10:00'), customer: '株式会社Ａ ', summary: '請求の誤り' }),
      incident('3', { reportedAt: jst('2026-11-10T10:00'), summary: '納期の遅延が再発生' }),
      incident('4', { reportedAt: jst('2026-11-11T10:00'), category: 'financial', summary: '納期の遅延が再発生' }),
      incident('5', { reportedAt: jst('2027-03-01T10:00'), customer: '株式会社A' }),
    ];
    expect(recurrencesOf(list, 60)).toEqual([
      { id: '3', earlierId: '1', basis: 'summary', daysApart: 40 },
      { id: '2', earlierId: '1', basis: 'customer', daysApart: 19 },
    ]);
  });
});
