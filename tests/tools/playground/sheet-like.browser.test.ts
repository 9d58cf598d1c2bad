// The small things a person notices, in headless Chromium: the name box goes to a cell (also on
// another sheet) without editing it, Escape and a click outside close a dialog, the executions
// list shows two-digit numbers whole, and an email opens wide, in a sans-serif font.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundApp } from '../../../tools/playground/app';
import { makeApp } from './support';
import { ARTIFACTS, openInChromium } from './browser-support';

let page: Page;
let app: PlaygroundApp;

beforeAll(async () => {
  app = makeApp({ demo: true });
  const opened = await openInChromium(app, { width: 1440, height: 1000, locale: 'ja-JP' });
  page = opened.page;
  await page.goto(`http://127.0.0.1:${opened.port}/`);
  await page.locator('#grid').waitFor();
}, 60_000);

const valuesOf = () => app.session.fakes.spreadsheet.sheets.map((s) => s.valuesSnapshot());

async function goTo(reference: string): Promise<void> {
  await page.fill('#namebox', reference);
  await page.press('#namebox', 'Enter');
}

describe('the playground behaves like a sheet, in Chromium', () => {
  it('the name box selects and loads a cell far down, scrolled into view, without editing it', async () => {
    const sheet = app.session.fakes.spreadsheet.sheets[0]!;
    const before = valuesOf();
    await goTo(`${sheet.nameNow()}!B2`);
    await expect.poll(() => page.locator('td.selected').getAttribute('data-cell')).toBe('B2');
    expect(await page.inputValue('#cell-input')).toBe(await page.locator('td[data-cell="B2"]').innerText());
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cell-input');

    // A cell below the visible rows: it is selected and the grid scrolls to it.
    const last = sheet.lastRow();
    await goTo(`c${last}`);
    await expect.poll(() => page.locator('td.selected').getAttribute('data-cell')).toBe(`C${last}`);
    const box = await page.locator('td.selected').boundingBox();
    const scroller = await page.locator('.grid-scroll').boundingBox();
    expect(box && scroller && box.y >= scroller.y && box.y + box.height <= scroller.y + scroller.height).toBe(true);
    expect(await page.inputValue('#cell-input')).toBe(await page.locator('td.selected').innerText());

    // Another sheet by name: its tab opens with the cell selected.
    const other = app.session.fakes.spreadsheet.sheets[1]!;
    await goTo(`'${other.nameNow()}'!A1`);
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-sheet')).toBe(other.nameNow());
    expect(await page.locator('td.selected').getAttribute('data-cell')).toBe('A1');
    expect(valuesOf()).toEqual(before); // nothing was edited

    await goTo('存在しないシート!A1');
    await expect.poll(() => page.locator('#notice').innerText()).toContain('シート「存在しないシート」はありません');
    await goTo('1A');
    await expect.poll(() => page.locator('#notice').innerText()).toContain('セル参照として読めません');
    expect(valuesOf()).toEqual(before);
  });

  it('Escape, or a click on the shade outside it, closes a dialog', async () => {
    const open = async () => {
      await page.click('#menu-button');
      await page.click('.menu-item[data-function="previewEscalations"]');
      await expect.poll(() => page.locator('.overlay').isVisible()).toBe(true);
    };
    await open();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.overlay').isVisible()).toBe(false);
    expect(app.session.fakes.ui.dialogs).toHaveLength(0);
    await open();
    await page.mouse.click(5, 500); // on the shade, outside the dialog
    await expect.poll(() => page.locator('.overlay').isVisible()).toBe(false);
    await open();
    await page.frameLocator('.dialog iframe').locator('body').press('Escape'); // a key typed inside it
    await expect.poll(() => page.locator('.overlay').isVisible()).toBe(false);
  });

  it('shows the executions list numbers past 9 whole', async () => {
    for (let i = 0; i < 12; i++) app.session.runMenuItem('showSidebar');
    await page.reload();
    await expect.poll(() => page.locator('#executions li').count()).toBeGreaterThan(10);
    const room = await page.locator('#executions').evaluate((list) => {
      const probe = document.createElement('span');
      probe.textContent = '50. ';
      probe.style.font = getComputedStyle(list).font;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return { padding: parseFloat(getComputedStyle(list).paddingLeft), width };
    });
    expect(room.padding).toBeGreaterThanOrEqual(room.width);
  });

  it('opens an email wide enough to read a digest, in a sans-serif font', async () => {
    const cells = Array.from({ length: 8 }, (_, i) => `<td>列${i + 1}の内容です</td>`).join('');
    app.session.fakes.mail.sendEmail({
      to: 'bucho@example.com',
      subject: 'ダイジェスト',
      body: '本文',
      htmlBody: `<table><tr>${cells}</tr></table>`,
    });
    await page.reload();
    await page.locator('#outbox button.mail', { hasText: 'ダイジェスト' }).click();
    const frame = page.frameLocator('#mail-html');
    await expect.poll(() => frame.locator('body').innerText()).toContain('列8');
    expect((await page.locator('#mail-html').boundingBox())?.width).toBeGreaterThan(900);
    expect(await frame.locator('body').evaluate((b) => getComputedStyle(b).fontFamily)).toMatch(/sans-serif/);
    await page.locator('.mail-tabs button').nth(1).click();
    expect(await page.locator('#mail-text').evaluate((t) => getComputedStyle(t).fontFamily)).toMatch(/sans-serif/);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-mail.png'), fullPage: true });
  });
});
