// The built Code.js swept hour by hour over four business days: exactly the expected digests and log rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { type EscalationEnv, createEscalationEnv, incidentRecords, logRows, runHours } from './escalation-env';

const VERY_HIGH = '【エスカレーション】非常に高リスク 1件';
const HIGH = '【エスカレーション】高リスク 1件';
const MEDIUM = '【エスカレーション】中リスク 1件';
const SUMMARY = '【エスカレーション】確認が必要な行があります';

function jst(day: number, hour: number): string {
  return new Date(Date.UTC(2026, 10, day, hour - 9, 10)).toISOString();
}

/** [time (JST day of November, hour), recipient, subject]: worked out by hand from docs/domain.md §8's defaults. */
const EXPECTED_MAIL: [number, number, string, string][] = [
  [24, 9, 'exec@example.com', VERY_HIGH],
  [24, 9, 'm1@example.com', VERY_HIGH],
  [24, 9, 'owner@example.com', SUMMARY],
  [24, 10, 'exec@example.com', VERY_HIGH],
  [24, 10, 'm1@example.com', VERY_HIGH], // every run until acknowledged
  [24, 12, 'own2@example.com', HIGH], // 75% of the way to respond-by (13:00)
  [24, 13, 'exec@example.com', VERY_HIGH],
  [24, 13, 'm1@example.com', VERY_HIGH], // past resolve-by: escalates again
  [24, 13, 'boss@example.com', HIGH], // respond-by passed unacknowledged: stage 2
  [24, 16, 'own2@example.com', HIGH], // 75% of the way to resolve-by (one business day: Tue 18:00)
  [24, 17, 'boss@example.com', HIGH], // repeat after 4 business hours
  // 18:00–09:00: quiet hours, nothing for a high-risk incident
  [25, 9, 'boss@example.com', HIGH],
  [25, 9, 'exec@example.com', HIGH], // past resolve-by at closing time, sent when business hours begin: stage 3
  [25, 13, 'boss@example.com', HIGH],
  [25, 13, 'exec@example.com', HIGH],
  [25, 17, 'boss@example.com', HIGH],
  [25, 17, 'exec@example.com', HIGH],
  [26, 12, 'boss@example.com', HIGH],
  [26, 12, 'exec@example.com', HIGH], // 17:10 + 4 business hours = Thu 12:10
  [26, 16, 'boss@example.com', HIGH],
  [26, 16, 'exec@example.com', HIGH],
  [27, 11, 'boss@example.com', HIGH],
  [27, 11, 'exec@example.com', HIGH],
  [27, 15, 'boss@example.com', HIGH],
  [27, 15, 'exec@example.com', HIGH],
  [27, 16, 'own3@example.com', MEDIUM], // 75% of five business days
];

function seededEnv(): EscalationEnv {
  return createEscalationEnv(
    [
      {
        reportedAt: '2026-11-24 09:00',
        summary: '重要顧客Aからの発注が突然キャンセル',
        impact: '高',
        urgency: '高',
        status: '対応中',
        managerEmail: 'm1@example.com',
      },
      {
        reportedAt: '2026-11-24 09:00',
        summary: '納期遅延のリスク',
        impact: '中',
        urgency: '高',
        status: '対応中',
        owner: 'own2@example.com',
      },
      {
        reportedAt: '2026-11-24 09:00',
        summary: '価格見直し',
        impact: '中',
        urgency: '中',
        status: '未対応',
        owner: 'own3@example.com',
      },
      {
        reportedAt: '2026-11-24 09:00',
        summary: '小さな苦情',
        impact: '低',
        urgency: '低',
        status: '解決済み',
        owner: 'own4@example.com',
      },
      { reportedAt: '2026-11-24 09:00', summary: '読めない行', impact: 'とても高い', urgency: '高', status: '対応中' },
    ],
    { start: '2026-11-24T08:10:00+09:00' },
  );
}

function setCell(env: EscalationEnv, id: string, column: string, value: unknown): void {
  const header = env.incidents.valuesSnapshot()[0] as unknown[];
  const row = env.incidents.valuesSnapshot().findIndex((r) => r[0] === id) + 1;
  env.incidents.write(row, header.indexOf(column) + 1, value);
}

describe('four business days of hourly sweeps', () => {
  let env: EscalationEnv;
  beforeAll(() => {
    env = seededEnv();
    env.bundle.call('turnOnEscalations');
    runHours(env, 2); // 09:10, 10:10
    setCell(env, 'INC-0001', '確認者', '部長 田中');
    runHours(env, 3); // 11:10 … 13:10
    setCell(env, 'INC-0001', 'ステータス', '解決済み');
    runHours(env, 77); // … Fri 18:10
  });

  it('sends exactly the expected digests', () => {
    const sent = env.mail.outbox.map((m) => [m.sentAt.toISOString(), m.to.join(), m.subject]);
    expect(sent).toEqual(EXPECTED_MAIL.map(([day, hour, to, subject]) => [jst(day, hour), to, subject]));
  });

  it('writes one log row per email and stage, listing the incidents it told of', () => {
    const rows = logRows(env).map(([time, id, stage, to, result]) => [
      (time as Date).toISOString(),
      id,
      stage,
      to,
      result,
    ]);
    expect(rows.slice(0, 8)).toEqual([
      [jst(24, 9), 'INC-0001', '第3段階', 'exec@example.com', '送信済み'],
      [jst(24, 9), 'INC-0001', '第3段階', 'm1@example.com', '送信済み'],
      [jst(24, 10), 'INC-0001', '第3段階', 'exec@example.com', '送信済み'],
      [jst(24, 10), 'INC-0001', '第3段階', 'm1@example.com', '送信済み'],
      [jst(24, 12), 'INC-0002', '第1段階', 'own2@example.com', '送信済み'],
      [jst(24, 13), 'INC-0001', '第3段階', 'exec@example.com', '送信済み'],
      [jst(24, 13), 'INC-0001', '第3段階', 'm1@example.com', '送信済み'],
      [jst(24, 13), 'INC-0002', '第2段階', 'boss@example.com', '送信済み'],
    ]);
    // Every email to a person is in the log, once per stage it told of.
    const digestsToPeople = EXPECTED_MAIL.filter(([, , , subject]) => subject !== SUMMARY);
    const emailsLogged = new Set(rows.map((r) => `${String(r[0])} ${String(r[3])}`));
    expect([...emailsLogged].sort()).toEqual(
      digestsToPeople.map(([day, hour, to]) => `${jst(day, hour)} ${to}`).sort(),
    );
  });

  it('keeps the state visible on each row: stage, deadlines, who was told, when resolved', () => {
    const [a, b, c, d, e] = incidentRecords(env);
    expect(a).toMatchObject({ id: 'INC-0001', stage: '第3段階', resolvedAt: new Date(jst(24, 14)) });
    expect(String(a?.notifications)).toContain('2026-11-24 11:10 確認を記録');
    expect(b).toMatchObject({
      stage: '第3段階',
      respondBy: new Date('2026-11-24T13:00:00+09:00'),
      resolveBy: new Date('2026-11-24T18:00:00+09:00'),
    });
    expect(String(b?.notifications).split('\n')).toContain(
      '2026-11-27 15:10 解決期限超過・第3段階 → exec@example.com（7回）',
    );
    expect(c).toMatchObject({ stage: '第1段階', resolveBy: new Date('2026-11-30T18:00:00+09:00') });
    expect(d).toMatchObject({ stage: '第1段階', notifications: '', resolvedAt: new Date(jst(24, 9)) }); // resolved before the first run
    expect(e?.rowProblems).toBe('影響度「とても高い」は読み取れません（高・中・低で入力）');
  });

  it('links each item to its row and escapes nothing it should not', () => {
    const first = env.mail.outbox[0];
    expect(first?.body).toContain('https://docs.google.com/spreadsheets/d/1FakeSpreadsheetId/edit#gid=');
    expect(first?.body).toMatch(/&range=A2\b/);
    expect(first?.htmlBody).toContain('重要顧客Aからの発注が突然キャンセル');
  });
});
