// The hourly run's read of a long sheet: the probe's columns (ID, status, 解決日時, 要確認) are read
// once; the sweep's read leaves out those that would move more than a call costs, and reads a
// cheap one again rather than pay a call to skip it.
import { describe, expect, it } from 'vitest';
import { CALL_BYTES, columnBytes, readSpans } from '../../src/adapters/column-spans';
import { readSweepRows } from '../../src/adapters/open-rows';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../../src/domain/incident-columns';
import { createAppsScriptFakes } from '../../tools/fakes';

describe('readSpans', () => {
  const bytes = (sizes: Record<number, number>) => (p: number) => sizes[p] ?? 0;

  it('leaves out a held column at the edge of a span for free', () => {
    expect(readSpans([0, 1, 2], new Set([0]), bytes({ 0: 5 }))).toEqual([[1, 2]]);
  });

  it('skips a heavy held column inside a span, at the price of one more read', () => {
    expect(readSpans([0, 1, 2, 3, 4], new Set([2]), bytes({ 2: CALL_BYTES + 1 }))).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });

  it('reads a cheap held column again rather than split the read', () => {
    expect(readSpans([0, 1, 2, 3, 4], new Set([2, 3]), bytes({ 2: 10, 3: CALL_BYTES - 10 }))).toEqual([[0, 4]]);
    expect(readSpans([0, 1, 2, 3, 4], new Set([2, 3]), bytes({ 2: 11, 3: CALL_BYTES - 10 }))).toEqual([
      [0, 1],
      [4, 4],
    ]);
  });

  it('never bridges a column that is not wanted, however cheap', () => {
    expect(readSpans([0, 2], new Set<number>(), bytes({}))).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(readSpans([0, 1, 3], new Set([1]), bytes({}))).toEqual([
      [0, 0],
      [3, 3],
    ]);
  });

  it('reads nothing when every wanted column is held', () => {
    expect(readSpans([1, 2], new Set([1, 2]), bytes({}))).toEqual([]);
  });
});

describe('columnBytes', () => {
  it('counts text in UTF-8, a date as 25 bytes, one byte of framing a cell', () => {
    const values = [['h'], ['対応中'], [new Date(0)], [''], [42]];
    expect(columnBytes(values, 0, 2, 5)).toBe(10 + 25 + 1 + 3);
  });
});

describe('readSweepRows on a long sheet of open incidents', () => {
  /** `rows` open incidents: long status words make the status column worth skipping. */
  function sheetOf(rows: number, status: string) {
    const fakes = createAppsScriptFakes();
    const sheet = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName())!;
    sheet.maxRows = rows + 1;
    INCIDENT_COLUMN_KEYS.forEach((key, c) => sheet.store(1, c + 1, { value: INCIDENT_COLUMNS[key].ja, formula: '' }));
    const at = (key: IncidentColumn) => INCIDENT_COLUMN_KEYS.indexOf(key) + 1;
    for (let r = 2; r <= rows + 1; r++) {
      sheet.store(r, at('id'), { value: `INC-${r}`, formula: '' });
      sheet.store(r, at('status'), { value: status, formula: '' });
      sheet.store(r, at('managerEmail'), { value: `m${r}@example.com`, formula: '' });
    }
    const read: string[] = [];
    const self = sheet.self();
    const spy = new Proxy(self, {
      get(target, key) {
        if (key !== 'getRange') return Reflect.get(target, key, target) as unknown;
        return (row: number, column: number, numRows = 1, numColumns = 1) => {
          read.push(`${column}+${numColumns}`);
          return target.getRange(row, column, numRows, numColumns);
        };
      },
    });
    // Whether the reads after the probe's (its last column is 要確認) cover a column.
    const coveredAfterProbe = (column: number) =>
      read.slice(read.indexOf(`${at('rowProblems')}+1`) + 1).some((r) => {
        const [from, width] = r.split('+').map(Number) as [number, number];
        return from <= column && column < from + width;
      });
    return { sheet: spy, at, coveredAfterProbe };
  }

  it('reads the ID and a heavy status once, and every other column of the sweep', () => {
    const rows = 12_000;
    const { sheet, at, coveredAfterProbe: covers } = sheetOf(rows, '対応中（顧客回答待ち）'); // 34 bytes a cell: 400 KB
    const result = readSweepRows(sheet, 0, new Set(), 10);
    expect(result.unread).toBeUndefined();
    const row = result.values[rows] as unknown[];
    expect(row[at('id') - 1]).toBe(`INC-${rows + 1}`);
    expect(row[at('status') - 1]).toBe('対応中（顧客回答待ち）');
    expect(row[at('managerEmail') - 1]).toBe(`m${rows + 1}@example.com`);
    expect(covers(at('id'))).toBe(false);
    expect(covers(at('status'))).toBe(false);
    for (const key of ['reportedAt', 'managerEmail', 'acknowledgedBy', 'stage', 'notifications'] as const)
      expect(covers(at(key)), key).toBe(true);
  });

  it('reads a light status again within its span rather than pay a read to skip it', () => {
    const { sheet, at, coveredAfterProbe } = sheetOf(1_000, '対応中');
    readSweepRows(sheet, 0, new Set(), 10);
    expect(coveredAfterProbe(at('status'))).toBe(true);
    expect(coveredAfterProbe(at('id'))).toBe(false);
  });
});
