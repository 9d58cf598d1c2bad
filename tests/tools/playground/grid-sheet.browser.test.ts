// The grid on a sheet of 5,000 incidents, in headless Chromium, as a person uses a spreadsheet:
// only the rows in sight are in the page, yet the last row is reached by scrolling and by the name
// box; a sort and a filter are a view of this page only (the sheet's data stays in its order) with
// a visible indicator and a way to clear them; a value outside a dropdown's list carries Sheets'
// red triangle and warning; an edit on row 290 leaves the grid where it was scrolled.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeSheet } from '../../../tools/fakes/sheet';
import type { PlaygroundApp } from '../../../tools/playground/app';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS } from '../../../src/domain/incident-columns';
import { makeApp } from './support';
import { ARTIFACTS, openInChromium } from './browser-support';

const ROWS = 5000;
const GRADES = ['高', '中', '低'];
const LEVELS: Record<string, string> = { 高: '非常に高リスク', 中: '中リスク', 低: '低リスク' };
/** The out-of-list value, typed by hand where the add-on's dropdown offers 高 / 中 / 低. */
const INVALID_ROW = 12;

let page: Page;
let app: PlaygroundApp;
let incidents: FakeSheet;

/** Incident n (1-based) sits on sheet row n + 1, below the frozen header. */
const impactOf = (n: number) => (n + 1 === INVALID_ROW ? 'とても高い' : (GRADES[n % 3] as string));

beforeAll(async () => {
  app = makeApp();
  // The rows are there before set-up, as in a sheet that grew: its dropdowns and colours cover them all.
  const { spreadsheet } = app.session.fakes;
  incidents = spreadsheet.sheet(spreadsheet.insertSheet('インシデント').getName()) as FakeSheet;
  INCIDENT_COLUMN_KEYS.forEach((key, c) => incidents.store(1, c + 1, { value: INCIDENT_COLUMNS[key].ja, formula: '' }));
  for (let n = 1; n <= ROWS; n++) {
    const impact = impactOf(n);
    const cells: [number, unknown][] = [
      [1, `INC-${String(n).padStart(4, '0')}`],
      [3, `案件 ${n}`],
      [5, impact],
      [6, '中'],
      [7, LEVELS[impact] ?? ''],
      [16, '未対応'],
    ];
    for (const [column, value] of cells) incidents.store(n + 1, column, { value, formula: '' });
  }
  app.session.runMenuItem('setUpSheets');
  expect(incidents.frozenRows).toBe(1);
  const opened = await openInChromium(app, { width: 1440, height: 1000, locale: 'ja-JP' });
  page = opened.page;
  await page.goto(`http://127.0.0.1:${opened.port}/`);
  await page.click('.tab[data-sheet="インシデント"]');
  await page.locator('#grid td[data-cell="A2"]').waitFor();
}, 60_000);

const cell = (a1: string) => page.locator(`#grid td[data-cell="${a1}"]`);
const scroller = () => page.locator('.grid-scroll');
/** The first row below the frozen header, as drawn. */
const firstBodyRow = () => page.locator('#grid tbody tr:not(.frozen)').first();

/** Waits for what the page shows after a round trip; a loaded 2-core machine can take seconds. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

async function goTo(reference: string): Promise<void> {
  await page.fill('#namebox', reference);
  await page.press('#namebox', 'Enter');
}

async function inSight(a1: string): Promise<boolean> {
  const box = await cell(a1).boundingBox();
  const frame = await scroller().boundingBox();
  return Boolean(box && frame && box.y >= frame.y && box.y + box.height <= frame.y + frame.height);
}

async function openColumnMenu(column: number): Promise<void> {
  await page.click(`#grid thead th[data-column="${column}"] .col-menu`);
  await page.locator('#column-menu').waitFor();
}

describe('the grid on a sheet of 5,000 incidents, in Chromium', () => {
  it('draws only the rows in sight, yet scrolls to the last row with the header and colours kept', async () => {
    expect(await page.locator('#grid tbody tr').count()).toBeLessThan(150);
    const height = await scroller().evaluate((el) => el.scrollHeight);
    expect(height).toBeGreaterThan(ROWS * 24 * 0.95); // the scrollbar spans every row

    await scroller().evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await poll(() => cell(`A${ROWS + 1}`).innerText()).toBe(`INC-${ROWS}`);
    expect(await inSight(`A${ROWS + 1}`)).toBe(true);
    expect(await page.locator('#grid tbody tr').count()).toBeLessThan(150);
    // The frozen header row stays at the top, under the column letters.
    expect(await cell('A1').innerText()).toBe('ID');
    expect(await inSight('A1')).toBe(true);
    // The add-on's rule colours reach the far rows too.
    expect(await cell(`G${ROWS + 1}`).innerText()).toBe(LEVELS[impactOf(ROWS)]);
    expect(await cell(`G${ROWS + 1}`).evaluate((td) => getComputedStyle(td).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
  });

  it('the name box reaches row 5,000 and loads it, and goes to another sheet', async () => {
    await scroller().evaluate((el) => el.scrollTo(0, 0));
    await goTo('C3');
    await poll(() => page.locator('td.selected').getAttribute('data-cell')).toBe('C3');
    expect(await page.inputValue('#cell-input')).toBe('案件 2');

    await goTo(`B${ROWS}`);
    await poll(() => page.locator('td.selected').getAttribute('data-cell')).toBe(`B${ROWS}`);
    expect(await inSight(`B${ROWS}`)).toBe(true);
    await goTo(`C${ROWS}`);
    await poll(() => page.inputValue('#cell-input')).toBe(`案件 ${ROWS - 1}`);
    expect(await page.inputValue('#cell-input')).toBe(await cell(`C${ROWS}`).innerText());
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cell-input');

    await goTo(`'対策'!B2`);
    await poll(() => page.locator('.tab.active').getAttribute('data-sheet')).toBe('対策');
    expect(await page.locator('td.selected').getAttribute('data-cell')).toBe('B2');
    await goTo(`インシデント!A${ROWS + 1}`);
    await poll(() => page.locator('td.selected').innerText()).toBe(`INC-${ROWS}`);
  });

  it('sorts Z → A as a view of this page: the sheet keeps its order, and the sort is cleared', async () => {
    const before = incidents.valuesSnapshot();
    await openColumnMenu(1);
    await page.click('#sort-desc');
    await poll(() => firstBodyRow().locator('td').first().innerText()).toBe(`INC-${ROWS}`);
    expect(await firstBodyRow().locator('th').innerText()).toBe(String(ROWS + 1)); // the row keeps its number
    expect(await page.locator('#view-status').innerText()).toContain('A 列を Z → A で並べ替え');
    expect(await page.locator('#view-status').innerText()).toContain('シートのデータは並べ替えも削除もしていません');
    expect(await page.locator('#grid thead th[data-column="1"]').innerText()).toContain('↓');
    // What the add-on reads is unchanged: row 2 is still the first incident.
    expect(incidents.valuesSnapshot()).toEqual(before);
    expect(incidents.read(2, 1).value).toBe('INC-0001');

    // Scrolling a sorted view asks for its rows in the view's order.
    await scroller().evaluate((el) => el.scrollTo(0, el.scrollHeight));
    // INC-0001 is last of the incidents, before the blank rows (Sheets sorts blanks last either way).
    await poll(() => cell('A2').innerText()).toBe('INC-0001');
    expect(await cell('A3').innerText()).toBe('INC-0002');
    expect(await page.locator('#grid tbody tr:not(.frozen)').last().locator('td').first().innerText()).toBe('');

    await page.click('#view-clear');
    await poll(() => page.locator('#view-status').isVisible()).toBe(false);
    await poll(() => firstBodyRow().locator('td').first().innerText()).toBe('INC-0001');
    expect(incidents.valuesSnapshot()).toEqual(before);
  });

  it('filters by value with an indicator in English too, says when the name box lands on a hidden row, and clears', async () => {
    const before = incidents.valuesSnapshot();
    const low = Array.from({ length: ROWS }, (_, i) => impactOf(i + 1)).filter((v) => v === '低').length;
    await openColumnMenu(5);
    await poll(() => page.locator('#filter-values input[type=checkbox]').count()).toBeGreaterThan(3);
    await page.click('#filter-none');
    await page.locator('#filter-values li[data-value="低"] input').check();
    await page.click('#filter-ok');
    await poll(() => page.locator('#view-status').innerText()).toContain(
      `${ROWS.toLocaleString('en-US')} 行中 ${low.toLocaleString('en-US')} 行を表示`,
    );
    expect(await page.locator('#grid thead th[data-column="5"] .col-menu').getAttribute('class')).toContain('on');
    const shown = await page.locator('#grid tbody tr:not(.frozen) td[data-cell^="E"]').allInnerTexts();
    expect(shown.length).toBeGreaterThan(10);
    expect(new Set(shown)).toEqual(new Set(['低']));
    expect(incidents.valuesSnapshot()).toEqual(before);

    await page.click('#lang-toggle');
    await poll(() => page.locator('#view-status').innerText()).toContain(`${low.toLocaleString('en-US')} of`);
    expect(await page.locator('#view-status').innerText()).toContain('filtered on column E');
    await page.click('#lang-toggle');

    await goTo('E2'); // incident 1 has impact 中: its row is hidden
    await poll(() => page.locator('#notice').innerText()).toContain('E2 はフィルタで非表示の行にあります');
    expect(await page.inputValue('#cell-input')).toBe('中');

    await page.click('#grid thead th[data-column="5"]', { button: 'right' }); // the header's own menu
    await page.locator('#column-menu').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'grid-filter.png') });
    await page.click('#filter-clear');
    await poll(() => page.locator('#view-status').isVisible()).toBe(false);
    await poll(() => firstBodyRow().locator('td').first().innerText()).toBe('INC-0001');
  });

  it('marks a value outside its dropdown list with a red triangle and Sheets’ warning; choosing from the list clears it', async () => {
    await scroller().evaluate((el) => el.scrollTo(0, 0));
    const invalid = cell(`E${INVALID_ROW}`);
    await poll(() => invalid.innerText()).toBe('とても高い');
    expect(await invalid.locator('.invalid-mark').isVisible()).toBe(true);
    const colour = await invalid.locator('.invalid-mark').evaluate((m) => getComputedStyle(m).borderTopColor);
    expect(colour).toBe('rgb(217, 48, 37)');
    expect(await invalid.getAttribute('title')).toContain(
      '無効: このセルの値「とても高い」は指定したリストにありません（高 / 中 / 低）',
    );
    expect(await cell('E3').locator('.invalid-mark').count()).toBe(0); // 中 is on the list
    await page.click('#lang-toggle');
    await poll(() => invalid.getAttribute('title')).toContain(
      'Invalid: "とても高い" must be an item in the specified list',
    );
    await page.click('#lang-toggle');

    await invalid.locator('.dropdown-arrow').click();
    await poll(() => page.locator('#dropdown-list li').allInnerTexts()).toEqual(['高', '中', '低']);
    await page.locator('#dropdown-list li[data-item="高"]').click();
    await poll(() => incidents.read(INVALID_ROW, 5).value).toBe('高');
    await poll(() => invalid.locator('.invalid-mark').count()).toBe(0);
    expect(await invalid.innerText()).toBe('高');
  });

  it('keeps the scroll and the selection after an edit on row 290 of 5,000', async () => {
    await scroller().evaluate((el) => el.scrollTo(0, 280 * 24));
    await poll(() => cell('B290').count()).toBe(1);
    const top = await scroller().evaluate((el) => el.scrollTop);
    await cell('B290').click();
    await page.fill('#cell-input', 'メモ');
    await page.press('#cell-input', 'Enter');
    await poll(() => incidents.read(290, 2).value).toBe('メモ');
    await poll(() => cell('B290').innerText()).toBe('メモ');
    expect(Math.abs((await scroller().evaluate((el) => el.scrollTop)) - top)).toBeLessThan(5);
    expect(await page.locator('td.selected').getAttribute('data-cell')).toBe('B290');
    expect(await inSight('B290')).toBe(true);
  });
});
