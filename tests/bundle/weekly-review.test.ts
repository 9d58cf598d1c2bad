// The hourly run's PDCA review on the built Code.js: the dashboard refreshed from the rows the run
// read, and the weekly review sent once per recipient when the week begins, even after a quiet hour.
import { describe, expect, it } from 'vitest';
import type { EscalationSettings } from '../../src/domain/settings/settings';
import { type SeedRow, TEST_SETTINGS, createEscalationEnv } from './escalation-env';

const jst = (text: string) => new Date(`${text}:00+09:00`);

const ROWS: SeedRow[] = [
  {
    id: 'INC-0001',
    reportedAt: jst('2026-12-01T10:00'),
    summary: '<script>重要顧客の発注キャンセル</script>',
    impact: '中',
    urgency: '中',
    status: '解決済み',
    resolvedAt: jst('2026-12-02T10:00'),
  },
];

function env(settings?: EscalationSettings) {
  const e = createEscalationEnv(ROWS, { start: '2026-12-06T10:10:00+09:00', ...(settings ? { settings } : {}) });
  const history = e.spreadsheet.sheet(e.spreadsheet.insertSheet('履歴').getName())!;
  [
    ['日時', 'ID', '出来事', '実施者', '段階', '詳細'],
    [jst('2026-12-01T10:00'), 'INC-0001', '報告', 'a@example.com', '', ''],
    [jst('2026-12-01T12:00'), 'INC-0001', '確認', 'boss@example.com', 2, ''],
    [jst('2026-12-02T10:00'), 'INC-0001', '解決', 'a@example.com', '', ''],
  ].forEach((values, r) => values.forEach((value, c) => history.write(r + 1, c + 1, value)));
  return e;
}

const reviews = (e: ReturnType<typeof env>) => e.mail.outbox.filter((m) => m.subject.startsWith('【週次レビュー】'));

describe('the weekly review', () => {
  it('goes once to each manager and executive when the week begins, not before and not twice', () => {
    const e = env();
    e.bundle.call('checkEscalations'); // Sunday: last week (23–29 Nov) had nothing to say
    expect(reviews(e)).toHaveLength(0);
    expect(e.spreadsheet.sheet('ダッシュボード')?.valuesSnapshot()[0]?.[3]).toBe('2026-12-06 10:10');
    e.clock.set('2026-12-07T08:10:00+09:00');
    e.bundle.call('checkEscalations'); // before Monday's opening
    expect(reviews(e)).toHaveLength(0);
    e.clock.set('2026-12-07T09:10:00+09:00');
    e.bundle.call('checkEscalations');
    expect(
      reviews(e)
        .map((m) => m.to.join())
        .sort(),
    ).toEqual(['boss@example.com', 'exec@example.com']);
    const mail = reviews(e)[0]!;
    expect(mail.subject).toBe('【週次レビュー】2026-11-30〜2026-12-06 報告 1件・解決 1件・遅れ 0件');
    expect(mail.body).toContain('報告→確認（中央値）: 2営業時間 (—)');
    expect(mail.htmlBody).toContain('#gid=');
    e.clock.set('2026-12-07T10:10:00+09:00');
    e.bundle.call('checkEscalations');
    expect(reviews(e)).toHaveLength(2);
  });

  it('sends the rest on a later run when the day’s quota left someone out', () => {
    const e = env();
    e.bundle.call('checkEscalations');
    e.clock.set('2026-12-07T09:10:00+09:00');
    e.mail.quota = 1;
    e.bundle.call('checkEscalations');
    expect(reviews(e)).toHaveLength(1);
    e.clock.set('2026-12-08T09:10:00+09:00');
    e.mail.quota = 100;
    e.bundle.call('checkEscalations');
    expect(
      reviews(e)
        .map((m) => m.to.join())
        .sort(),
    ).toEqual(['boss@example.com', 'exec@example.com']);
  });

  it('remembers hundreds of recipients past a property’s 9 KB, and sends none of them twice', () => {
    const managers = Array.from({ length: 700 }, (_, i) => `manager${i}@example.com`);
    const e = env({ ...TEST_SETTINGS, managers: { default: managers } });
    e.bundle.call('checkEscalations');
    e.clock.set('2026-12-07T09:10:00+09:00');
    e.bundle.call('checkEscalations');
    expect(e.failures).toEqual([]);
    expect(reviews(e)).toHaveLength(701);
    e.clock.set('2026-12-07T10:10:00+09:00');
    e.bundle.call('checkEscalations');
    expect(reviews(e)).toHaveLength(701);
  });

  it('keeps to the run’s four-minute send budget, sending the rest on the next run', () => {
    const managers = Array.from({ length: 20 }, (_, i) => `manager${i}@example.com`);
    const e = env({ ...TEST_SETTINGS, managers: { default: managers } });
    e.bundle.call('checkEscalations');
    e.clock.set('2026-12-07T09:10:00+09:00');
    e.mail.sendTakesMs = 30_000; // a slow mail service: eight sends pass the four minutes
    e.bundle.call('checkEscalations');
    const first = reviews(e).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(21);
    e.mail.sendTakesMs = 0;
    e.clock.set('2026-12-07T10:10:00+09:00');
    e.bundle.call('checkEscalations');
    expect(
      reviews(e)
        .map((m) => m.to.join())
        .sort(),
    ).toEqual([...managers, 'exec@example.com'].sort());
  });
});
