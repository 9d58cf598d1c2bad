// The listed rows' summaries are read in a few windows cut at the widest gaps: constant calls,
// and little read when the rows sit together.
import { describe, expect, it } from 'vitest';
import { REVIEW_COLUMNS, readReviewValues } from '../../src/adapters/incidents-table';
import { DETAIL_ROWS, readDetails } from '../../src/adapters/report-text';
import { rowsWithin, windowsOf } from '../../src/adapters/row-windows';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS, columnPositions } from '../../src/domain/incident-columns';
import { createAppsScriptFakes } from '../../tools/fakes';

describe('windowsOf', () => {
  it('covers every row, cutting at the widest gaps', () => {
    expect(windowsOf([5, 6, 7, 500, 501, 90_000], 3)).toEqual([
      [5, 7],
      [500, 501],
      [90_000, 90_000],
    ]);
    expect(windowsOf([5, 6, 7, 500, 501, 90_000], 2)).toEqual([
      [5, 501],
      [90_000, 90_000],
    ]);
  });

  it('makes one window of adjacent rows, and ignores repeats and order', () => {
    expect(windowsOf([12, 10, 11, 11], 8)).toEqual([[10, 12]]);
    expect(windowsOf([3], 8)).toEqual([[3, 3]]);
  });

  it('never makes more windows than asked, whatever the rows', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => 2 + i * 7);
    const windows = windowsOf(rows, 8);
    expect(windows).toHaveLength(8);
    for (const row of rows) expect(windows.some(([a, b]) => a <= row && row <= b)).toBe(true);
  });
});

describe('rowsWithin', () => {
  it('keeps the longest prefix whose windows stay within the budget, in the order given', () => {
    expect(rowsWithin([10, 11, 12, 5000, 13], 10, 4)).toEqual([10, 11, 12, 5000, 13]);
    // 3,000 rows cannot join 10–12 in one window once the windows run out.
    expect(rowsWithin([10, 11, 900, 2000, 3000, 12], 10, 2)).toEqual([10, 11, 900]);
    expect(rowsWithin([7, 7, 8], 1, 4)).toEqual([7]);
    expect(rowsWithin([], 10, 4)).toEqual([]);
  });
});

describe('readDetails', () => {
  function sheetOf(rows: number) {
    const fakes = createAppsScriptFakes();
    const sheet = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName())!;
    sheet.maxRows = rows + 1;
    INCIDENT_COLUMN_KEYS.forEach((key, c) => sheet.write(1, c + 1, INCIDENT_COLUMNS[key].ja));
    for (let r = 2; r <= rows + 1; r++) {
      sheet.write(r, INCIDENT_COLUMN_KEYS.indexOf('summary') + 1, `概要${r}`);
      sheet.write(r, INCIDENT_COLUMN_KEYS.indexOf('actionsTaken') + 1, `対応${r}`);
      sheet.write(r, INCIDENT_COLUMN_KEYS.indexOf('customer') + 1, `顧客${r}`);
    }
    const positions = columnPositions(INCIDENT_COLUMN_KEYS.map((key) => INCIDENT_COLUMNS[key].ja));
    // The sweep's read of a row: who is involved comes from it, not from another read.
    const rawOf = (r: number) => INCIDENT_COLUMN_KEYS.map((key) => (key === 'customer' ? `読んだ顧客${r}` : ''));
    return { sheet: sheet.self(), positions, rawOf, fakes };
  }

  it("reads the report text of rows that sit together, the rest from the sweep's read", () => {
    const { sheet, positions, rawOf, fakes } = sheetOf(100);
    fakes.calls.reset();
    const read = readDetails(sheet, positions, [50, 51, 52], rawOf);
    expect(read.summaries.get(51)).toBe('概要51');
    expect(read.details.get(51)?.actionsTaken).toBe('対応51');
    expect(read.details.get(51)?.customer).toBe('読んだ顧客51');
    // Only rows 50–52, in two reads: summary to support requested (the grades between), the direction.
    expect(fakes.calls.count('Range.getValues')).toBe(2);
  });

  it('reads the report of the first rows given within its budget, and nothing of the rest', () => {
    const { sheet, positions, rawOf, fakes } = sheetOf(20_000);
    const rows = Array.from({ length: 2000 }, (_, i) => 2 + i * 10);
    fakes.calls.reset();
    const read = readDetails(sheet, positions, rows, rawOf);
    expect(read.summaries.get(12)).toBe('概要12');
    expect(read.details.get(12)?.actionsTaken).toBe('対応12');
    expect(read.summaries.has(rows[rows.length - 1] as number)).toBe(false);
    expect(read.summaries.size).toBeGreaterThan(40);
    expect(read.summaries.size).toBeLessThanOrEqual(DETAIL_ROWS);
    // Whatever the rows, a constant number of reads.
    expect(fakes.calls.count('Range.getValues')).toBeLessThanOrEqual(12);
  });
});

describe('readReviewValues', () => {
  it("reads the review's columns of every row and leaves the people, the 通知記録 and the texts unread", () => {
    const fakes = createAppsScriptFakes();
    const sheet = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName())!;
    INCIDENT_COLUMN_KEYS.forEach((key, c) => sheet.write(1, c + 1, INCIDENT_COLUMNS[key].ja));
    INCIDENT_COLUMN_KEYS.forEach((key, c) => sheet.write(2, c + 1, `${key}の値`));
    const [, row = []] = readReviewValues(sheet.self());
    const cell = (key: (typeof INCIDENT_COLUMN_KEYS)[number]) => row[INCIDENT_COLUMN_KEYS.indexOf(key)];
    for (const key of REVIEW_COLUMNS) expect(cell(key)).toBe(`${key}の値`);
    for (const key of ['notifications', 'owner', 'managerEmail', 'summary', 'stage'] as const)
      expect(cell(key)).toBe('');
  });
});
