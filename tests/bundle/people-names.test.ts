// Names in 担当者 and エスカレーション先 (issue: close the loop): looked up in the settings sheet's
// people table (名簿), on the built Code.js; a name it does not hold is named on the row and never
// routed to the default managers instead.
import { describe, expect, it } from 'vitest';
import { type SeedRow, TEST_SETTINGS, createEscalationEnv, incidentRecords } from './escalation-env';

const SETTINGS = { ...TEST_SETTINGS, people: { 佐藤部長: 'sato@example.com', '山田 太郎': 'yamada@example.com' } };

function row(fields: SeedRow): SeedRow {
  return {
    reportedAt: '2026-11-24 09:00',
    summary: '納期遅延',
    impact: '中',
    urgency: '高',
    status: '対応中',
    ...fields,
  };
}

describe('names in the incident rows', () => {
  it('sends to the address the people table gives a name, in either cell', () => {
    const env = createEscalationEnv(
      [row({ id: 'INC-0001', managerEmail: '佐藤部長', owner: '山田　太郎', impact: '高' })],
      { start: '2026-11-24T10:10:00+09:00', settings: SETTINGS },
    );
    env.bundle.call('checkEscalations');
    const to = env.mail.outbox.filter((m) => !m.subject.startsWith('【週次')).map((m) => m.to.join());
    expect(to.sort()).toEqual(['exec@example.com', 'sato@example.com']);
    expect(incidentRecords(env)[0]?.rowProblems).toBe('');
  });

  it('names an unknown manager on the row and tells nobody else in their place', () => {
    const env = createEscalationEnv([row({ id: 'INC-0001', managerEmail: '鈴木課長', impact: '高' })], {
      start: '2026-11-24T10:10:00+09:00',
      settings: SETTINGS,
    });
    env.bundle.call('checkEscalations');
    expect(env.mail.outbox.filter((m) => m.to.includes('boss@example.com'))).toHaveLength(0);
    expect(incidentRecords(env)[0]?.rowProblems).toContain('「鈴木課長」は設定シートの名簿にありません');
  });

  it('names an unknown owner but still escalates the incident', () => {
    const env = createEscalationEnv(
      [row({ id: 'INC-0001', owner: '田中', managerEmail: 'm1@example.com', impact: '高' })],
      {
        start: '2026-11-24T10:10:00+09:00',
        settings: SETTINGS,
      },
    );
    env.bundle.call('checkEscalations');
    expect(env.mail.outbox.some((m) => m.to.includes('m1@example.com'))).toBe(true);
    expect(incidentRecords(env)[0]?.rowProblems).toContain('担当者「田中」は設定シートの名簿にありません');
  });
});
