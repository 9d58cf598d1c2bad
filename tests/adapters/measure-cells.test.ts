// The follow-up's write of the measures' 通知記録 cells: past eight runs of changed rows it writes
// one span, and the rows in between keep what they hold at the moment of the write: notes someone
// typed (before the run read the sheet or since), formulas as formulas.
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

  it('keeps a note typed after the read and a formula, in rows it did not change', () => {
    const fakes = createAppsScriptFakes();
    const ss = fakes.spreadsheet.self();
    ensureMeasuresSheet(ss, 'ja');
    const sheet = fakes.spreadsheet.sheet('対策') as FakeSheet;
    const notes = measureHeaders('ja').length;
    for (let r = 2; r <= 41; r += 2) {
      sheet.write(r, 1, `INC-${r}`);
      sheet.write(r, 2, `対策${r}`);
    }
    sheet.store(5, notes, { value: '確認済み', formula: '=IF(TRUE,"確認済み","")' });
    const read = readMeasures(ss, 'ja', 'Asia/Tokyo');
    sheet.write(7, notes, 'メモ: あとで電話'); // typed while the run worked
    writeMeasureCells(read, new Map(read.measures.map((m) => [m.sheetRow, `記録${m.sheetRow}`])));
    expect(sheet.read(5, notes).formula).toBe('=IF(TRUE,"確認済み","")');
    expect(sheet.read(7, notes).value).toBe('メモ: あとで電話');
    expect(sheet.read(6, notes).value).toBe('記録6');
  });
});
