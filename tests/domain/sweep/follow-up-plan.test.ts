// The follow-up plan over a sweep's rows: measures glued to their incidents, the retrospective
// reminder, the reporter's news (since when, not their own acts, owed when their digest did not go),
// and the follow-up items in a digest (both languages, counted in the subject, after the notices).
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../../../src/domain/incident-columns';
import { DEFAULT_SETTINGS, calendarOf } from '../../../src/domain/settings/settings';
import { planSweep } from '../../../src/domain/sweep/sweep-plan';
import {
  EMPTY_FOLLOW_UP_STATE,
  type FollowUpState,
  planFollowUp,
  retrospectiveCandidates,
} from '../../../src/domain/sweep/follow-up-plan';
import type { Measure } from '../../../src/domain/measures/measure-row';
import type { HistoryEvent } from '../../../src/domain/history/history-events';
import { DIGEST_ITEM_LIMIT, draftDigests, writeDigests } from '../../../src/domain/notices/digest';
import { withFollowUps } from '../../../src/domain/notices/follow-up-drafts';
import { measureFixture } from '../../support/measure';

const TZ = 'Asia/Tokyo';
const at = (local: string) => new Date(`${local}+09:00`);
const settings = { ...DEFAULT_SETTINGS, managers: { default: ['boss@example.com'] } };
const cal = calendarOf(settings, TZ);

const ROWS: Partial<Record<IncidentColumn, unknown>>[] = [
  {
    id: 'INC-0001',
    reportedAt: at('2026-12-01T09:00:00'),
    summary: '品質不良',
    impact: '中',
    urgency: '中',
    status: '対応中',
    reporter: 'rep@example.com',
    owner: 'owner@example.com',
    acknowledgedBy: 'boss@example.com',
  },
  {
    id: 'INC-0002',
    reportedAt: at('2026-11-19T09:00:00'),
    summary: '失注',
    impact: '中',
    urgency: '高',
    status: '解決済み',
    owner: 'owner2@example.com',
    acknowledgedBy: 'boss@example.com',
    resolvedAt: at('2026-11-20T10:00:00'),
  },
];

function plan(now: Date) {
  const values = [
    INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja),
    ...ROWS.map((r) => INCIDENT_COLUMN_KEYS.map((k) => r[k] ?? '')),
  ];
  return planSweep({ values, settings, calendar: cal, lang: 'ja', now, idFloor: 0 });
}

const measure = (over: Partial<Measure>): Measure => measureFixture({ dueAt: at('2026-12-01T00:00:00'), ...over });

const event = (local: string, kind: HistoryEvent['kind'], by: string, detail = ''): HistoryEvent => ({
  at: at(local),
  id: 'INC-0001',
  kind,
  by,
  detail,
});

function followUp(now: Date, extra: { measures?: Measure[]; events?: HistoryEvent[]; state?: FollowUpState }) {
  const p = plan(now);
  return planFollowUp({
    plan: p,
    measures: extra.measures ?? [],
    events: extra.events ?? [],
    missingRetrospectives: new Set(retrospectiveCandidates(p, settings, cal, 'ja', now)),
    state: extra.state ?? EMPTY_FOLLOW_UP_STATE,
    settings,
    calendar: cal,
    lang: 'ja',
    now,
  });
}

describe('the follow-up plan', () => {
  it("sends a measure without its own owner to the incident's owner, and records it only when told", () => {
    const now = at('2026-12-02T09:10:00');
    const f = followUp(now, { measures: [measure({})] });
    expect(f.items.map((i) => `${i.kind}:${i.recipient}`)).toContain('overdue:owner@example.com');
    expect(f.measureCells(new Set()).size).toBe(0);
    expect(f.measureCells(new Set(['owner@example.com'])).get(2)).toBe(
      '2026-12-02 09:10 対策の期限超過 → owner@example.com（1回）',
    );
  });

  it('reminds the owner of a resolved high incident without a retrospective, then waits the repeat interval', () => {
    const now = at('2026-12-02T09:10:00');
    const first = followUp(now, {});
    expect(first.items.filter((i) => i.kind === 'retrospective').map((i) => i.recipient)).toEqual([
      'owner2@example.com',
    ]);
    const state = first.nextState(new Set(['owner2@example.com']));
    expect(state.retrospectives['INC-0002']).toEqual({ at: now.getTime(), count: 1 });
    expect(followUp(at('2026-12-02T11:10:00'), { state }).items).toEqual([]);
    // Four business hours on (the high level's repeat): again.
    expect(followUp(at('2026-12-02T13:10:00'), { state }).items.map((i) => i.kind)).toEqual(['retrospective']);
  });

  it("tells the reporter others' acts since they were last told, in one item, and keeps it owed when not sent", () => {
    const since = at('2026-12-02T09:00:00').getTime();
    const state: FollowUpState = { ...EMPTY_FOLLOW_UP_STATE, feedbackSince: since };
    const events = [
      event('2026-12-02T08:30:00', 'acknowledged', 'boss@example.com'), // told before
      event('2026-12-02T09:20:00', 'acknowledged', 'boss@example.com'),
      event('2026-12-02T09:30:00', 'instructed', 'boss@example.com', '代替品を手配'),
      event('2026-12-02T09:40:00', 'resolved', 'rep@example.com'), // the reporter's own act
      event('2026-12-02T10:10:00', 'resolved', ''), // recorded by this very run: told next time
    ];
    const now = at('2026-12-02T10:10:00');
    const f = followUp(now, { events, state });
    const news = f.items.filter((i) => i.kind === 'feedback');
    expect(news).toHaveLength(1);
    expect(news[0]!.events!.map((e) => e.kind)).toEqual(['acknowledged', 'instructed']);
    expect(f.nextState(new Set()).owed).toEqual({ 'rep@example.com': since });
    expect(f.nextState(new Set(['rep@example.com']))).toMatchObject({ feedbackSince: now.getTime(), owed: {} });
  });

  it('writes the items after the notices, in both languages, counted in the subject', () => {
    const now = at('2026-12-02T10:10:00');
    const f = followUp(now, {
      measures: [measure({}), measure({ sheetRow: 3, status: 'done', doneAt: at('2026-11-01T10:00:00') })],
    });
    const drafts = withFollowUps(draftDigests([]), f.items);
    const ctx = {
      lang: 'ja' as const,
      timeZone: TZ,
      spreadsheetUrl: 'https://x/edit',
      sheetGid: 0,
      now,
      measuresGid: 7,
    };
    const [owner] = writeDigests(drafts, ctx).filter((d) => d.recipient === 'owner@example.com');
    expect(owner!.subject).toBe('【エスカレーション】対策 1件・効果確認 1件');
    expect(owner!.text).toContain('https://x/edit#gid=7&range=A3');
    const en = writeDigests(drafts, { ...ctx, languages: { 'owner@example.com': 'en' } }).find(
      (d) => d.recipient === 'owner@example.com',
    );
    expect(en!.subject).toBe('[Escalation] Measures 1, Effect checks 1');
    expect(en!.text).toContain('Measure overdue');
    // Past the item limit the rest are counted with a link, and the subject still counts them all.
    const many = Array.from({ length: 80 }, (_, n) => measure({ sheetRow: n + 2, measure: `対策${n}` }));
    const big = writeDigests(withFollowUps([], followUp(now, { measures: many }).items), ctx).find(
      (d) => d.recipient === 'owner@example.com',
    )!;
    expect(big.subject).toBe('【エスカレーション】対策 80件');
    expect(big.text).toContain(`ほか${80 - DIGEST_ITEM_LIMIT}件はシートで確認してください`);
    expect(big.text.match(/対策の期限超過/g)).toHaveLength(DIGEST_ITEM_LIMIT);
  });
});
