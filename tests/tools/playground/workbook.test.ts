// The playground's workbook: the add-on's custom functions evaluated in cells (single cells and
// whole columns, spilling like Sheets), colours from format rules, and edits through the fake
// Range with the edit trigger's event; bad references and rejected input change nothing.
import { describe, expect, it } from 'vitest';
import { PlaygroundError } from '../../../tools/playground/messages';
import { playgroundView } from '../../../tools/playground/snapshot';
import { TRIGGER_BUNDLE, fixtureDist, makeApp, workbookValues } from './support';

function sheetOne(app: ReturnType<typeof makeApp>) {
  return app.session.fakes.spreadsheet.sheets[0]!;
}

function type(app: ReturnType<typeof makeApp>, cells: Record<string, string>) {
  const sheet = sheetOne(app).nameNow();
  for (const [a1, text] of Object.entries(cells)) app.editCell(a1, sheet, text);
}

describe('playground workbook', () => {
  it('evaluates =RISKLEVEL over single cells with the real bundle', () => {
    const app = makeApp();
    type(app, { A1: '高', B1: '中', C1: '=RISKLEVEL(A1, B1)', D1: '=RISKLEVEL(A1, B1, , "en")' });
    expect(sheetOne(app).valuesSnapshot()[0]).toEqual(['高', '中', '高リスク', 'High']);
  });

  it('spills a whole-column result down, recalculates when an input changes, and blocks a spill with #REF!', () => {
    const app = makeApp();
    type(app, { A2: '高', B2: '高', A3: 'Low', B3: 'Low', C2: '=RISKLEVEL(A2:A, B2:B)' });
    expect(
      sheetOne(app)
        .valuesSnapshot()
        .slice(1)
        .map((row) => row[2]),
    ).toEqual(['非常に高リスク', 'Low']);
    type(app, { A3: '中', B3: '高' });
    expect(sheetOne(app).read(3, 3).value).toBe('高リスク');
    type(app, { C5: 'in the way' });
    expect(sheetOne(app).read(2, 3).value).toBe('#REF!');
    const view = playgroundView(app.session, 0);
    expect(view.sheets[0]?.rows[1]?.[2]?.note).toMatch(/would overwrite data in C5/);
    expect(sheetOne(app).read(3, 3).value).toBe('');
  });

  it('shows the custom function error for a single bad cell, #NAME? for an unknown function and #REF! for an unknown sheet', () => {
    const app = makeApp();
    type(app, {
      A1: 'たぶん',
      B1: '高',
      C1: '=RISKLEVEL(A1, B1)',
      D1: '=NOSUCHFUNCTION(1)',
      E1: '=RISKLEVEL(Nowhere!A1, B1)',
    });
    const [row] = sheetOne(app).valuesSnapshot();
    expect(row?.slice(2, 5)).toEqual(['#ERROR!', '#NAME?', '#REF!']);
    const notes = playgroundView(app.session, 0).sheets[0]?.rows[0];
    expect(notes?.[2]?.note).toContain('たぶん');
    expect(notes?.[3]?.note).toMatch(/不明な関数です: NOSUCHFUNCTION[^\n]*\nUnknown function: NOSUCHFUNCTION/);
    expect(notes?.[4]?.note).toMatch(/シート名「Nowhere」が見つかりません。\nUnresolved sheet name 'Nowhere'/);
  });

  it('colours cells by the add-on format rules, first matching rule first', () => {
    const app = makeApp({ demo: true });
    app.runMenuItem('setUpSheets');
    const view = playgroundView(app.session, 0);
    const incidents = view.sheets.find((s) => s.name === 'インシデント')!;
    const levelColumn = incidents.rows[0]!.findIndex((cell) => cell.text === 'リスクレベル');
    const veryHigh = incidents.rows[1]![levelColumn]!;
    expect(veryHigh.text).toBe('非常に高リスク');
    expect(incidents.styles[veryHigh.styleKey!]).toMatchObject({ background: '#f4c7c3', fontColor: '#a50e0e' });
    const low = incidents.rows.find((row) => row[levelColumn]?.text === '低リスク')![levelColumn]!;
    expect(incidents.styles[low.styleKey!]?.background).toBe('#d9ead3');
  });

  it('refuses an unknown cell reference or sheet with a clear message and changes nothing', () => {
    const app = makeApp();
    const before = workbookValues(app);
    for (const [reference, pattern] of [
      ['ZZZZ1', /not a cell reference/],
      ['A0', /not a cell reference/],
      ['B2:C3', /not a cell reference/],
      ['Nowhere!A1', /no sheet named "Nowhere"/],
    ] as const) {
      let refusal: unknown;
      try {
        app.editCell(reference, sheetOne(app).nameNow(), 'x');
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(PlaygroundError);
      expect((refusal as PlaygroundError).message).toMatch(pattern);
      expect((refusal as PlaygroundError).text.ja).toMatch(/セル参照|シート/);
    }
    expect(workbookValues(app)).toEqual(before);
  });

  it('keeps typed text that looks like a formula literal when it starts with an apostrophe', () => {
    const app = makeApp();
    type(app, { A1: '\'=HYPERLINK("x")' });
    expect(sheetOne(app).read(1, 1)).toEqual({ value: '=HYPERLINK("x")', formula: '' });
  });

  it('runs onEdit with a faithful event: the range, the new value and the old one', () => {
    const app = makeApp({ distDir: fixtureDist(TRIGGER_BUNDLE) });
    type(app, { B2: 'first' });
    type(app, { B2: 'second' });
    const edits = app.session.fakes.spreadsheet.sheet('edits')!.valuesSnapshot();
    expect(edits).toEqual([
      ['B2', 'first', 'undefined'],
      ['B2', 'second', 'first'],
    ]);
    expect(app.session.executions.filter((e) => e.kind === 'edit')).toHaveLength(2);
  });

  it('refuses a value the cell validation rejects (and accepts any value where it only warns)', () => {
    const app = makeApp();
    const sheet = sheetOne(app);
    const strict = app.session.fakes.globals.SpreadsheetApp.newDataValidation()
      .requireValueInList(['高', '中', '低'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('A1').setDataValidation(strict);
    expect(() => app.editCell('A1', sheet.nameNow(), 'とても高い')).toThrow(/not allowed here.*高 \/ 中 \/ 低/);
    expect(sheet.read(1, 1).value).toBe('');
    app.editCell('A1', sheet.nameNow(), '高');
    expect(sheet.read(1, 1).value).toBe('高');
  });
});
