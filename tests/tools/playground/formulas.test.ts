// The playground's formula engine (fast-formula-parser, with formulajs and XLOOKUP added): the
// formulas people write beside the add-on, over the demo's incidents, and Sheets' own errors.
import { describe, expect, it } from 'vitest';
import { playgroundView } from '../../../tools/playground/snapshot';
import { makeApp } from './support';

/** The demo, set up, with an empty sheet 集計 to write formulas in. */
function demo() {
  const app = makeApp({ demo: true });
  app.runMenuItem('setUpSheets');
  app.session.fakes.spreadsheet.insertSheet('集計');
  return app;
}

type App = ReturnType<typeof demo>;

function type(app: App, cells: Record<string, string>, sheet = '集計') {
  for (const [a1, text] of Object.entries(cells)) app.editCell(a1, sheet, text);
}

function value(app: App, a1: string, sheet = '集計'): unknown {
  return app.session.fakes.spreadsheet.sheet(sheet)!.getRange(a1).getValue();
}

function note(app: App, row: number, column: number, sheet = '集計'): string | undefined {
  return playgroundView(app.session, 0).sheets.find((s) => s.name === sheet)?.rows[row - 1]?.[column - 1]?.note;
}

describe('playground formulas', () => {
  it('counts the incidents sheet with COUNTIF and COUNTIFS over open-ended columns', () => {
    const app = demo();
    type(app, {
      A1: '=COUNTIFS(インシデント!G2:G, "非常に高リスク", インシデント!P2:P, "未対応")',
      A2: '=COUNTIF(インシデント!E2:E, "中")',
      A3: '=COUNTIFS(インシデント!E2:E, "高", インシデント!F2:F, "高")',
    });
    expect([value(app, 'A1'), value(app, 'A2'), value(app, 'A3')]).toEqual([1, 4, 2]);
  });

  it('adds with SUMIFS and reads a quoted sheet name', () => {
    const app = demo();
    app.session.fakes.spreadsheet.insertSheet('My sheet');
    type(app, { A1: '10', B1: '高', A2: '20', B2: '低', A3: '30', B3: '高' }, 'My sheet');
    type(app, { A1: "=SUMIFS('My sheet'!A1:A, 'My sheet'!B1:B, \"高\")", A2: "='My sheet'!A2*2" });
    expect([value(app, 'A1'), value(app, 'A2')]).toEqual([40, 40]);
  });

  it('catches an error with IFERROR and shows #DIV/0! and #VALUE! otherwise', () => {
    const app = demo();
    type(app, {
      A1: '=IFERROR(1/0, "なし")',
      A2: '=1/0',
      A3: '="a"+1',
      A4: '=IF(インシデント!E2="高", "要対応", "様子見")',
    });
    expect([value(app, 'A1'), value(app, 'A2'), value(app, 'A3'), value(app, 'A4')]).toEqual([
      'なし',
      '#DIV/0!',
      '#VALUE!',
      '要対応',
    ]);
    expect(note(app, 2, 1)).toMatch(/0 で割っています。\nThe formula divides by zero\./);
  });

  it('looks an incident up with VLOOKUP and XLOOKUP, and a missing key is #N/A', () => {
    const app = demo();
    type(app, {
      A1: '=VLOOKUP("INC-0004", インシデント!A2:G, 7, FALSE)',
      A2: '=VLOOKUP("INC-9999", インシデント!A2:G, 7, FALSE)',
      A3: '=XLOOKUP("INC-0003", インシデント!A2:A, インシデント!P2:P)',
      A4: '=XLOOKUP("INC-9999", インシデント!A2:A, インシデント!P2:P, "なし")',
      A5: '=XLOOKUP("INC-9999", インシデント!A2:A, インシデント!P2:P)',
      A6: '=INDEX(インシデント!A2:G, 3, 7)',
      A7: '=XLOOKUP("INC-0001", インシデント!A2:A, インシデント!Q2:Q)',
    });
    expect([1, 2, 3, 4, 5, 6, 7].map((row) => value(app, `A${row}`))).toEqual([
      '高リスク',
      '#N/A',
      '対応中',
      'なし',
      '#N/A',
      '中リスク',
      '', // 確認者 is blank: a blank, not #NULL!
    ]);
    expect(note(app, 2, 1)).toMatch(
      /VLOOKUP で検索キーが見つかりませんでした。\nDid not find the search key in VLOOKUP/,
    );
    expect(note(app, 5, 1)).toMatch(/XLOOKUP/);
  });

  it('names a missing argument, refuses one too many, and a formula it cannot read is #ERROR!', () => {
    const app = demo();
    type(app, { A1: '=VLOOKUP("INC-0004")', A2: '=SUM(1, 2', A3: '=IF(TRUE, 1, 2, 3)' });
    expect([value(app, 'A1'), value(app, 'A2'), value(app, 'A3')]).toEqual(['#N/A', '#ERROR!', '#N/A']);
    expect(note(app, 3, 1)).toMatch(/IF の引数が多すぎます。\nIF has too many arguments\./);
    expect(note(app, 1, 1)).toMatch(/VLOOKUP の引数「range」がありません.*\nVLOOKUP is missing its argument "range"/);
    expect(note(app, 2, 1)).toMatch(/数式を解析できません.*\nFormula parse error/);
  });

  it('formats a date with TEXT in the spreadsheet time zone, and TODAY and NOW follow the playground clock', () => {
    const app = demo();
    type(app, {
      A1: '=TEXT(インシデント!B2, "yyyy-mm-dd hh:mm")',
      A2: '=TEXT(TODAY(), "yyyy/mm/dd")',
      A3: '=NOW()',
      A4: '=TODAY()',
      A5: '=TEXT(DATE(2026, 1, 2), "yyyy年m月d日")',
      A6: '=インシデント!B2',
    });
    // 報告日時 of INC-0001 is 2026-11-23T21:00Z, 06:00 the next day in Tokyo; the clock starts 2026-11-24 09:00 JST
    expect([value(app, 'A1'), value(app, 'A2')]).toEqual(['2026-11-24 06:00', '2026/11/24']);
    expect(value(app, 'A3')).toEqual(new Date('2026-11-24T09:00:00+09:00'));
    expect(value(app, 'A4')).toEqual(new Date('2026-11-24T00:00:00+09:00'));
    expect(value(app, 'A5')).toBe('2026年1月2日');
    expect(value(app, 'A6')).toEqual(new Date('2026-11-23T21:00:00Z'));
    app.session.fakes.clock.advance(24 * 3_600_000);
    app.session.recalc.recalculateAll();
    expect(value(app, 'A2')).toBe('2026/11/25');
  });

  it('shows #REF! for a circular reference in every cell of the cycle, an error the cells outside may catch', () => {
    const app = demo();
    type(app, { A1: '=B1+1', B1: '=IFERROR(A1, 0)', C1: '=C1', D1: '=IFERROR(A1, "循環")', E1: '=A1*2' });
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((a1) => value(app, a1))).toEqual([
      '#REF!',
      '#REF!',
      '#REF!',
      '循環',
      '#REF!',
    ]);
    expect(note(app, 1, 1)).toMatch(/循環参照が検出されました。.*\nCircular dependency detected/);
    expect(note(app, 1, 2)).toMatch(/Circular dependency detected/);
    type(app, { B1: '5' });
    expect(['A1', 'D1', 'E1'].map((a1) => value(app, a1))).toEqual([6, 6, 12]);
  });

  it('shows #NAME? for a function it does not know', () => {
    const app = demo();
    type(app, { A1: '=RISKLEVL(インシデント!E2, インシデント!F2)' });
    expect(value(app, 'A1')).toBe('#NAME?');
    expect(note(app, 1, 1)).toMatch(/\nUnknown function: RISKLEVL/);
  });

  it('spills RISKLEVEL over whole columns, reads a formula cell computed first, and blocks a spill with #REF!', () => {
    const app = demo();
    type(app, {
      A1: '=RISKLEVEL(インシデント!E2:E, インシデント!F2:F)',
      B1: '=COUNTIF(A1:A, "中リスク")',
      C1: '=COUNTIF(リスク判定!B2:B, "非常に高リスク")',
    });
    const column = [1, 2, 3, 4, 5, 6, 7, 8].map((row) => value(app, `A${row}`));
    expect(column).toEqual([
      '非常に高リスク',
      '非常に高リスク',
      '中リスク',
      '高リスク',
      '中リスク',
      '低リスク',
      '高リスク',
      '',
    ]);
    expect([value(app, 'B1'), value(app, 'C1')]).toEqual([2, 2]);
    type(app, { A4: 'じゃま' });
    expect(value(app, 'A1')).toBe('#REF!');
    expect(value(app, 'A2')).toBe('');
    expect(note(app, 1, 1)).toMatch(
      /A4 のデータを上書きしてしまうためです。\nArray result was not expanded because it would overwrite data in A4\./,
    );
  });

  it('colours by a formula rule, its relative references moved to each cell as Sheets does', () => {
    const app = demo();
    type(app, { A1: 'a', B1: '5', A2: 'b', B2: '50', A3: 'c', B3: '=B2*2' });
    const { SpreadsheetApp } = app.session.fakes.globals;
    const sheet = app.session.fakes.spreadsheet.sheet('集計')!;
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($B1>10, $B1<TODAY())')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('A1:A3')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const view = playgroundView(app.session, 0).sheets.find((s) => s.name === '集計')!;
    expect(view.rows.slice(0, 3).map((row) => Boolean(row[0]?.styleKey))).toEqual([false, true, true]);
    expect(view.skippedRules).toEqual([]);
  });
});
