// The import dialog in real headless Chromium, used from the keyboard: choosing an .xlsx asks
// whether to add its incidents or replace the workbook; Enter on the first choice adds them and the
// settings, log and history stay; Replace first names what would be lost, and Escape backs out.
// A file whose incidents cannot be added says why, in the page's language. Screenshots go to test-results/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundApp } from '../../../tools/playground/app';
import { makeApp, xlsxOf } from './support';
import { ARTIFACTS, openInChromium } from './browser-support';

let page: Page;
let app: PlaygroundApp;

beforeAll(async () => {
  app = makeApp({ demo: true });
  app.runMenuItem('setUpSheets');
  app.runMenuItem('turnOnEscalations');
  app.advanceClock({ kind: 'hour' });
  const opened = await openInChromium(app, { width: 1280, height: 900, locale: 'ja-JP' });
  page = opened.page;
  await page.goto(`http://127.0.0.1:${opened.port}/`);
}, 60_000);

async function choose(name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/octet-stream', buffer });
  await expect.poll(() => page.locator('#import-dialog').isVisible()).toBe(true);
}

const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
const sheetValues = (name: string) => app.session.fakes.spreadsheet.sheet(name)?.valuesSnapshot();

describe('the import dialog', () => {
  it('asks add or replace; Enter adds the incidents, and the settings, log and history stay', async () => {
    await expect.poll(() => page.locator('.tab').allInnerTexts()).toContain('エスカレーション設定');
    const kept = ['エスカレーション設定', 'エスカレーション記録', '履歴', '対策'].map((n) => [n, sheetValues(n)]);
    expect(kept.every(([, values]) => values !== undefined)).toBe(true);
    const before = app.session.fakes.spreadsheet.sheet('インシデント')!.lastRow();
    await choose(
      'branch-incidents.xlsx',
      await xlsxOf({
        Incidents: [
          ['Summary', 'Impact', 'Urgency'],
          ['<b>倉庫</b>の在庫差異が拡大', 'High', 'High'],
        ],
      }),
    );
    await expect.poll(() => page.locator('#import-title').innerText()).toBe('「branch-incidents.xlsx」の読み込み');
    expect(await page.locator('#import-add-help').innerText()).toContain('「Incidents」シートの 1 行');
    expect(await focused()).toBe('import-add');
    await page.screenshot({ path: join(ARTIFACTS, 'import-dialog.png') });

    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#notice').innerText()).toContain('追加しました');
    expect(await page.locator('#import-dialog').count()).toBe(0);
    const incidents = app.session.fakes.spreadsheet.sheet('インシデント')!;
    expect(incidents.lastRow()).toBe(before + 1);
    expect(incidents.valuesSnapshot()[before]?.slice(0, 7)).toEqual([
      expect.stringMatching(/^INC-\d{4}$/),
      expect.any(Date),
      '<b>倉庫</b>の在庫差異が拡大',
      '',
      'High',
      'High',
      '非常に高リスク',
    ]);
    for (const [name, values] of kept) expect(sheetValues(name as string)).toEqual(values);
    // The page shows the tabs as they were, and the row as text (never as HTML).
    expect(await page.locator('.tab').allInnerTexts()).toEqual(expect.arrayContaining(kept.map(([n]) => n)));
    await page.click('.tab[data-sheet="インシデント"]');
    await expect.poll(() => page.locator('#grid').innerText()).toContain('<b>倉庫</b>の在庫差異が拡大');
    await page.screenshot({ path: join(ARTIFACTS, 'import-added.png') });
  });

  it('asks again before a replace, naming each sheet that would be lost; Escape changes nothing', async () => {
    const before = app.session.fakes.spreadsheet.sheets.map((s) => [s.nameNow(), s.valuesSnapshot()]);
    await choose('other.xlsx', await xlsxOf({ Incidents: [['Summary'], ['x']] }));
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('import-replace');
    await page.keyboard.press('Enter');
    const lost = page.locator('#import-lost');
    await expect.poll(() => lost.innerText()).toMatch(/エスカレーション設定（\d+ 行）.*が失われます（計 \d+ 行）/);
    for (const name of ['エスカレーション記録', '履歴', '対策', 'インシデント'])
      expect(await lost.innerText()).toContain(`${name}（`);
    expect(await focused()).toBe('import-back');
    await page.screenshot({ path: join(ARTIFACTS, 'import-replace-confirm.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#import-dialog').count()).toBe(0);
    expect(app.session.fakes.spreadsheet.sheets.map((s) => [s.nameNow(), s.valuesSnapshot()])).toEqual(before);
  });

  it("says in the page's language why a file's incidents cannot be added, and offers only what can be done", async () => {
    await page.click('#lang-toggle');
    await choose('notes.xlsx', await xlsxOf({ Notes: [['Summary'], ['x']] }));
    expect(await page.locator('#import-title').innerText()).toBe('Import "notes.xlsx"');
    expect(await page.locator('#import-add').isDisabled()).toBe(true);
    expect(await page.locator('#import-add-help').innerText()).toMatch(
      /cannot be added\. The file has no sheet named "インシデント" or "Incidents" \(its sheets: Notes\)\. Rename/,
    );
    expect(await focused()).toBe('import-replace');
    await page.screenshot({ path: join(ARTIFACTS, 'import-dialog-en.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#import-dialog').count()).toBe(0);
    await page.click('#lang-toggle');
  });
});
