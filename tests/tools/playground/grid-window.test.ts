// The server's rows window behind the page's grid: rows in the sheet's order or in a person's sort
// and filter (never changing the sheet), the window around a row the name box names, a column's
// distinct values, dropdown lists with out-of-list marks, rule colours on far rows, and refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { FakeSheet } from '../../../tools/fakes/sheet';
import type { PlaygroundApp } from '../../../tools/playground/app';
import { MAX_WINDOW, type RowsWindow, compareForSort, rowsWindow } from '../../../tools/playground/grid-window';
import { createPlaygroundServer, listen } from '../../../tools/playground/http-server';
import { PlaygroundError } from '../../../tools/playground/messages';
import { playgroundView } from '../../../tools/playground/snapshot';
import { makeApp } from './support';

let app: PlaygroundApp;
let sheet: FakeSheet;
const ROWS = 3000;
const window = (body: Record<string, unknown>): RowsWindow => rowsWindow(app.session, { sheet: 'data', ...body });
const texts = (w: RowsWindow, column: number) => w.rows.map((r) => r.cells[column - 1]?.text);

beforeAll(() => {
  app = makeApp();
  const { spreadsheet, globals } = app.session.fakes;
  const sheets = globals.SpreadsheetApp;
  sheet = spreadsheet.sheet(spreadsheet.insertSheet('data').getName()) as FakeSheet;
  sheet.setFrozenRows(1);
  ['name', 'grade', 'score'].forEach((v, c) => sheet.store(1, c + 1, { value: v, formula: '' }));
  for (let r = 2; r <= ROWS + 1; r++) {
    sheet.store(r, 1, { value: `row ${r}`, formula: '' });
    sheet.store(r, 2, { value: ['高', '中', '低'][r % 3] as string, formula: '' });
    // every tenth score blank, and a text among the numbers
    sheet.store(r, 3, { value: r % 10 === 0 ? '' : r === 7 ? 'n/a' : r % 50, formula: '' });
  }
  const list = sheets.newDataValidation().requireValueInList(['高', '中', '低'], true).build();
  sheet.getRange(2, 2, ROWS, 1).setDataValidation(list);
  sheet.store(5, 2, { value: 'High', formula: '' });
  sheet.setConditionalFormatRules([
    sheets
      .newConditionalFormatRule()
      .whenTextEqualTo('低')
      .setBackground('#d9ead3')
      .setRanges([sheet.getRange(`B2:B${ROWS + 1}`)])
      .build(),
  ]);
});

describe('the rows window', () => {
  it('gives rows in the sheet order below the frozen header, with far rows coloured by the rules', () => {
    const w = window({ start: ROWS - 20, count: 20 });
    expect(w.total).toBe(ROWS + 5); // the data and five empty rows below the frozen header
    expect(w.start).toBe(ROWS - 20);
    expect(w.rows[0]?.row).toBe(ROWS - 20 + 2);
    expect(w.rows).toHaveLength(20);
    const low = w.rows.find((r) => r.cells[1]?.text === '低');
    expect(w.styles[low?.cells[1]?.styleKey ?? '']?.background).toBe('#d9ead3');
    expect(Object.keys(w.styles).every((key) => Number(key.split(':')[0]) >= ROWS - 18)).toBe(true); // the window's only
    expect(window({ start: ROWS, count: 100 }).rows).toHaveLength(5); // clipped at the end
  });

  it('sorts as Sheets does: numbers before text, blanks last either way, ties in sheet order; the sheet is unchanged', () => {
    const before = sheet.valuesSnapshot();
    const up = window({ sort: { column: 3, descending: false }, count: MAX_WINDOW });
    expect(texts(up, 3).slice(0, 3)).toEqual(['1', '1', '1']);
    expect(up.rows.slice(0, 3).map((r) => r.row)).toEqual([51, 101, 151]); // ties keep the sheet's order
    const down = window({ sort: { column: 3, descending: true }, start: ROWS + 4 - 400, count: MAX_WINDOW });
    const tail = texts(down, 3);
    expect(tail.at(-1)).toBe('');
    expect(tail[tail.indexOf('') - 1]).toBe('1'); // blanks after the smallest number, even Z → A
    expect(texts(window({ sort: { column: 3, descending: true }, count: 1 }), 3)).toEqual(['n/a']);
    expect(sheet.valuesSnapshot()).toEqual(before);
    expect([3, 'a', '', true, 1].sort((a, b) => compareForSort(a, b))).toEqual([1, 3, 'a', true, '']);
  });

  it('filters by hidden values, counts what is left, and finds where the view puts a row', () => {
    const w = window({ filters: [{ column: 2, hidden: ['高', '中', '', 'High'] }], count: 5 });
    expect(new Set(texts(w, 2))).toEqual(new Set(['低']));
    const low = Array.from({ length: ROWS }, (_, i) => i + 2).filter((r) => r % 3 === 2 && r !== 5).length;
    expect([w.shown, w.of]).toEqual([low, ROWS]);
    expect(w.total).toBe(low + 5); // the empty rows below the data stay after it, unfiltered
    const found = window({ filters: [{ column: 2, hidden: ['高'] }], find: 2000, count: 40 });
    expect(found.rows[(found.found as number) - found.start]?.row).toBe(2000);
    const hidden = window({ filters: [{ column: 2, hidden: ['中'] }], find: 2002, count: 40 }); // 2002 % 3 = 1: 中
    expect(hidden.found).toBe(-1);
    expect(hidden.target?.cells[0]?.text).toBe('row 2002'); // still loaded for the value bar
    expect(hidden.rows.some((r) => r.row === 2002)).toBe(false);
  });

  it('reaches a row past the data the name box goes to, and gives a column’s values with counts', () => {
    sheet.insertRowsAfter(ROWS + 1, 1000); // the sheet is 1,000 empty rows longer than its data
    const w = window({ find: 900 + ROWS, count: 10 });
    expect(w.found).toBe(900 + ROWS - 2);
    expect(w.total).toBe(900 + ROWS - 1);
    expect(window({ find: 1100 + ROWS, count: 10 }).found).toBe(-1); // past the sheet's size
    const values = window({ count: 0, valuesOf: 2 }).values;
    // the data rows' values in the sort's order (Latin before kanji), each once
    const kanji = ['高', '中', '低'].sort(new Intl.Collator('ja').compare);
    expect(values?.map((v) => v.text)).toEqual(['High', ...kanji]);
    expect(values?.reduce((n, v) => n + v.count, 0)).toBe(ROWS);
    // blanks last, counted in the data rows only
    expect(window({ count: 0, valuesOf: 3 }).values?.at(-1)).toEqual({ text: '', count: ROWS / 10 });
  });

  it('marks a value outside its dropdown list, never an empty cell', () => {
    const w = window({ start: 0, count: 10 });
    const high = w.rows.find((r) => r.row === 5)?.cells[1];
    expect(high).toMatchObject({ text: 'High', invalid: true });
    expect(w.lists[high?.list as number]).toEqual(['高', '中', '低']);
    expect(w.rows.find((r) => r.row === 6)?.cells[1]?.invalid).toBeUndefined();
    sheet.store(6, 2, { value: '', formula: '' });
    expect(window({ start: 0, count: 10 }).rows.find((r) => r.row === 6)?.cells[1]).toEqual({ text: '', list: 0 });
  });

  it('sends only the first rows with every view', () => {
    const view = playgroundView(app.session, 0).sheets.find((s) => s.name === 'data');
    expect(view?.rowCount).toBe(ROWS + 6);
    expect(view?.rows.length).toBeLessThan(100);
    expect(JSON.stringify(view).length).toBeLessThan(40_000);
  });

  it('refuses an unknown sheet or a window too large, in both languages', () => {
    const refused = (body: Record<string, unknown>) => {
      try {
        rowsWindow(app.session, body);
      } catch (error) {
        return error instanceof PlaygroundError ? error.text : null;
      }
      return null;
    };
    expect(refused({ sheet: 'nope' })?.ja).toContain('シート「nope」はありません');
    expect(refused({ sheet: 'data', count: MAX_WINDOW + 1 })?.en).toContain('could not be handled');
    expect(refused({ sheet: 'data', sort: { column: 0, descending: false } })?.en).toContain('sort');
    expect(refused({ sheet: 'data', filters: [{ column: 2, hidden: [1] }] })?.en).toContain('filters');
  });
});

describe('POST /api/rows', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createPlaygroundServer(app, { page: '', host: (html) => html });
    port = await listen(server, 0);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers a window as JSON and a refusal with status 400', async () => {
    const post = (body: unknown) =>
      fetch(`http://127.0.0.1:${port}/api/rows`, { method: 'POST', body: JSON.stringify(body) });
    const ok = await post({ sheet: 'data', start: 10, count: 3 });
    expect(((await ok.json()) as RowsWindow).rows.map((r) => r.row)).toEqual([12, 13, 14]);
    const bad = await post({ sheet: 'nope' });
    expect(bad.status).toBe(400);
  });
});
