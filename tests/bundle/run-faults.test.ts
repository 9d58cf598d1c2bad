// A run is one unit that can be cut off at any moment, and people move rows while it works: on the
// built Code.js, with faults injected after sending, a time budget reached, and rows sorted or
// inserted mid-run. Each test checks what a person would: the mail, the log, the rows.
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { type EscalationEnv, type SeedRow, createEscalationEnv, incidentRecords, logRows } from './escalation-env';

const START = '2026-11-24T10:10:00+09:00'; // 非常に高リスク reported at 09:00: everyone is due at once

function veryHigh(n: number, manager = `m${n}@example.com`): SeedRow {
  return {
    id: `INC-${String(n).padStart(4, '0')}`,
    reportedAt: '2026-11-24 09:00',
    summary: `案件${n}`,
    impact: '高',
    urgency: '高',
    status: '対応中',
    managerEmail: manager,
  };
}

function sweep(env: EscalationEnv): void {
  try {
    env.bundle.call('checkEscalations');
  } catch (error) {
    env.failures.push(String(error));
  }
}

const sent = (env: EscalationEnv) => env.mail.outbox.map((m) => m.to.join()).sort();
const timeout = () => new Error('Exception: Service Spreadsheets timed out while accessing document');

/** Makes every write to the named sheet fail from now on, as a service time-out would. */
function failWrites(env: EscalationEnv, sheet: string): void {
  env.calls.beforeCall = (name, on) => {
    if (on === sheet && (name === 'Range.setValues' || name === 'Range.setValue')) throw timeout();
  };
}

describe('a write that fails after sending', () => {
  it('leaves every sent notice in the log, and the next run neither loses nor repeats them', () => {
    const env = createEscalationEnv([veryHigh(1), veryHigh(2)], { start: START });
    failWrites(env, 'インシデント');
    sweep(env);
    expect(env.failures).toHaveLength(1);
    expect(sent(env)).toEqual(['exec@example.com', 'm1@example.com', 'm2@example.com']);
    // The log holds all three though the rows could not be written.
    expect(logRows(env).map((r) => [r[1], r[3]])).toEqual([
      ['INC-0001, INC-0002', 'exec@example.com'],
      ['INC-0001', 'm1@example.com'],
      ['INC-0002', 'm2@example.com'],
    ]);
    expect(incidentRecords(env)[0]?.notifications).toBe('');

    env.calls.beforeCall = null;
    env.clock.advance(10 * 60_000); // within the hour: a very-high notice repeats every run, not sooner
    sweep(env);
    expect(sent(env)).toHaveLength(3); // nothing sent twice
    expect(logRows(env)).toHaveLength(3); // nor logged twice
    for (const row of incidentRecords(env)) expect(String(row.notifications)).toContain('exec@example.com');
  });

  it('logs the notices on the next run when the log could not be written either', () => {
    const env = createEscalationEnv([veryHigh(1)], { start: START });
    env.calls.beforeCall = (name, on) => {
      if (name === 'Range.setValues' && on !== 'エスカレーション設定') throw timeout();
    };
    sweep(env);
    expect(sent(env)).toEqual(['exec@example.com', 'm1@example.com']);
    expect(logRows(env)).toEqual([]);

    env.calls.beforeCall = null;
    env.clock.advance(10 * 60_000); // within the hour: a very-high notice repeats every run, not sooner
    sweep(env);
    expect(sent(env)).toHaveLength(2);
    // Logged at the time they were sent, and recorded on the row.
    expect(logRows(env).map((r) => [(r[0] as Date).toISOString(), r[1], r[3]])).toEqual([
      ['2026-11-24T01:10:00.000Z', 'INC-0001', 'exec@example.com'],
      ['2026-11-24T01:10:00.000Z', 'INC-0001', 'm1@example.com'],
    ]);
    expect(String(incidentRecords(env)[0]?.notifications)).toContain('m1@example.com');
  });
});

describe('the time budget', () => {
  it('stops sending four minutes into a run, logs the rest as waiting, and sends them next run', () => {
    const rows = Array.from({ length: 8 }, (_, i) => veryHigh(i + 1, `m${i + 1}@example.com`));
    const env = createEscalationEnv(rows, { start: START, quota: 100 });
    env.mail.sendTakesMs = 50_000; // a slow mail service: five sends pass the four minutes
    sweep(env);
    expect(env.failures).toEqual([]);
    expect(env.mail.outbox).toHaveLength(5);
    const waiting = logRows(env).filter((r) => String(r[4]).includes('実行時間'));
    expect(waiting.length).toBeGreaterThan(0);
    const first = new Set(sent(env));

    env.mail.sendTakesMs = 0;
    env.clock.advance(10 * 60_000); // within the hour: a very-high notice repeats every run, not sooner
    sweep(env);
    // Everyone is told, and nobody twice.
    expect(new Set(sent(env)).size).toBe(env.mail.outbox.length);
    expect(sent(env)).toEqual(['exec@example.com', ...rows.map((r) => String(r.managerEmail))].sort());
    expect([...first].every((r) => sent(env).includes(r))).toBe(true);
  });
});

describe('rows moved during a run', () => {
  it('writes each incident’s record to the row that holds its ID after a sort', () => {
    const env = createEscalationEnv([veryHigh(1), veryHigh(2), veryHigh(3)], { start: START });
    let sorted = false;
    env.mail.afterSend = () => {
      if (sorted) return;
      sorted = true;
      env.incidents.sort(1, false); // someone sorts by ID, newest first, while mail goes out
    };
    sweep(env);
    const records = incidentRecords(env);
    expect(records.map((r) => r.id)).toEqual(['INC-0003', 'INC-0002', 'INC-0001']);
    for (const row of records) expect(String(row.notifications)).toContain(`m${String(row.id).slice(-1)}@example.com`);
    // A second run sees every record where it belongs and sends nothing again.
    const count = env.mail.outbox.length;
    env.clock.advance(10 * 60_000);
    sweep(env);
    expect(env.mail.outbox).toHaveLength(count);
  });

  it('leaves a row inserted above alone, and a row the run numbered keeps its new ID', () => {
    const typed: SeedRow = { ...veryHigh(9), id: '', summary: '入力された行' };
    const env = createEscalationEnv([veryHigh(1), typed], { start: START });
    let inserted = false;
    env.mail.afterSend = () => {
      if (inserted) return;
      inserted = true;
      env.incidents.insertRowsAfter(1, 1); // a blank row above everything, typed into later
      // …with a formula in one of the run's columns: the run never saw the row, so it stays.
      env.incidents.store(2, INCIDENT_COLUMN_KEYS.indexOf('rowProblems') + 1, { value: '', formula: '=""' });
    };
    sweep(env);
    const records = incidentRecords(env);
    expect(records[0]?.id).toBe('');
    expect(records[0]?.notifications).toBe('');
    expect(env.incidents.read(2, INCIDENT_COLUMN_KEYS.indexOf('rowProblems') + 1).formula).toBe('=""');
    expect(records[1]?.id).toBe('INC-0001');
    expect(String(records[1]?.notifications)).toContain('m1@example.com');
    expect(records[2]?.summary).toBe('入力された行');
    expect(records[2]?.id).toBe('INC-0002');
    expect(String(records[2]?.notifications)).toContain('m9@example.com');
  });

  it('leaves a deleted incident alone', () => {
    const env = createEscalationEnv([veryHigh(1), veryHigh(2)], { start: START });
    let deleted = false;
    env.mail.afterSend = () => {
      if (deleted) return;
      deleted = true;
      env.incidents.deleteRows(2, 1); // INC-0001's row goes
    };
    sweep(env);
    const records = incidentRecords(env).filter((r) => r.id !== '');
    expect(records.map((r) => r.id)).toEqual(['INC-0002']);
    expect(String(records[0]?.notifications)).toContain('m2@example.com');
    expect(String(records[0]?.notifications)).not.toContain('m1@example.com');
    // The deleted incident's notices were still logged.
    expect(logRows(env).map((r) => r[1])).toContain('INC-0001');
  });
});
