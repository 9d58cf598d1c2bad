// Sheets refuses a range past a sheet's edge (a new sheet is 1000 x 26) and getRange never grows a
// sheet: the add-on makes room before every write, through the built dist/Code.js.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { type FakeSheet, createAppsScriptFakes } from '../../tools/fakes';
import { loadBundle } from '../../tools/fakes/load-bundle';
import { FULL_FORM } from '../support/services';
import { createEscalationEnv, logRows } from './escalation-env';

const CODE = join(__dirname, '../../dist/Code.js');

describe('a new spreadsheet of 1000 rows', () => {
  it('takes 1,100 reports from the sidebar, every one on its own row with its own ID', () => {
    const fakes = createAppsScriptFakes({ mailQuota: 10_000 });
    const bundle = loadBundle(CODE, fakes.globals, fakes.clock);
    const medium = { ...FULL_FORM, impact: '中', urgency: '中' };
    for (let n = 1; n <= 1100; n++) bundle.call('submitIncident', { ...medium, summary: `報告 ${n}` });
    const sheet = fakes.spreadsheet.sheet('インシデント') as FakeSheet;
    const rows = sheet.valuesSnapshot().slice(1);
    expect(rows).toHaveLength(1100);
    expect(rows[1099]?.[0]).toBe('INC-1100');
    expect(rows[1099]?.[2]).toBe('報告 1100');
    expect(new Set(rows.map((r) => r[0])).size).toBe(1100);
    expect(sheet.maxRows).toBeGreaterThanOrEqual(1101);
  }, 60_000);
});

describe('the escalation log past row 1000', () => {
  it('keeps logging, and never writes over a note typed below its last row', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      id: `INC-${String(i + 1).padStart(4, '0')}`,
      reportedAt: new Date('2026-11-20T10:00:00+09:00'),
      summary: `案件 ${i + 1}`,
      impact: '高',
      urgency: '中',
      status: '対応中',
      managerEmail: `manager${i % 7}@example.com`,
    }));
    const env = createEscalationEnv(rows);
    env.bundle.call('turnOnEscalations');
    // A log in use for months: its rows reach the new sheet's 1000th, the run's must go past it.
    const log = env.spreadsheet.sheet('エスカレーション記録') as FakeSheet;
    const old = new Date('2026-09-01T10:00:00+09:00');
    for (let r = 2; r <= 997; r++)
      ['', `INC-${r}`, '第2段階', 'old@example.com', '送信済み'].forEach((value, c) =>
        log.store(r, c + 1, { value: c === 0 ? old : value, formula: '' }),
      );
    env.bundle.call('checkEscalations');
    const logged = logRows(env).length;
    expect(logged).toBeGreaterThan(1000);
    expect(log.maxRows).toBeGreaterThanOrEqual(logged + 1);
    log.write(logged + 2, 1, 'メモ: 来週確認'); // a person's note, a row below the last log row
    env.clock.advance(2 * 3_600_000);
    env.bundle.call('checkEscalations');
    const after = log.valuesSnapshot();
    expect(after[logged + 1]?.[0]).toBe('メモ: 来週確認');
    expect(after.length).toBeGreaterThan(logged + 2);
  }, 60_000);
});

describe('set-up on a sheet with columns of its own', () => {
  it('adds the missing columns past the 26th, keeping every column the team had', () => {
    const fakes = createAppsScriptFakes();
    const sheet = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName()) as FakeSheet;
    const own = Array.from({ length: 22 }, (_, i) => `自分の列${i + 1}`);
    const ours = INCIDENT_COLUMN_KEYS.slice(0, 3).map((k) => INCIDENT_COLUMNS[k].ja);
    [...own, ...ours].forEach((header, c) => sheet.write(1, c + 1, header));
    sheet.write(2, 1, '残すデータ');
    const bundle = loadBundle(CODE, fakes.globals, fakes.clock);
    bundle.call('setUpSheets');
    const header = sheet.valuesSnapshot()[0] as unknown[];
    expect(header.slice(0, 22)).toEqual(own);
    expect(header).toHaveLength(22 + INCIDENT_COLUMN_KEYS.length);
    expect(new Set(header.slice(22))).toEqual(new Set(INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja)));
    expect(sheet.valuesSnapshot()[1]?.[0]).toBe('残すデータ');
    expect(sheet.maxColumns).toBe(22 + INCIDENT_COLUMN_KEYS.length);
  });
});
