// The playground in real headless Chromium, driven as a person would: open it, run set-up from
// the add-on menu, type a row and submit an incident through the real sidebar, turn escalation
// emails on, let the clock pass the deadline, and read the manager's digest in the outbox.
// Bad input on the controls gets a clear message and leaves everything as it was.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundApp } from '../../../tools/playground/app';
import { makeApp } from './support';
import { ARTIFACTS, openInChromium } from './browser-support';

let page: Page;
let app: PlaygroundApp;

beforeAll(async () => {
  app = makeApp();
  const opened = await openInChromium(app, { width: 1440, height: 1100, locale: 'ja-JP' });
  page = opened.page;
  await page.goto(`http://127.0.0.1:${opened.port}/`);
}, 60_000);

const cell = (a1: string) => page.locator(`#grid td[data-cell="${a1}"]`);
const menuItem = (functionName: string) => page.locator(`.menu-item[data-function="${functionName}"]`);

async function chooseFromMenu(functionName: string): Promise<void> {
  if (!(await page.locator('#addon-menu').evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.click('#menu-button');
  await menuItem(functionName).click();
}

async function enter(reference: string, text: string): Promise<void> {
  await page.fill('#namebox', reference);
  await page.fill('#cell-input', text);
  await page.click('#cell-apply');
}

/** The column letter of a header on the incidents sheet, read from the grid as a person would. */
async function columnOf(header: string): Promise<string> {
  const a1 = await page
    .locator('#grid tbody tr')
    .first()
    .locator('td', { hasText: new RegExp(`^${header}$`) })
    .getAttribute('data-cell');
  return (a1 ?? '').replace(/\d+$/, '');
}

describe('the playground, in Chromium', () => {
  it('opens on the workbook with the menu the real onOpen built', async () => {
    await expect.poll(() => page.locator('.tab').allInnerTexts()).toEqual(['シート1']);
    await page.click('#menu-button');
    const functions = await page
      .locator('.menu-item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-function')));
    expect(functions).toContain('setUpSheets');
    expect(functions).toContain('showSidebar');
  });

  it('runs set-up from the menu: the incidents sheet appears, in front, with its headers and a toast', async () => {
    await chooseFromMenu('setUpSheets');
    await expect.poll(() => page.locator('.tab').allInnerTexts()).toContain('インシデント');
    // Set-up leaves the person on the incidents sheet (its other sheets are made behind it).
    await expect.poll(() => page.locator('.tab.active').innerText()).toBe('インシデント');
    await expect.poll(() => cell('A1').innerText()).toBe('ID');
    expect(await page.locator('#notices').innerText()).not.toBe('');
  });

  it('refuses bad input on each control with a clear message, changing nothing', async () => {
    const clock = await page.locator('#clock-now').innerText();
    const grid = await page.locator('#grid').innerText();
    await enter('ZZZZ0', 'x');
    await expect.poll(() => page.locator('#notice').innerText()).toContain('セル参照として読めません');
    await page.fill('#advance-to-input', '2026-11-20T09:00');
    await page.click('#advance-to');
    await expect.poll(() => page.locator('#notice').innerText()).toContain('時計は戻せません');
    await page.setInputFiles('#import-file', {
      name: 'broken.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('not a workbook'),
    });
    await expect.poll(() => page.locator('#notice').innerText()).toContain('.xlsx ファイルは読めません');
    expect(await page.locator('#clock-now').innerText()).toBe(clock);
    expect(await page.locator('#grid').innerText()).toBe(grid);
    // The same refusal reads in English after the language toggle.
    await page.click('#lang-toggle');
    expect(await page.locator('#notice').innerText()).toContain('cannot be read');
    await page.click('#lang-toggle');
  });

  it('completes a typed row through the add-on edit trigger: ID and risk level filled in', async () => {
    const [summary, impact, urgency, level, id] = await Promise.all(
      ['問題の概要', '影響度', '緊急度', 'リスクレベル', 'ID'].map(columnOf),
    );
    await enter(`${summary}2`, 'C社向け部品の納期が1週間遅延する見込み');
    await enter(`${impact}2`, '中');
    await enter(`${urgency}2`, '中');
    await expect.poll(() => cell(`${level}2`).innerText()).toBe('中リスク');
    expect(await cell(`${id}2`).innerText()).toMatch(/^INC-\d{4}$/);
  });

  it('submits an incident through the real sidebar; the row shows its risk level in the rule colour', async () => {
    await chooseFromMenu('showSidebar');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#f-summary').fill('重要顧客A社からの発注が突然キャンセルされました');
    await sidebar.locator('#f-impact').selectOption('high');
    await sidebar.locator('#f-urgency').selectOption('high');
    await sidebar.locator('#f-managerEmail').fill('bucho@example.com');
    await sidebar.locator('#submit').click();
    await expect.poll(() => sidebar.locator('#result').innerText(), { timeout: 10_000 }).toMatch(/INC-\d{4}/);
    const level = await columnOf('リスクレベル');
    await expect.poll(() => cell(`${level}3`).innerText()).toBe('非常に高リスク');
    expect(await cell(`${level}3`).evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(244, 199, 195)');
  });

  it("opens the incident of the row the person clicked, through the sidebar's selected-row button", async () => {
    const id = await columnOf('ID');
    const idOnRow3 = await cell(`${id}3`).innerText();
    await cell(`${await columnOf('問題の概要')}3`).click();
    await chooseFromMenu('showSidebar');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#tab-incidents').click();
    await sidebar.locator('#open-selected').click();
    await expect.poll(() => sidebar.locator('#incident-heading').innerText(), { timeout: 10_000 }).toContain(idOnRow3);
  });

  it('turns escalation emails on; past the deadline the hourly trigger runs and the manager digest is in the outbox', async () => {
    await chooseFromMenu('turnOnEscalations');
    await expect.poll(() => page.locator('#triggers').innerText()).toContain('checkEscalations');
    await page.click('#advance-day');
    await expect.poll(() => page.locator('#executions').innerText()).toContain('checkEscalations');
    const toManager = page.locator('#outbox button.mail', { hasText: 'bucho@example.com' });
    await expect.poll(() => toManager.count()).toBeGreaterThan(0);
    await toManager.first().click();
    await expect.poll(() => page.locator('#mail-view').innerText()).toContain('bucho@example.com');
    const html = page.frameLocator('#mail-html');
    await expect.poll(() => html.locator('body').innerText()).toContain('INC-');
    expect(await page.locator('#quota').innerText()).toMatch(/\d+/);
    expect(app.session.fakes.mail.outbox.some((mail) => mail.to.includes('bucho@example.com'))).toBe(true);
  });

  it('acts as a colleague: the add-on opens for them, the owner’s hourly run is shown with its owner', async () => {
    await page.selectOption('#person', 'colleague@example.com');
    await expect.poll(() => app.session.fakes.user.email).toBe('colleague@example.com');
    await expect.poll(() => page.locator('#person').inputValue()).toBe('colleague@example.com');
    await expect.poll(() => page.locator('#triggers').innerText()).toContain('所有者 you@example.com');
    await chooseFromMenu('previewEscalations');
    await expect.poll(() => app.session.fakes.ui.dialogs.length).toBeGreaterThan(0);
    const preview = app.session.fakes.ui.dialogs.at(-1)?.html.getContent() ?? '';
    expect(preview).toContain('you@example.com'); // who runs escalations, as the colleague sees it
    await page.selectOption('#person', 'you@example.com');
    await expect.poll(() => page.locator('#person').inputValue()).toBe('you@example.com');
  });

  it('keeps the grid where it was scrolled after an edit far down, and Escape closes the menu', async () => {
    const sheet = app.session.fakes.spreadsheet.sheets[0];
    for (let r = 1; r <= 300; r++) sheet?.store(r, 30, { value: `行${r}`, formula: '' });
    await page.reload();
    // The page reopens on the active sheet (the incidents sheet set-up left in front): go to the first.
    await page.click(`.tab[data-sheet="${sheet?.nameNow()}"]`);
    // The page draws the workbook once its state arrives: scroll only after that first drawing
    // (the grid draws the rows in sight, so the top row's cell is the one there).
    await expect.poll(() => cell('AD1').count()).toBe(1);
    const scroller = page.locator('.grid-scroll');
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const top = await scroller.evaluate((el) => el.scrollTop);
    expect(top).toBeGreaterThan(1000);
    await enter('B290', 'メモ');
    await expect.poll(() => app.session.fakes.spreadsheet.sheets[0]?.valuesSnapshot()[289]?.[1]).toBe('メモ');
    await expect.poll(() => cell('B290').innerText()).toBe('メモ'); // the page has redrawn the grid
    expect(Math.abs((await scroller.evaluate((el) => el.scrollTop)) - top)).toBeLessThan(5);

    await page.click('#menu-button');
    expect(await page.locator('#addon-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#addon-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
  });

  it('saves a screenshot of the page as a test artifact', async () => {
    const file = join(ARTIFACTS, 'playground.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(existsSync(file)).toBe(true);
  });
});
