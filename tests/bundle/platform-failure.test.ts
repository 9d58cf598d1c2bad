// Apps Script sends an add-on's trigger failures to nobody: a failing hourly sweep tells the operator
// itself, once per kind of failure (not every hour), with what is wrong and how to fix it, and the
// sidebar and the preview show the last sweep's time and outcome.
import { describe, expect, it } from 'vitest';
import { ESCALATION_STATUS } from '../../src/domain/notices/escalation-status';
import { createEscalationEnv, runHours } from './escalation-env';

const OVERDUE = {
  id: 'INC-0001',
  reportedAt: '2026-11-24 09:00',
  summary: '大口解約',
  impact: '高',
  urgency: '中',
  status: '対応中',
  managerEmail: 'm1@example.com',
};

const toOperator = (env: ReturnType<typeof createEscalationEnv>) =>
  env.mail.outbox.filter((m) => m.to.join() === 'lead@example.com');

describe('a failing hourly sweep', () => {
  it('is told to the operator once, with the fix, and shown as the last run until a sweep succeeds', () => {
    const env = createEscalationEnv([OVERDUE], { start: '2026-11-24T09:10:00+09:00', off: true });
    env.actAs('lead@example.com');
    env.bundle.call('turnOnEscalations');
    env.incidents.setName('インシデント（旧）'); // someone renames the incidents sheet
    runHours(env, 3);
    const told = toOperator(env);
    expect(told).toHaveLength(1);
    expect(told[0]?.subject).toBe('【エスカレーション】定期実行が失敗しました');
    expect(told[0]?.body).toContain('2026-11-24 10:10');
    expect(told[0]?.body).toContain('インシデントのシートが見つかりません');
    expect(env.failures).toHaveLength(3); // each hour's execution failed, and is listed as failed

    env.incidents.setName('インシデント');
    runHours(env, 1); // 13:10: the sweep works again, and the manager is told
    expect(env.mail.outbox.some((m) => m.to.join() === 'm1@example.com')).toBe(true);
    env.bundle.call('previewEscalations');
    const html = env.ui.dialogs.at(-1)?.html.getContent() ?? '';
    expect(html).toContain(ESCALATION_STATUS.ja.lastOk('2026-11-24 13:10'));

    env.incidents.setName('別名');
    runHours(env, 2); // a new failure after a success is told again, once
    expect(toOperator(env)).toHaveLength(2);
  });
});
