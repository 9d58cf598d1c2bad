// The follow-up's write of the measures' 通知記録 cells: past eight runs of changed rows it writes
// one span, and the rows in between keep what they hold, measures or notes someone typed.
import { describe, expect, it } from 'vitest';
import { writeMeasureCells } from '../../src/adapters/follow-up-sheets';
import { ensureMeasuresSheet, readMeasures } from '../../src/adapters/measures-sheet';
import { measureHeaders } from '../../src/domain/measures/measure-columns';
import { createAppsScriptFakes } from '../../tools/fakes';
import type { FakeSheet } from '../../tools/fakes/sheet';

describe('writeMeasureCells', () => {
  it('puts back the cells of rows it did not change, notes included', () => {
    const fakes = createAppsScriptFakes();
    const ss = fakes.spreadsheet.self();
    ensureMeasuresSheet(ss, 'ja');
    const sheet = fakes.spreadsheet.sheet('対策') as FakeSheet;
    const notes = measureHeaders('ja').length; // 通知記録 is the last column
    for (let r = 2; r <= 41; r++) {
      if (r % 2 === 0) {
        sheet.write(r, 1, `INC-${r}`);
        sheet.write(r, 2, `対策${r}`);
      } else sheet.write(r, notes, `メモ${r}`);
    }
    const read = readMeasures(ss, 'ja', 'Asia/Tokyo');
    const cells = new Map(read.measures.map((m) => [m.sheetRow, `記録${m.sheetRow}`]));
    writeMeasureCells(read, cells);
    const column = sheet.valuesSnapshot().map((row) => row[notes - 1]);
    expect(column[1]).toBe('記録2');
    expect(column[2]).toBe('メモ3');
    expect(column[39]).toBe('記録40');
    expect(column[40]).toBe('メモ41');
  });
});
