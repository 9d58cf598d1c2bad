import { it } from 'vitest';
import { spreadsheetCalls } from '../../src/fakes';
import { createEscalationEnv, runHours } from './escalation-env';
it('smoke', () => {
  const env = createEscalationEnv([
    { reportedAt: '2026-11-24 09:00', summary: '重要顧客Aの<発注>キャンセル', impact: '高', urgency: '高', status: '未対応', managerEmail: 'm1@example.com' },
    { reportedAt: '2026-11-24 09:00', summary: 'High one', impact: '中', urgency: '高', status: '対応中', owner: 'own2@example.com' },
  ]);
  env.bundle.call('turnOnEscalations');
  runHours(env, 1);
  env.calls.reset();
  runHours(env, 1);
  console.log(spreadsheetCalls(env.calls), env.calls.snapshot());
  env.calls.reset();
  env.bundle.call('checkEscalations');
  console.log(spreadsheetCalls(env.calls), env.calls.snapshot(), env.mail.outbox.length);
});
