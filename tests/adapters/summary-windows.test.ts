// The listed rows' summaries are read in a few windows cut at the widest gaps: constant calls,
// and little read when the rows sit together.
import { describe, expect, it } from 'vitest';
import { readDetails, windowsOf } from '../../src/adapters/incidents-table';
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

describe('readDetails', () => {
  function sheetOf(rows: number) {
    const fakes = createAppsScriptFakes();
    const sheet = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName())!;
    sheet.maxRows = rows + 1;
    INCIDENT_COLUMN_KEYS.forEach((key, c) => sheet.write(1, c + 1, INCIDENT_COLUMNS[key].ja));
    for (let r = 2; r <= rows + 1; r++) {
      sheet.write(r, INCIDENT_COLUMN_KEYS.indexOf('summary') + 1, `概要${r}`);
      sheet.write(r, INCIDENT_COLUMN_KEYS.indexOf('actionsTaken') + 1, `対応${r}`);
    }
    const positions = columnPositions(INCIDENT_COLUMN_KEYS.map((key) => INCIDENT_COLUMNS[key].ja));
    return { sheet: sheet.self(), positions };
  }

  it('reads the whole report of rows that sit together', () => {
    const { sheet, positions } = sheetOf(100);
    const read = readDetails(sheet, positions, [50, 51, 52]);
    expect(read.summaries.get(51)).toBe('概要51');
    expect(read.details.get(51)?.actionsTaken).toBe('対応51');
  });

  it('reads only the summaries of rows scattered over a long sheet', () => {
    const { sheet, positions } = sheetOf(2000);
    const rows = Array.from({ length: 200 }, (_, i) => 2 + i * 10);
    const read = readDetails(sheet, positions, rows);
    expect(read.summaries.get(12)).toBe('概要12');
    expect(read.details.size).toBe(0);
  });
});
