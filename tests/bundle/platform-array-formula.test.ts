// A whole-column array formula (=RISKLEVEL(E2:E, F2:F) at the top of リスクレベル, as the README
// recommends) turns into #REF! as soon as any cell of its spill is written. The add-on writes only
// cells that are empty and not covered by it: in onEdit, in submit and in the sweep.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { riskLevelFormula } from '../../src/domain/formulas';
import { columnPositions } from '../../src/domain/incident-columns';
import { type FakeSheet, createAppsScriptFakes } from '../../tools/fakes';
import { loadBundle } from '../../tools/fakes/load-bundle';
import { FULL_FORM } from '../support/services';

const CODE = join(__dirname, '../../dist/Code.js');
const FORMULA = '=RISKLEVEL(E2:E, F2:F)';

/** Sheets' evaluation of the one formula this test writes: RISKLEVEL over the open-ended columns. */
function evaluate(formula: string, sheet: FakeSheet): unknown {
  if (formula !== FORMULA) return '#NAME?';
  const column = (c: number) => Array.from({ length: sheet.maxRows - 1 }, (_, r) => [sheet.read(r + 2, c).value]);
  return riskLevelFormula(column(5) as string[][], column(6) as string[][]);
}

describe('a whole-column RISKLEVEL formula in リスクレベル', () => {
  it('keeps working through typed rows, reports from the sidebar and the hourly sweep', () => {
    const fakes = createAppsScriptFakes({ spreadsheet: { evaluate }, mailQuota: 100 });
    const bundle = loadBundle(CODE, fakes.globals, fakes.clock);
    bundle.call('setUpSheets');
    const sheet = fakes.spreadsheet.sheet('インシデント')!;
    const level = (columnPositions(sheet.valuesSnapshot()[0] ?? []).riskLevel as number) + 1;
    expect(level).toBe(7); // G, over impact E and urgency F
    sheet.write(2, level, FORMULA);
    expect(sheet.read(2, level).value).not.toBe('#REF!');

    // A row typed below, completed by onEdit.
    sheet.write(3, 3, '納期遅延');
    sheet.write(3, 5, '中');
    sheet.write(3, 6, '低');
    bundle.call('onEdit', { authMode: 'LIMITED', range: sheet.self().getRange('C3:F3') });
    expect(sheet.read(3, 1).value).toMatch(/^INC-/);
    // A report from the sidebar, and an hourly sweep over both.
    bundle.call('submitIncident', { ...FULL_FORM, impact: '高', urgency: '中' });
    bundle.call('turnOnEscalations');
    fakes.clock.advance(26 * 3_600_000);
    bundle.call('checkEscalations');

    expect(sheet.read(2, level).formula).toBe(FORMULA);
    expect(sheet.read(2, level).value).not.toBe('#REF!');
    for (const row of [3, 4]) expect(sheet.spilledBy.get(`${row}:${level}`)).toBe(`2:${level}`);
    expect(sheet.read(4, 1).value).toMatch(/^INC-/); // the report landed, its level left to the formula
  });

  it('breaks, in the fakes as in Sheets, when a cell of its spill is written', () => {
    const fakes = createAppsScriptFakes({ spreadsheet: { evaluate } });
    const sheet = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName())!;
    sheet.write(2, 7, FORMULA);
    sheet.self().getRange(5, 7).setValue('高リスク');
    expect(sheet.read(2, 7).value).toBe('#REF!');
  });
});
