// The rehearsal dialog on the built Code.js: the flow the settings define, the rules check, and the
// timeline of an open or a hypothetical incident, in the user's language; nothing is sent.
import { describe, expect, it } from 'vitest';
import { type SeedRow, TEST_SETTINGS, createEscalationEnv } from './escalation-env';

const HIGH: SeedRow = {
  id: 'INC-0001',
  reportedAt: '2026-11-24 09:00',
  summary: '<b>納期遅延</b>',
  impact: '中',
  urgency: '高',
  status: '対応中',
  owner: 'owner@example.com',
};

describe('the rehearsal dialog', () => {
  it('draws the flow per level and checks the rules, with nothing sent', () => {
    const env = createEscalationEnv([HIGH], { settings: { ...TEST_SETTINGS, executives: [] } });
    env.bundle.call('showRehearsal');
    const dialog = env.ui.dialogs[0];
    expect(dialog?.title).toBe('エスカレーションフローの確認とリハーサル');
    const html = dialog?.html.getContent() ?? '';
    expect(html).toContain('第2段階：上位管理者</strong><br>未確認のまま初動期限（報告から4時間）を過ぎたら');
    expect(html).toContain('再通知：4時間ごと');
    // No executives while very high and high reach stage 3: named, with what to do.
    expect(html).toContain('非常に高リスク・高リスクは第3段階まで進みますが、役員が設定されていません。');
    expect(html).toContain('<option value="INC-0001">INC-0001');
    expect(env.mail.outbox).toHaveLength(0);
  });

  it('rehearses an open incident: the manager at respond-by, stage 3 at resolve-by, in business hours', () => {
    const env = createEscalationEnv([HIGH], { start: '2026-11-24T09:10:00+09:00' });
    const html = env.bundle.call('rehearseIncident', { id: 'INC-0001' }) as string;
    expect(html).toContain('<td>2026-11-24 12:10</td><td>owner@example.com</td>');
    expect(html).toContain('<td>2026-11-24 13:10</td><td>boss@example.com</td><td>第2段階</td><td>日本語</td>');
    // Quiet hours: nothing between closing and the next morning's opening.
    expect(html).not.toMatch(/2026-11-24 (19|2\d):/);
    expect(html).toContain('<td>2026-11-24 17:10</td><td>boss@example.com</td>');
    expect(env.mail.outbox).toHaveLength(0);
  });

  it('rehearses a hypothetical incident, and says what is missing from the form in the user’s language', () => {
    const env = createEscalationEnv([], { start: '2026-11-24T09:10:00+09:00' });
    const html = env.bundle.call('rehearseIncident', {
      impact: '高',
      urgency: '高',
      reportedAt: '2026-11-24T22:00',
      manager: 'm1@example.com',
    }) as string;
    // Very high at night: the emergency path tells the manager and the executives at once.
    expect(html).toContain('<td>2026-11-24 22:00</td><td>exec@example.com</td><td>第3段階</td>');
    expect(() => env.bundle.call('rehearseIncident', { impact: '高' })).toThrow(
      '影響度・緊急度・報告日時を入力してください。',
    );
    expect(() => env.bundle.call('rehearseIncident', { id: 'INC-9999' })).toThrow('ID「INC-9999」');
  });

  it('tells the person who runs escalations of the rules check once, when the settings change', () => {
    const env = createEscalationEnv([HIGH], { settings: { ...TEST_SETTINGS, executives: [] } });
    env.actAs('op@example.com');
    env.bundle.call('turnOnEscalations');
    env.bundle.call('checkEscalations');
    const told = () => env.mail.outbox.filter((m) => m.to.includes('op@example.com'));
    expect(told()).toHaveLength(1);
    expect(told()[0]?.body).toContain('役員が設定されていません');
    env.clock.advance(3_600_000);
    env.bundle.call('checkEscalations');
    expect(told()).toHaveLength(1);
  });
});
