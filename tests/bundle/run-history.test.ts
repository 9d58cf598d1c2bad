// The history the hourly run records (issue: close the loop), on the built Code.js: each escalation
// it sends and to whom, and what people did by hand in the sheet, once each, also when a run is cut
// off half way.
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../../src/domain/incident-columns';
import { type EscalationEnv, type SeedRow, createEscalationEnv } from './escalation-env';

const START = '2026-11-24T10:10:00+09:00';
const VERY_HIGH: SeedRow = {
  id: 'INC-0001',
  reportedAt: '2026-11-24 09:00',
  summary: '大口解約',
  impact: '高',
  urgency: '高',
  status: '対応中',
  managerEmail: 'm1@example.com',
};
const HIGH: SeedRow = { ...VERY_HIGH, id: 'INC-0002', impact: '中', summary: '納期遅延' };

function sweep(env: EscalationEnv): void {
  try {
    env.bundle.call('checkEscalations');
  } catch (error) {
    env.failures.push(String(error));
  }
}

/** History rows without the time: [ID, event, by, stage, detail]. */
const history = (env: EscalationEnv) =>
  (env.spreadsheet.sheet('履歴')?.valuesSnapshot().slice(1) ?? []).map((r) => r.slice(1));

/** As a person types it: the edit trigger sees it (so the next run reads the sheet). */
function setCell(env: EscalationEnv, row: number, column: IncidentColumn, value: unknown): void {
  const range = env.incidents.self().getRange(row, INCIDENT_COLUMN_KEYS.indexOf(column) + 1);
  range.setValue(value);
  env.bundle.call('onEdit', { authMode: 'LIMITED', range });
}

describe('the history the run records', () => {
  it('records each escalation with whom it reached, and nothing again on a run that sends nothing', () => {
    const env = createEscalationEnv([VERY_HIGH], { start: START });
    sweep(env);
    expect(history(env)).toEqual([['INC-0001', 'エスカレーション', '', 3, '通知先：exec@example.com、m1@example.com']]);
    env.clock.advance(10 * 60_000);
    sweep(env);
    expect(history(env)).toHaveLength(1);
  });

  it('records what people did by hand: acknowledged, on hold, resumed, resolved, reopened', () => {
    const env = createEscalationEnv([HIGH], { start: START });
    sweep(env);
    const steps: [IncidentColumn, unknown][] = [
      ['acknowledgedBy', '佐藤部長'],
      ['status', '保留'],
      ['status', '対応中'],
      ['status', '解決済み'],
      ['status', '対応中'],
    ];
    for (const [column, value] of steps) {
      env.clock.advance(3_600_000);
      setCell(env, 2, column, value);
      sweep(env);
    }
    expect(env.failures).toEqual([]);
    expect(history(env).map((r) => [r[1], r[2]])).toEqual([
      ['確認', '佐藤部長'],
      ['保留', ''],
      ['再開', ''],
      ['解決', ''],
      ['再オープン', ''],
    ]);
  });

  it('records a row typed in without the sidebar as reported, once', () => {
    const env = createEscalationEnv(
      [{ summary: '手入力の行', impact: '低', urgency: '低', reporter: 'a@example.com' }],
      {
        start: START,
      },
    );
    sweep(env);
    env.clock.advance(3_600_000);
    sweep(env);
    expect(history(env)).toEqual([['INC-0001', '報告', 'a@example.com', '', '']]);
  });

  it('records an escalation once when the run is cut off after sending, and once in English', () => {
    const env = createEscalationEnv([VERY_HIGH], { start: START });
    env.calls.beforeCall = (name, on) => {
      if (on === 'インシデント' && name === 'Range.setValues') throw new Error('Service Spreadsheets timed out');
    };
    sweep(env);
    expect(env.failures).toHaveLength(1);
    env.calls.beforeCall = null;
    env.clock.advance(10 * 60_000);
    sweep(env);
    expect(history(env).filter((r) => r[1] === 'エスカレーション')).toHaveLength(1);
  });
});
