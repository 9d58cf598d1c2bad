// The whole add-on in English, in real headless Chromium, as a person would run it: the page in
// English, the spreadsheet locale en_US and the user locale en chosen in the top bar, a new
// workbook, set-up, a report submitted through the real sidebar, the hourly sweep, and the
// manager's English digest in the outbox; then a Japanese colleague in the same workbook. Every
// time the page shows is on the spreadsheet's clock (Asia/Tokyo), never UTC. Screenshots go to
// test-results/.
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
  // An English browser: the page's own words follow it. The add-on's follow the two settings.
  const opened = await openInChromium(app, { width: 1440, height: 1100, locale: 'en-US' });
  page = opened.page;
  const port = opened.port;
  page.on('dialog', (dialog) => void dialog.accept()); // Reset asks before it starts over
  await page.goto(`http://127.0.0.1:${port}/`);
}, 60_000);

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `playground-en-${name}.png`), fullPage: true });
const menuLabels = () => page.locator('.menu-item').allInnerTexts();

async function chooseFromMenu(functionName: string): Promise<void> {
  if (!(await page.locator('#addon-menu').evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.click('#menu-button');
  await page.locator(`.menu-item[data-function="${functionName}"]`).click();
}

/** A time as the page must show it: the spreadsheet's wall clock in Tokyo. */
const tokyo = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'short' }).format(at);
const utc = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short' }).format(at);

describe('the playground in English, end to end', () => {
  it('opens with the page in English and the add-on in Japanese, the defaults', async () => {
    await expect.poll(() => page.locator('#lang-toggle').innerText()).toBe('日本語');
    expect(await page.locator('#spreadsheet-locale').inputValue()).toBe('ja_JP');
    expect(await page.locator('#user-locale').inputValue()).toBe('ja');
    expect(await page.locator('.locales').innerText()).toContain('Spreadsheet locale');
    await page.click('#menu-button');
    expect(await menuLabels()).toContain('インシデントを報告…');
    // The clock is Tokyo's 09:00, which is midnight in UTC.
    expect(await page.locator('#clock-now').innerText()).toBe('2026-11-24 09:00 (Asia/Tokyo)');
  });

  it('switches both locales to English and starts a new workbook: Sheet1 and an English menu', async () => {
    await page.selectOption('#spreadsheet-locale', 'en_US');
    await expect.poll(() => app.session.fakes.spreadsheet.locale).toBe('en_US');
    await expect.poll(() => page.locator('#spreadsheet-locale').inputValue()).toBe('en_US');
    await page.selectOption('#user-locale', 'en');
    await expect.poll(() => page.locator('#user-locale').inputValue()).toBe('en');
    await page.click('#reset');
    await expect.poll(() => page.locator('.tab').allInnerTexts()).toEqual(['Sheet1']);
    expect(await page.locator('#spreadsheet-locale').inputValue()).toBe('en_US');
    await page.click('#menu-button');
    expect(await menuLabels()).toEqual(expect.arrayContaining(['Report an incident…', 'Set up sheets']));
    await page.keyboard.press('Escape');
  });

  it('sets the workbook up in English: English sheets, headers and notice', async () => {
    await chooseFromMenu('setUpSheets');
    await expect.poll(() => page.locator('.tab').allInnerTexts()).toContain('Incidents');
    expect(await page.locator('.tab').allInnerTexts()).toEqual(
      expect.arrayContaining(['Escalation settings', 'Measures', 'History']),
    );
    await page.click('.tab[data-sheet="Incidents"]');
    await expect.poll(() => page.locator('#grid tbody tr').first().innerText()).toContain('Risk level');
    expect(await page.locator('#notices').innerText()).toContain('Set-up complete');
    await shot('setup');
  });

  it('submits a report through the English sidebar; the row shows Very high', async () => {
    await chooseFromMenu('showSidebar');
    const sidebar = page.frameLocator('#sidebar-frame');
    await expect.poll(() => sidebar.locator('body').innerText()).toContain('1. The problem');
    expect(await page.locator('.sidebar-head strong').innerText()).toBe('Escalation report');
    await sidebar.locator('#f-summary').fill('Key customer A cancelled its annual order without notice');
    await sidebar.locator('#f-impact').selectOption('high');
    await sidebar.locator('#f-urgency').selectOption('high');
    await sidebar.locator('#f-managerEmail').fill('manager@example.com');
    await sidebar.locator('#submit').click();
    await expect.poll(() => sidebar.locator('#result').innerText(), { timeout: 10_000 }).toMatch(/INC-0001/);
    await expect.poll(() => page.locator('#grid').innerText()).toContain('Very high');
    await shot('sidebar');
  });

  it('runs the hourly sweep and shows the manager an English digest, every time on Tokyo’s clock', async () => {
    await chooseFromMenu('turnOnEscalations');
    await expect.poll(() => page.locator('#triggers').innerText()).toContain('checkEscalations');
    await page.click('#advance-day');
    await expect.poll(() => page.locator('#clock-now').innerText()).toBe('2026-11-25 09:00 (Asia/Tokyo)');
    await expect.poll(() => page.locator('#executions').innerText()).toContain('checkEscalations');

    const toManager = page.locator('#outbox button.mail', { hasText: 'manager@example.com' });
    await expect.poll(() => toManager.count()).toBeGreaterThan(0);
    const id = Number(await toManager.first().getAttribute('data-mail'));
    await toManager.first().click();
    await expect.poll(() => page.locator('#mail-view h3').innerText()).toMatch(/^\[Escalation\]/);
    await expect.poll(() => page.frameLocator('#mail-html').locator('body').innerText()).toContain('INC-0001');
    const sent = app.session.fakes.mail.outbox[id]?.sentAt ?? new Date(NaN);
    const headers = await page.locator('#mail-view .headers').innerText();
    expect(headers).toContain(tokyo(sent));
    expect(tokyo(sent)).not.toBe(utc(sent));
    expect(headers).not.toContain(utc(sent));
    // The execution log and the trigger's next run are on the same clock.
    const runs = app.session.executions.filter((e) => e.functionName === 'checkEscalations');
    const executions = await page.locator('#executions').innerText();
    for (const run of runs) expect(executions).toContain(tokyo(new Date(run.at)));
    const next = app.view().triggers[0]?.nextRun;
    expect(await page.locator('#triggers').innerText()).toContain(tokyo(new Date(next ?? NaN)));
    await shot('mail');
  });

  it('lets a colleague read the same English workbook with a Japanese menu and sidebar', async () => {
    await page.selectOption('#person', 'colleague@example.com');
    // The page redraws once the server has opened the file for the colleague, with their locale.
    await expect.poll(() => page.locator('#user-locale').inputValue()).toBe('ja');
    expect(await page.locator('#person').inputValue()).toBe('colleague@example.com');
    expect(await page.locator('#spreadsheet-locale').inputValue()).toBe('en_US');
    await page.click('#menu-button');
    expect(await menuLabels()).toContain('インシデントを報告…');
    await chooseFromMenu('showSidebar');
    await expect.poll(() => page.locator('.sidebar-head strong').innerText()).toBe('エスカレーション報告');
    expect(await page.locator('.tab').allInnerTexts()).toContain('Incidents');
    await shot('colleague-ja');
    // Back to the owner: still English for them.
    await page.selectOption('#person', 'you@example.com');
    await expect.poll(() => page.locator('#user-locale').inputValue()).toBe('en');
  });

  it('shows a corrupt .xlsx refusal in the page’s language, in the playground’s words', async () => {
    await page.setInputFiles('#import-file', {
      name: 'broken.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('not a workbook'),
    });
    await expect
      .poll(() => page.locator('#notice').innerText())
      .toContain('This .xlsx file cannot be read (it is damaged, or it is not an .xlsx file)');
    expect(await page.locator('#notice').innerText()).not.toMatch(/central directory|zip/i);
    await page.click('#lang-toggle');
    expect(await page.locator('#notice').innerText()).toContain(
      'この .xlsx ファイルは読めません（壊れているか .xlsx ではありません）',
    );
    await shot('refusal');
    await page.click('#lang-toggle');
  });
});
