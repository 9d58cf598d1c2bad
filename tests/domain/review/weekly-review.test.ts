import { describe, expect, it } from 'vitest';
import { jst, reviewIncident, tokyo } from '../../support/review';
import type { HistoryEvent } from '../../../src/domain/history/history-events';
import type { Measure } from '../../../src/domain/measures/measure-row';
import { escapeHtml } from '../../../src/domain/notices/digest';
import type { ReviewIncident } from '../../../src/domain/review/review-input';
import { hasNews, reviewWeekStart, weeklyMail, weeklyReviewOf } from '../../../src/domain/review/weekly-review';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { measureFixture } from '../../support/measure';

const calendar = tokyo;
const MONDAY_OPENING = { weekday: 1, minute: 540 };

const incident = (id: string, fields: Partial<ReviewIncident>) => reviewIncident(id, { category: null, ...fields });

const measure = (fields: Partial<Measure>): Measure =>
  measureFixture({
    incidentId: '1',
    measure: '<b>代替品の手配</b>',
    owner: 'sato@example.com',
    dueAt: jst('2026-12-02T00:00'),
    ...fields,
  });

describe('the review week', () => {
  it('starts at Monday’s business opening on the document’s clock', () => {
    expect(reviewWeekStart(jst('2026-12-07T09:00'), MONDAY_OPENING, 'Asia/Tokyo')).toEqual({
      at: jst('2026-12-07T09:00').getTime(),
      key: '2026-12-07',
    });
    // A minute before opening on Monday still belongs to the week before; so does the weekend.
    expect(reviewWeekStart(jst('2026-12-07T08:59'), MONDAY_OPENING, 'Asia/Tokyo').key).toBe('2026-11-30');
    expect(reviewWeekStart(jst('2026-12-05T23:00'), MONDAY_OPENING, 'Asia/Tokyo').key).toBe('2026-11-30');
  });
});

describe('the weekly review', () => {
  const incidents = [
    // Reported in the week reviewed (30 Nov – 6 Dec), acknowledged 2 business hours later, resolved by resolve-by.
    incident('1', { reportedAt: jst('2026-12-01T10:00'), resolveBy: jst('2026-12-03T18:00') }),
    // Reported the week before, resolved in the week reviewed, late.
    incident('2', { reportedAt: jst('2026-11-24T10:00'), resolveBy: jst('2026-11-25T10:00') }),
  ];
  const events: HistoryEvent[] = [
    { at: jst('2026-12-01T10:00'), id: '1', kind: 'reported', by: '', detail: '' },
    { at: jst('2026-12-01T12:00'), id: '1', kind: 'acknowledged', by: '', detail: '' },
    { at: jst('2026-12-02T10:00'), id: '1', kind: 'resolved', by: '', detail: '' },
    { at: jst('2026-11-24T11:00'), id: '2', kind: 'escalated', by: '', detail: '' },
    { at: jst('2026-12-01T10:00'), id: '2', kind: 'resolved', by: '', detail: '' },
  ];
  const review = weeklyReviewOf({
    incidents,
    events,
    measures: [measure({}), measure({ status: 'done' }), measure({ dueAt: jst('2026-12-09T00:00') })],
    settings: DEFAULT_SETTINGS,
    calendar,
    weekStart: jst('2026-12-07T09:00').getTime(),
    now: jst('2026-12-07T09:10'),
  });

  it('counts the week against the one before', () => {
    expect(review.from).toBe('2026-11-30');
    expect(review.to).toBe('2026-12-06');
    expect(review.current).toEqual({
      reported: 1,
      escalated: 0,
      resolved: 2,
      reportToAcknowledgement: 2,
      reportToResolution: 9, // Tue 10:00 → Wed 10:00: 8 + 1 business hours
      resolvedInTime: 0.5,
    });
    expect(review.previous).toMatchObject({ reported: 1, escalated: 1, resolved: 0 });
    expect(review.overdueMeasures.map((m) => m.status)).toEqual(['doing']);
    expect(hasNews(review)).toBe(true);
  });

  it('writes one mail in each language, user text escaped in HTML', () => {
    const ja = weeklyMail(review, 'ja', 'https://example.com/d#gid=5', 'Asia/Tokyo', escapeHtml);
    expect(ja.subject).toBe('【週次レビュー】2026-11-30〜2026-12-06 報告 1件・解決 2件・遅れ 0件');
    expect(ja.text).toContain('報告→確認（中央値）: 2営業時間 (—)');
    expect(ja.text).toContain('1：<b>代替品の手配</b>（担当 sato@example.com、期限 2026-12-02）');
    expect(ja.html).toContain('&#60;b&#62;代替品の手配');
    expect(ja.html).not.toContain('<b>代替品');
    const en = weeklyMail(review, 'en', 'https://example.com/d', 'Asia/Tokyo', escapeHtml);
    expect(en.subject).toBe('[Weekly review] 2026-11-30 to 2026-12-06: 1 reported, 2 resolved, 0 late');
  });

  it('has nothing to say for an empty week', () => {
    const quiet = weeklyReviewOf({
      incidents: [],
      events: [],
      measures: [],
      settings: DEFAULT_SETTINGS,
      calendar,
      weekStart: jst('2026-12-07T09:00').getTime(),
      now: jst('2026-12-07T09:10'),
    });
    expect(hasNews(quiet)).toBe(false);
  });
});
