// Rows made literal for a write read back exactly as built: text that looks like a formula, number,
// boolean or date stays text, repeated and changing down a column alike; other values are untouched.
import { describe, expect, it } from 'vitest';
import { createAppsScriptFakes } from '../../tools/fakes';
import { makeLiteralInPlace } from '../../src/adapters/sheet-text';

describe('makeLiteralInPlace', () => {
  it('writes every text as text, whatever repeats down a column, and leaves other values as they are', () => {
    const when = new Date('2026-11-24T01:00:00Z');
    const built = [
      ['=1+1', 'same', '', 42, when],
      ['=1+1', 'same', '+cmd', true, ''],
      ['-x', 'same', '+cmd', 0, when],
      ['2026-11-24', 'other', 'TRUE', 1.5, ''],
      ['=1+1', 'same', '123', '', 'plain'],
    ];
    const rows = built.map((r) => [...r]);
    makeLiteralInPlace(rows);
    expect(rows.map((r) => r.filter((v) => typeof v !== 'string'))).toEqual(
      built.map((r) => r.filter((v) => typeof v !== 'string')),
    );
    expect(
      rows
        .flat()
        .filter((v) => typeof v === 'string' && v !== '')
        .every((v) => String(v).startsWith("'")),
    ).toBe(true);

    const sheet = createAppsScriptFakes().globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
    sheet.getRange(1, 1, rows.length, 5).setValues(rows);
    expect(sheet.getRange(1, 1, rows.length, 5).getValues()).toEqual(built);
    expect(
      sheet
        .getRange(1, 1, rows.length, 5)
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('does nothing to no rows', () => {
    const rows: unknown[][] = [];
    makeLiteralInPlace(rows);
    expect(rows).toEqual([]);
  });
});
