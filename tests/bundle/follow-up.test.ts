// Follow-up in the hourly run (issue #13), on the built Code.js hour by hour: a measure due soon
// warns its owner once, overdue it is reminded at the level's interval, after the grace it reaches
// the incident's manager; a done measure without an effect check is reminded once; a resolved
// incident without a retrospective reminds its owner; the reporter hears what happened in one digest.
import { describe, expect, it } from 'vitest';
import { HISTORY_HEADERS } from '../../src/domain/history/history-events';
import { measureHeaders } from '../../src/domain/measures/measure-columns';
import { type EscalationEnv, type SeedRow, createEscalationEnv } from './escalation-env';

const HOUR = 3_600_000;
/** Tuesday 1 December 2026, 10:10 in Tokyo. */
const START = '2026-12-01T10:10:00+09:00';

const MEDIUM: SeedRow = {
  id: 'INC-0001',
  reportedAt: '2026-12-01 09:00',
  summary: '検査漏れによる品質不良',
  impact: '中',
  urgency: '中',
  status: '対応中',
  reporter: 'rep@example.com',
  owner: 'owner@example.com',
  managerEmail: 'm1@example.com',
  acknowledgedBy: 'm1@example.com',
};
/** Resolved on 20 November, no retrospective: past 5 business days on 1 December. */
const RESOLVED_HIGH: SeedRow = {
  id: 'INC-0002',
  reportedAt: '2026-11-19 09:00',
  summary: '大口顧客の失注',
  impact: '中',
  urgency: '高',
  status: '解決済み',
  owner: 'owner2@example.com',
  managerEmail: 'm1@example.com',
  acknowledgedBy: 'm1@example.com',
  resolvedAt: new Date('2026-11-20T10:00:00+09:00'),
};

function withMeasures(env: EscalationEnv, rows: unknown[][]): void {
  const sheet = env.spreadsheet.sheet(env.spreadsheet.insertSheet('対策').getName())!;
  [measureHeaders('ja'), ...rows].forEach((values, r) => values.forEach((v, c) => sheet.write(r + 1, c + 1, v)));
}

function addHistory(env: EscalationEnv, events: unknown[][]): void {
  const name = '履歴';
  const sheet = env.spreadsheet.sheet(name) ?? env.spreadsheet.sheet(env.spreadsheet.insertSheet(name).getName())!;
  if (sheet.valuesSnapshot().length === 0 || sheet.valuesSnapshot()[0]?.[0] === '')
    HISTORY_HEADERS.ja.forEach((h, c) => sheet.write(1, c + 1, h));
  const first = sheet.self().getLastRow() + 1;
  events.forEach((values, r) => values.forEach((v, c) => sheet.write(first + r, c + 1, v)));
}

/** One hourly run, as the trigger would fire it. */
function hour(env: EscalationEnv): void {
  env.clock.advance(HOUR);
  env.bundle.call('checkEscalations');
}

const mailsTo = (env: EscalationEnv, to: string) =>
  env.mail.outbox.filter((m) => m.to.includes(to) && !m.subject.startsWith('【週次レビュー】'));

describe('follow-up in the hourly run', () => {
  it('reminds measures, effect checks and retrospectives, and tells the reporter in one digest', () => {
    const env = createEscalationEnv([MEDIUM, RESOLVED_HIGH], { start: START });
    withMeasures(env, [
      // incidentId, measure, kind, owner, due, status, doneAt, effect result, date, by, notifications
      ['INC-0001', '代替品の手配', '暫定対応', 'measure@example.com', '2026-12-01', '実施中', '', '', '', '', ''],
      ['INC-0001', '検査手順の改定', '恒久対策', 'measure@example.com', '', '完了', '2026-11-10 10:00', '', '', '', ''],
      ['INC-0001', '<b>全拠点へ横展開</b>', '横展開', 'measure@example.com', '来週', '未着手', '', '', '', '', ''],
    ]);
    env.bundle.call('checkEscalations');
    // The first run: the effect check (due since late November), the unreadable due date, and the
    // retrospective of the resolved incident.
    const first = mailsTo(env, 'measure@example.com');
    expect(first).toHaveLength(1);
    expect(first[0]!.subject).toContain('対策');
    expect(first[0]!.subject).toContain('効果確認');
    expect(first[0]!.body).toContain('効果確認の時期です');
    expect(first[0]!.body).toContain('対策の行に読めないセルがあります');
    expect(first[0]!.body).toContain('読めない列: 期限');
    expect(first[0]!.htmlBody).toContain('&#60;b&#62;全拠点へ横展開');
    expect(first[0]!.htmlBody).not.toContain('<b>全拠点');
    const retro = mailsTo(env, 'owner2@example.com');
    expect(retro).toHaveLength(1);
    expect(retro[0]!.body).toContain('振り返りが未記入です');
    expect(retro[0]!.body).toContain('INC-0002');

    // The sidebar records the manager's acknowledgement and direction; the reporter hears both at once.
    addHistory(env, [
      [new Date('2026-12-01T10:30:00+09:00'), 'INC-0001', '確認', 'm1@example.com', 2, ''],
      [new Date('2026-12-01T10:40:00+09:00'), 'INC-0001', '判断・指示', 'm1@example.com', 2, '代替品を手配すること'],
    ]);
    const notes = env.spreadsheet.sheet('対策')!;
    for (let i = 0; i < 6; i++) hour(env); // to 16:10: the due-soon warning (15:45)
    const reporter = mailsTo(env, 'rep@example.com');
    expect(reporter).toHaveLength(1);
    expect(reporter[0]!.body).toContain('報告いただいた件の結果');
    expect(reporter[0]!.body).toContain('代替品を手配すること');
    expect(reporter[0]!.body).toContain('確認');
    const afterWarn = mailsTo(env, 'measure@example.com');
    expect(afterWarn).toHaveLength(2);
    expect(afterWarn[1]!.body).toContain('対策の期限が近づいています');
    expect(afterWarn[1]!.sentAt.getTime()).toBe(new Date('2026-12-01T16:10:00+09:00').getTime());
    // The retrospective repeats at the high level's interval (4 business hours): 14:10 once more.
    expect(mailsTo(env, 'owner2@example.com')).toHaveLength(2);

    // Overdue at 18:00, quiet overnight: Wednesday 09:10 the owner, Friday the manager (2 days' grace).
    for (let i = 0; i < 17; i++) hour(env); // Wednesday 09:10
    const overdue = mailsTo(env, 'measure@example.com');
    expect(overdue).toHaveLength(3);
    expect(overdue[2]!.body).toContain('対策の期限超過');
    expect(mailsTo(env, 'm1@example.com').filter((m) => m.body.includes('対策の期限超過'))).toHaveLength(0);
    for (let i = 0; i < 48; i++) hour(env); // Friday 09:10
    const toManager = mailsTo(env, 'm1@example.com').filter((m) => m.body.includes('対策の期限超過（上位者へ）'));
    expect(toManager).toHaveLength(1);
    // The owner's reminders follow the medium level's one business day: Wed, Thu, Fri once each.
    const owner = mailsTo(env, 'measure@example.com').filter((m) => m.body.includes('対策の期限超過'));
    expect(owner).toHaveLength(3);
    // Never twice: the reporter was told once, the effect check once, the warning once.
    expect(mailsTo(env, 'rep@example.com')).toHaveLength(1);
    expect(mailsTo(env, 'measure@example.com').filter((m) => m.body.includes('効果確認の時期です'))).toHaveLength(1);
    // Each reminder is recorded in the measure's own 通知記録 cell, readable by people.
    const cell = String(notes.valuesSnapshot()[1]![10]);
    expect(cell).toMatch(/対策の期限超過 → measure@example\.com（3回）/);
    expect(cell).toMatch(/対策の期限超過・上位者 → m1@example\.com（1回）/);
  });

  it('makes the same number of spreadsheet calls with 3 measures or 600', () => {
    const counts = [3, 600].map((n) => {
      const env = createEscalationEnv([MEDIUM, RESOLVED_HIGH], { start: START });
      withMeasures(
        env,
        Array.from({ length: n }, (_, i) => [
          'INC-0001',
          `対策${i}`,
          '恒久対策',
          `owner${i % 7}@example.com`,
          '2026-11-30',
          '実施中',
          '',
          '',
          '',
          '',
          '',
        ]),
      );
      env.calls.reset();
      env.bundle.call('checkEscalations');
      return env.calls.total('Range.') + env.calls.total('Sheet.') + env.calls.total('Spreadsheet.');
    });
    expect(counts[1]).toBe(counts[0]);
  });

  it('counts an edit of the measures sheet as a change: the next hourly run reads the sheets', () => {
    const env = createEscalationEnv([MEDIUM], { start: START });
    withMeasures(env, [['INC-0001', '代替品の手配', '暫定対応', 'measure@example.com', '2026-12-10', '実施中']]);
    env.bundle.call('checkEscalations');
    const stamp = () => env.properties.document.getProperty('escalationEditedAt');
    const before = stamp();
    env.clock.advance(60_000);
    const range = env.spreadsheet.sheet('対策')!.self().getRange('E2');
    range.setValue('2026-12-01');
    env.bundle.call('onEdit', { authMode: 'LIMITED', range });
    expect(stamp()).not.toBe(before);
    expect(stamp()).toBe(String(env.clock.now().getTime()));
  });
});
