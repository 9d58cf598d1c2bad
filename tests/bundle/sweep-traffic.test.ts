// What the hourly run moves (issue: the run moves only what it needs), on the built Code.js: the
// report's long texts are read only for the items a digest lists, nothing is composed when the
// day's quota is spent, and a digest of long reports stays under the size Gmail clips.
import { describe, expect, it } from 'vitest';
import { DIGEST_BYTE_LIMIT } from '../../src/domain/notices/digest';
import { type SeedRow, createEscalationEnv } from './escalation-env';

const LONG = '重要顧客からの発注が突然キャンセルされ、支店の年間売上目標に影響が出る可能性があります。'.repeat(8);

/** `count` overdue high-risk incidents with three long texts each, spread over `managers` managers. */
function rows(count: number, managers: number): SeedRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `INC-${String(i + 1).padStart(4, '0')}`,
    reportedAt: '2026-11-16 09:00',
    summary: `案件${i + 1} ${LONG}`,
    actionsTaken: `対応${i + 1} ${LONG}`,
    assessment: `評価${i + 1} ${LONG}`,
    impact: '中',
    urgency: '高',
    status: '対応中',
    managerEmail: `m${i % managers}@example.com`,
  }));
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('the hourly run reads what it decides from', () => {
  it('leaves the long texts on the sheet, reading the report of listed items only', () => {
    const env = createEscalationEnv(rows(600, 2), { start: '2026-11-24T10:10:00+09:00' });
    const textBytes = 600 * 3 * bytes(`案件1 ${LONG}`);
    env.calls.reset();
    env.bundle.call('checkEscalations');
    // Three digests (two managers, the executives) of 15 listed items each: at most their reports
    // are read, in a few windows, never the other texts.
    // The week's review (to the default manager and the executives) is not a digest: left out here.
    const digests = env.mail.outbox.filter((m) => !m.subject.startsWith('【週次レビュー】'));
    expect(digests.map((m) => m.to.join()).sort()).toEqual(['exec@example.com', 'm0@example.com', 'm1@example.com']);
    // The report of the 45 listed rows (15 per digest) of the 600, with room to spare, the decision
    // columns of every row, and the run's own history rows (600 escalations) the dashboard reads back:
    // a sixth of a full read of the texts.
    expect(env.calls.payload.read).toBeLessThan((textBytes * 60) / 600 + 600 * 150 + 600 * 60);
    expect(env.calls.payload.read).toBeLessThan(textBytes / 6);
    const first = env.mail.outbox.find((m) => m.to.includes('m0@example.com'));
    // Each listed item shows its own summary, shortened, read from its row.
    expect(first?.htmlBody).toMatch(/案件1 重要顧客/);
    expect(first?.htmlBody).toContain('…');
    expect(first?.htmlBody).not.toContain(`案件1 ${LONG}`);
    // And the rest of its report, shortened too: what a manager decides from.
    expect(first?.body).toMatch(/現場で行った対応: 対応1 重要顧客.*…/);
  });

  it('composes nothing and reads no summary when the day’s quota is spent, and says so in the log', () => {
    const env = createEscalationEnv(rows(300, 3), { start: '2026-11-24T10:10:00+09:00', quota: 0 });
    env.calls.reset();
    env.bundle.call('checkEscalations');
    expect(env.mail.outbox).toHaveLength(0);
    // The decision columns only: well under a tenth of the three long texts.
    expect(env.calls.payload.read).toBeLessThan((300 * 3 * bytes(LONG)) / 10);
    const log = env.spreadsheet.sheet('エスカレーション記録')?.valuesSnapshot().slice(1) ?? [];
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((row) => String(row[4]).includes('上限'))).toBe(true);
  });

  it('logs a digest held back by the quota once per day it waits, not every hour', () => {
    const env = createEscalationEnv(rows(40, 4), { start: '2026-11-24T10:10:00+09:00', quota: 0 });
    const log = () => env.spreadsheet.sheet('エスカレーション記録')?.valuesSnapshot().slice(1) ?? [];
    env.bundle.call('checkEscalations');
    const first = log().length;
    expect(first).toBeGreaterThan(0);
    for (let h = 0; h < 5; h++) {
      env.clock.advance(3_600_000);
      env.bundle.call('checkEscalations');
    }
    expect(log()).toHaveLength(first);
    env.clock.set('2026-11-25T10:10:00+09:00'); // the next day on the spreadsheet's calendar
    env.bundle.call('checkEscalations');
    expect(log().length).toBeGreaterThan(first);
  });

  it('keeps a digest of long reports under the size Gmail clips', () => {
    const env = createEscalationEnv(rows(120, 1), { start: '2026-11-24T10:10:00+09:00' });
    env.bundle.call('checkEscalations');
    const [digest] = env.mail.outbox;
    expect(bytes(digest?.htmlBody ?? '')).toBeLessThan(DIGEST_BYTE_LIMIT + 5_000);
    expect(bytes(digest?.htmlBody ?? '')).toBeGreaterThan(10_000); // it does list items in full
    expect(digest?.subject).toContain('120件'); // the subject counts every incident, listed or not
  });
});

describe('a quota too short for everyone', () => {
  it('serves the most severe first, then who waited longest, so over days everyone is told', () => {
    // Four managers with one overdue high-risk incident each, and one very-high incident's manager.
    const high = (n: number) => ({
      id: `INC-000${n}`,
      reportedAt: '2026-11-20 09:00',
      summary: `案件${n}`,
      impact: '中',
      urgency: '高',
      status: '対応中',
      managerEmail: `a${n}@example.com`,
    });
    const env = createEscalationEnv([high(1), high(2), high(3), high(4)], {
      start: '2026-11-24T10:10:00+09:00',
      quota: 2,
    });
    const told: string[][] = [];
    for (let day = 0; day < 3; day++) {
      const before = env.mail.outbox.length;
      env.bundle.call('checkEscalations');
      told.push(env.mail.outbox.slice(before).map((m) => m.to.join()));
      env.clock.advance(24 * 3_600_000); // the quota refills a day after its first use
    }
    // Day 1: the executive and one manager (all equal, none told before); day 2: two never told; day 3:
    // the last never told goes before anyone told already.
    const everyone = new Set(told.flat());
    for (const n of [1, 2, 3, 4]) expect(everyone.has(`a${n}@example.com`)).toBe(true);
    expect(told[1]?.some((to) => told[0]?.includes(to))).toBe(false);
  });
});
