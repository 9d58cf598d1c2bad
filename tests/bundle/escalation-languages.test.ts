// The built Code.js: one sweep, the same incidents, one manager mailed in Japanese and another in
// English because the settings sheet says so; the log and the sheet stay in the spreadsheet's language.
import { describe, expect, it } from 'vitest';
import { ESCALATION_MESSAGES } from '../../src/domain/notices/escalation-messages';
import { VERY_HIGH, createEscalationEnv, incidentRecords, logRows } from './escalation-env';

describe('language per recipient', () => {
  it('writes each manager digest in that manager language from the same sweep', () => {
    const row = {
      reportedAt: '2026-11-24 09:00',
      impact: '中',
      urgency: '高',
      status: '対応中',
      managerEmail: 'Smith@Example.com, tanaka@example.com',
    };
    const env = createEscalationEnv(
      [
        { ...row, summary: '納期遅延' },
        { ...row, summary: '出荷ミス' },
      ],
      { start: '2026-11-24T14:10:00+09:00' },
    );
    const header = env.settingsSheet.valuesSnapshot().findIndex((r) => r[0] === 'メールアドレス') + 1;
    env.settingsSheet.write(header + 1, 1, 'smith@example.com');
    env.settingsSheet.write(header + 1, 2, 'English');
    env.bundle.call('checkEscalations');

    const byRecipient = new Map(env.mail.outbox.map((m) => [m.to.join(), m]));
    expect([...byRecipient.keys()].sort()).toEqual(['Smith@Example.com', 'tanaka@example.com']);
    const ja = byRecipient.get('tanaka@example.com');
    const en = byRecipient.get('Smith@Example.com');
    expect(ja?.subject).toBe('【エスカレーション】高リスク 2件');
    expect(en?.subject).toBe('[Escalation] High 2');
    expect(ja?.body).toContain('段階: 第2段階');
    expect(ja?.body).toContain('お願いしたいこと: 早急なエスカレーションが必要');
    expect(ja?.body).toContain('期限: 2026-11-24 13:00 (1時間10分超過)');
    expect(en?.body).toContain('Stage: Stage 2');
    expect(en?.body).toContain('What is asked of you: Escalate promptly');
    expect(en?.body).toContain('Deadline: Tue 24 Nov 2026, 13:00 (1 h 10 min overdue)');
    expect(en?.htmlBody).toContain('<th align="left">Risk level</th><td>High</td>');
    for (const mail of [ja, en]) expect(mail?.body).toMatch(/INC-0001[\s\S]*INC-0002/);

    // The log stays in the spreadsheet's language: a row per email.
    expect(logRows(env).map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['INC-0001, INC-0002', '第2段階', 'Smith@Example.com', '送信済み'],
      ['INC-0001, INC-0002', '第2段階', 'tanaka@example.com', '送信済み'],
    ]);
    expect(incidentRecords(env).map((r) => r.stage)).toEqual(['第2段階', '第2段階']);
  });

  it('tells the person at the menu in their language, on a Japanese spreadsheet', () => {
    const env = createEscalationEnv([{ ...VERY_HIGH, reportedAt: '2026-11-24 08:00' }], {
      session: { locale: 'en' },
      off: true,
    });
    env.bundle.call('turnOnEscalations');
    expect(env.ui.alerts.at(-1)?.prompt).toBe(ESCALATION_MESSAGES.en.turnedOn);
    env.bundle.call('previewEscalations');
    expect(env.ui.dialogs.at(-1)?.title).toBe(ESCALATION_MESSAGES.en.previewTitle);
    env.bundle.call('turnOffEscalations');
    expect(env.ui.alerts.at(-1)?.prompt).toBe(ESCALATION_MESSAGES.en.turnedOff);
    // What is written in the sheet stays in the spreadsheet's language.
    expect(env.spreadsheet.sheet('エスカレーション記録')).toBeTruthy();
  });
});
