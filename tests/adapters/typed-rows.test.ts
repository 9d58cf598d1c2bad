import { describe, expect, it } from 'vitest';
import { setUpWorkbook } from '../../src/adapters/set-up';
import { submitIncidentWith } from '../../src/adapters/submit-incident';
import { completeEditedRows } from '../../src/adapters/typed-rows';
import { INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { DEFAULT_MATRIX } from '../../src/domain/risk-matrix';
import { type FakeSheet, spreadsheetCalls } from '../../tools/fakes';
import { FULL_FORM, fakeServices } from '../support/services';

const NOW = new Date('2026-11-24T10:00:00+09:00');
const col = (key: (typeof INCIDENT_COLUMN_KEYS)[number]) => INCIDENT_COLUMN_KEYS.indexOf(key) + 1;

function prepared() {
  const { fakes, services } = fakeServices();
  setUpWorkbook(services.spreadsheetApp);
  submitIncidentWith(services, FULL_FORM, { now: NOW });
  const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
    'インシデント',
  ) as GoogleAppsScript.Spreadsheet.Sheet;
  return { fakes, services, sheet, fake: fakes.spreadsheet.sheet('インシデント') as FakeSheet };
}

/** Pastes rows of [summary, impact, urgency] below the last row, as a person pasting a block. */
function paste(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: string[][]): GoogleAppsScript.Spreadsheet.Range {
  const first = sheet.getLastRow() + 1;
  for (const [i, [summary, impact, urgency]] of rows.entries()) {
    sheet.getRange(first + i, col('summary')).setValue(summary);
    sheet.getRange(first + i, col('impact')).setValue(impact);
    sheet.getRange(first + i, col('urgency')).setValue(urgency);
  }
  return sheet.getRange(first, 1, rows.length, col('urgency'));
}

describe('rows typed or pasted into the sheet', () => {
  it('get IDs after the highest, a risk level, report time, status and stage', () => {
    const { services, sheet, fake } = prepared();
    const range = paste(sheet, [
      ['納期遅延', '低', '中'],
      ['品質クレーム', 'High', 'High'],
      ['', '', ''],
    ]);
    expect(completeEditedRows(services, range, () => DEFAULT_MATRIX, NOW)).toBe(3);
    const rows = fake.valuesSnapshot();
    expect(rows[2]?.[col('id') - 1]).toBe('INC-0002');
    expect(rows[3]?.[col('id') - 1]).toBe('INC-0003');
    expect(rows[2]?.[col('riskLevel') - 1]).toBe('低リスク');
    expect(rows[3]?.[col('riskLevel') - 1]).toBe('非常に高リスク');
    expect(rows[3]?.[col('reportedAt') - 1]).toEqual(NOW);
    expect(rows[3]?.[col('status') - 1]).toBe('未対応');
    expect(rows[3]?.[col('stage') - 1]).toBe('第1段階');
    expect(fake.lastRow()).toBe(4);
  });

  it('recomputes the level when a grade is changed, clears it when unreadable, and keeps the rest', () => {
    const { services, sheet, fake } = prepared();
    sheet.getRange(2, col('urgency')).setValue('低');
    completeEditedRows(services, sheet.getRange(2, col('urgency')), () => DEFAULT_MATRIX, NOW);
    expect(fake.read(2, col('riskLevel')).value).toBe('中リスク');
    expect(fake.read(2, col('id')).value).toBe('INC-0001');
    sheet.getRange(2, col('urgency')).setValue('すごく');
    completeEditedRows(services, sheet.getRange(2, col('urgency')), () => DEFAULT_MATRIX, NOW);
    expect(fake.read(2, col('riskLevel')).value).toBe('');
    expect(fake.read(2, col('summary')).value).toBe(FULL_FORM.summary);
  });

  it('never overwrites a formula the owner put in a column', () => {
    const { services, sheet, fake } = prepared();
    sheet.getRange(2, col('riskLevel')).setFormula('=RISKLEVEL(E2,F2)');
    completeEditedRows(services, sheet.getRange(2, 1, 1, 6), () => DEFAULT_MATRIX, NOW);
    expect(fake.read(2, col('riskLevel')).formula).toBe('=RISKLEVEL(E2,F2)');
  });

  it('ignores edits to other sheets and to the header row', () => {
    const { fakes, services, fake } = prepared();
    const other = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('メモ');
    other.getRange('A2').setValue('高');
    expect(completeEditedRows(services, other.getRange('A2'), () => DEFAULT_MATRIX, NOW)).toBe(0);
    const before = JSON.stringify(fake.valuesSnapshot());
    expect(completeEditedRows(services, fake.self().getRange(1, 1, 1, 3), () => DEFAULT_MATRIX, NOW)).toBe(0);
    expect(JSON.stringify(fake.valuesSnapshot())).toBe(before);
  });

  it('uses a constant number of calls whether 1 or 500 rows are pasted', () => {
    const counts = [1, 500].map((n) => {
      const { fakes, services, sheet } = prepared();
      const range = paste(
        sheet,
        Array.from({ length: n }, (_, i) => [`件名${i}`, '中', '中']),
      );
      fakes.calls.reset();
      completeEditedRows(services, range, () => DEFAULT_MATRIX, NOW);
      return spreadsheetCalls(fakes.calls);
    });
    expect(counts[0]).toBe(counts[1]);
  });
});

describe('rows written back after an edit', () => {
  it('keep literal text that looks like a formula as text', () => {
    const { services, sheet, fake } = prepared();
    sheet.getRange(2, col('status')).setValue("'=対応中");
    sheet.getRange(2, col('impact')).setValue('中');
    completeEditedRows(services, sheet.getRange(2, col('impact')), () => DEFAULT_MATRIX, NOW);
    expect(fake.read(2, col('status'))).toEqual({ value: '=対応中', formula: '' });
    expect(fake.read(2, col('riskLevel')).value).toBe('高リスク');
  });
});
