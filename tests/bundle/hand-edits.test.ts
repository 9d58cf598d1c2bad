// Deadlines and stages a person types over the sweep's own (issue: close the loop), on the built
// Code.js: kept by the next runs, obeyed, recorded in the history; cleared, the rules' return.
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../../src/domain/incident-columns';
import { type EscalationEnv, type SeedRow, createEscalationEnv, incidentRecords } from './escalation-env';

const HIGH: SeedRow = {
  id: 'INC-0001',
  reportedAt: '2026-11-24 09:00',
  summary: '納期遅延',
  impact: '中',
  urgency: '高',
  status: '対応中',
  acknowledgedBy: '佐藤部長',
  managerEmail: 'm1@example.com',
};

/**
 * As a person types it: the edit trigger sees it, with the value it replaced as text (Apps Script's
 * e.oldValue for one cell; how it shows a date is not documented, so the test gives the text).
 */
function type(env: EscalationEnv, column: IncidentColumn, value: unknown, oldValue = ''): void {
  const range = env.incidents.self().getRange(2, INCIDENT_COLUMN_KEYS.indexOf(column) + 1);
  range.setValue(value);
  env.bundle.call('onEdit', { authMode: 'LIMITED', range, oldValue });
}

/** The history's [event, detail], without the first run's record of the seeded acknowledgement. */
const history = (env: EscalationEnv) =>
  (env.spreadsheet.sheet('履歴')?.valuesSnapshot().slice(1) ?? [])
    .map((r) => [r[2], r[5]])
    .filter((r) => r[0] !== '確認');
const sent = (env: EscalationEnv) =>
  env.mail.outbox.filter((m) => !m.subject.startsWith('【週次')).map((m) => m.to.join());

describe('a resolve-by a person typed', () => {
  it('is kept by the next runs and obeyed; cleared, the rules give it back', () => {
    const env = createEscalationEnv([HIGH], { start: '2026-11-24T09:10:00+09:00' });
    env.bundle.call('checkEscalations');
    expect(incidentRecords(env)[0]?.resolveBy).toEqual(new Date('2026-11-24T18:00:00+09:00'));
    env.clock.set('2026-11-24T10:00:00+09:00');
    type(env, 'resolveBy', new Date('2026-12-01T18:00:00+09:00'), '2026-11-24 18:00');
    env.clock.set('2026-11-25T09:10:00+09:00');
    env.bundle.call('checkEscalations');
    // Not reverted, and not escalated past the rules' 18:00 on the 24th: the customer agreed to 1 December.
    expect(incidentRecords(env)[0]?.resolveBy).toEqual(new Date('2026-12-01T18:00:00+09:00'));
    expect(sent(env)).toEqual([]);
    expect(String(incidentRecords(env)[0]?.notifications)).toContain('2026-12-01 18:00 解決期限（手動で設定）');
    expect(history(env)).toEqual([['期限の変更', '解決期限: 2026-11-24 18:00 → 2026-12-01 18:00']]);
    env.clock.set('2026-12-02T09:10:00+09:00');
    env.bundle.call('checkEscalations');
    expect(sent(env).sort()).toEqual(['exec@example.com', 'm1@example.com']);

    type(env, 'resolveBy', '');
    env.clock.set('2026-12-02T10:10:00+09:00');
    env.bundle.call('checkEscalations');
    expect(incidentRecords(env)[0]?.resolveBy).toEqual(new Date('2026-11-24T18:00:00+09:00'));
  });
});

describe('a stage a person typed', () => {
  it('raised to 第3段階: the managers and executives are told on the next run, once', () => {
    const env = createEscalationEnv([HIGH], { start: '2026-11-24T09:10:00+09:00' });
    env.bundle.call('checkEscalations');
    env.clock.set('2026-11-24T10:00:00+09:00');
    type(env, 'stage', '第3段階');
    env.clock.set('2026-11-24T10:10:00+09:00');
    env.bundle.call('checkEscalations');
    expect(sent(env).sort()).toEqual(['exec@example.com', 'm1@example.com']);
    env.clock.set('2026-11-24T11:10:00+09:00');
    env.bundle.call('checkEscalations');
    expect(sent(env)).toHaveLength(2);
    expect(history(env)[0]?.[0]).toBe('段階の変更');
    expect(incidentRecords(env)[0]?.stage).toBe('第3段階');
  });
});
