import { describe, expect, it } from 'vitest';
import { setUpWorkbook } from '../../src/adapters/set-up';
import { INCIDENT_COLUMN_KEYS, INCIDENT_COLUMNS } from '../../src/domain/incident-columns';
import type { FakeSheet } from '../../tools/fakes';
import { fakeServices } from '../support/services';

function state(sheet: FakeSheet) {
  return JSON.stringify({
    values: sheet.valuesSnapshot(),
    frozen: sheet.frozenRows,
    rules: sheet.conditionalRules,
    validations: [...sheet.validations],
    formats: [...sheet.numberFormats],
  });
}

describe('set-up', () => {
  it('creates the incidents sheet with Japanese headers, frozen, with dropdowns and risk colours', () => {
    const { fakes, services } = fakeServices();
    const result = setUpWorkbook(services.spreadsheetApp);
    const sheet = fakes.spreadsheet.sheet('インシデント') as FakeSheet;
    expect(result.added).toEqual(['インシデント', 'エスカレーション設定', '対策', '履歴']);
    expect(sheet.valuesSnapshot()[0]).toEqual(INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja));
    expect(sheet.frozenRows).toBe(1);
    const impactColumn = INCIDENT_COLUMN_KEYS.indexOf('impact') + 1;
    expect(sheet.validations.get(`2:${impactColumn}`)).toMatchObject({
      kind: 'list',
      values: ['高', '中', '低'],
      allowInvalid: true,
    });
    const statusColumn = INCIDENT_COLUMN_KEYS.indexOf('status') + 1;
    expect(sheet.validations.get(`500:${statusColumn}`)?.values).toEqual([
      '未対応',
      '対応中',
      '保留',
      '解決済み',
      '完了',
    ]);
    expect(sheet.conditionalRules.map((r) => r.condition.value)).toEqual([
      '非常に高リスク',
      'Very high',
      '高リスク',
      'High',
      '中リスク',
      'Medium',
      '低リスク',
      'Low',
    ]);
    expect(sheet.conditionalRules[0]?.ranges[0]?.a1).toBe('G2:G1000');
  });

  it('names everything in English for an English spreadsheet', () => {
    const { fakes, services } = fakeServices({ spreadsheet: { locale: 'en_US' } });
    setUpWorkbook(services.spreadsheetApp);
    const sheet = fakes.spreadsheet.sheet('Incidents') as FakeSheet;
    expect(sheet.valuesSnapshot()[0]?.slice(0, 3)).toEqual(['ID', 'Reported at', 'Summary']);
    const categoryColumn = INCIDENT_COLUMN_KEYS.indexOf('category') + 1;
    expect(sheet.validations.get(`2:${categoryColumn}`)?.values).toContain('Regulatory / legal');
  });

  it('changes nothing when run a second time', () => {
    const { fakes, services } = fakeServices();
    setUpWorkbook(services.spreadsheetApp);
    const sheet = fakes.spreadsheet.sheet('インシデント') as FakeSheet;
    const before = state(sheet);
    const second = setUpWorkbook(services.spreadsheetApp);
    expect(second.added).toEqual([]);
    expect(state(sheet)).toBe(before);
    expect(fakes.spreadsheet.sheets.map((s) => s.nameNow())).toEqual([
      'シート1',
      'インシデント',
      'エスカレーション設定',
      '対策',
      '履歴',
    ]);
  });

  it('names the formats it lays again on sheets that lost them (an .xlsx import brings values only)', () => {
    const { fakes, services } = fakeServices({ spreadsheet: { locale: 'en_US' } });
    setUpWorkbook(services.spreadsheetApp);
    const incidents = fakes.spreadsheet.sheet('Incidents') as FakeSheet;
    const measures = fakes.spreadsheet.sheet('Measures') as FakeSheet;
    incidents.conditionalRules = [];
    incidents.validations.clear();
    const again = setUpWorkbook(services.spreadsheetApp);
    expect(again.added).toEqual(['dropdowns', 'risk-level colours']);
    expect(incidents.conditionalRules).toHaveLength(8);
    // Only the measures sheet's date formats gone: only they are named.
    measures.numberFormats.clear();
    expect(setUpWorkbook(services.spreadsheetApp).added).toEqual(['date formats']);
    expect(setUpWorkbook(services.spreadsheetApp).added).toEqual([]);
  });

  it('makes the measures and history sheets, with kind and status dropdowns that take either language', () => {
    const { fakes, services } = fakeServices({ spreadsheet: { locale: 'en_US' } });
    const result = setUpWorkbook(services.spreadsheetApp);
    expect(result.added).toEqual(expect.arrayContaining(['Measures', 'History']));
    const measures = fakes.spreadsheet.sheet('Measures') as FakeSheet;
    expect(measures.valuesSnapshot()[0]?.slice(0, 3)).toEqual(['Incident ID', 'Measure', 'Kind']);
    expect(measures.frozenRows).toBe(1);
    expect(measures.validations.get('2:3')).toMatchObject({
      kind: 'list',
      values: ['Interim', 'Permanent', 'Prevention', 'Roll-out', '暫定対応', '恒久対策', '再発防止', '横展開'],
      allowInvalid: true,
    });
    expect(measures.validations.get('1000:6')?.values).toEqual([
      'To do',
      'In progress',
      'Done',
      'Dropped',
      '未着手',
      '実施中',
      '完了',
      '中止',
    ]);
    expect((fakes.spreadsheet.sheet('History') as FakeSheet).valuesSnapshot()[0]).toEqual([
      'When',
      'ID',
      'Event',
      'By',
      'Stage',
      'Detail',
    ]);
    // A second run finds them (in either language) and adds nothing.
    expect(setUpWorkbook(services.spreadsheetApp).added).toEqual([]);
  });

  it("keeps existing data, the user's own columns and format rules, and only adds missing columns", () => {
    const { fakes, services } = fakeServices();
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Incidents');
    sheet.getRange(1, 1, 3, 4).setValues([
      ['Summary', '自分のメモ', 'Impact', '緊急度'],
      ['納期遅延', 'keep me', 'Low', '中'],
      ['品質不良', '', '高', '高'],
    ]);
    const userRule = fakes.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenTextContains('至急')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('B2:B')])
      .build();
    sheet.setConditionalFormatRules([userRule]);
    const result = setUpWorkbook(services.spreadsheetApp);
    const fake = fakes.spreadsheet.sheet('Incidents') as FakeSheet;
    const values = fake.valuesSnapshot();
    expect(values[1]?.slice(0, 4)).toEqual(['納期遅延', 'keep me', 'Low', '中']);
    expect(values[0]?.slice(0, 4)).toEqual(['Summary', '自分のメモ', 'Impact', '緊急度']);
    expect(values[0]).toHaveLength(4 + INCIDENT_COLUMN_KEYS.length - 3);
    expect(values[0]?.filter((h) => h === '問題の概要' || h === '影響度')).toEqual([]);
    // The sheet had no dropdowns, date formats or colours: set-up says it laid them.
    expect(result.added).toEqual([
      `列 ${INCIDENT_COLUMN_KEYS.length - 3} 件`,
      'エスカレーション設定',
      '対策',
      '履歴',
      'プルダウン',
      '日付の表示形式',
      'リスクレベルの色分け',
    ]);
    expect(fake.conditionalRules[0]?.condition).toEqual({ kind: 'textContains', value: '至急' });
    expect(fake.conditionalRules).toHaveLength(9);
  });

  it('never labels a column that holds data under a blank header: new columns go after it', () => {
    const { fakes, services } = fakeServices();
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('インシデント');
    sheet.getRange(1, 1, 2, 2).setValues([
      ['問題の概要', ''],
      ['納期遅延', '未見出しのメモ'],
    ]);
    setUpWorkbook(services.spreadsheetApp);
    const header = (fakes.spreadsheet.sheet('インシデント') as FakeSheet).valuesSnapshot()[0] ?? [];
    expect(header[1]).toBe('');
    expect(header[2]).toBe('ID');
  });
});
