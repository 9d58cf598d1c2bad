// Rows that did not come through the sidebar (typed while another write held the lock, pasted,
// imported) get from the next hourly run everything the sidebar would have given them, and then
// escalate like any other; only empty cells are filled.
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { createEscalationEnv, incidentRecords } from './escalation-env';

const START = '2026-11-24T10:10:00+09:00';

describe('a row typed without the sidebar', () => {
  it('gets an ID, the report time, its risk level, status and stage, and is escalated', () => {
    const env = createEscalationEnv(
      [
        { summary: '出荷ミス', impact: '高', urgency: '高', managerEmail: 'm1@example.com' },
        { summary: '問い合わせ', impact: 'Low', urgency: 'Medium', status: '対応中' },
      ],
      { start: START },
    );
    env.bundle.call('checkEscalations');
    const [typed, other] = incidentRecords(env);
    expect(typed).toMatchObject({ id: 'INC-0001', riskLevel: '非常に高リスク', status: '未対応', stage: '第3段階' });
    expect((typed?.reportedAt as Date).toISOString()).toBe(new Date(START).toISOString());
    expect(typed?.rowProblems).toBe('');
    expect(env.mail.outbox.map((m) => m.to.join()).sort()).toEqual(['exec@example.com', 'm1@example.com']);
    // What a person typed stays: the status 対応中 is theirs.
    expect(other).toMatchObject({ id: 'INC-0002', riskLevel: '低リスク', status: '対応中' });
  });

  it('keeps a formula in a cell it would fill', () => {
    const env = createEscalationEnv([{ summary: '出荷ミス', impact: '中', urgency: '中' }], { start: START });
    const level = INCIDENT_COLUMN_KEYS.indexOf('riskLevel') + 1;
    env.incidents.self().getRange(2, level).setFormula('=IF(E2="x","","")');
    env.bundle.call('checkEscalations');
    expect(env.incidents.self().getRange(2, level).getFormula()).toBe('=IF(E2="x","","")');
    expect(incidentRecords(env)[0]).toMatchObject({ id: 'INC-0001', status: '未対応' });
  });
});
