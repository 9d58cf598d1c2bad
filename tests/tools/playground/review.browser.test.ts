// The PDCA review in the playground, in real headless Chromium: the dashboard the menu refreshes,
// with its two native charts drawn from the ranges the add-on gave them, and the rehearsal dialog
// (the flow drawn, the rules checked, an open incident rehearsed). Screenshots are saved as artifacts.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundApp } from '../../../tools/playground/app';
import { makeApp } from './support';
import { ARTIFACTS, openInChromium } from './browser-support';

const AXE = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));
let page: Page;
let app: PlaygroundApp;

beforeAll(async () => {
  app = makeApp();
  const opened = await openInChromium(app, { width: 1440, height: 1100, locale: 'ja-JP' });
  page = opened.page;
  await page.goto(`http://127.0.0.1:${opened.port}/`);
}, 60_000);

async function chooseFromMenu(functionName: string): Promise<void> {
  if (!(await page.locator('#addon-menu').evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.click('#menu-button');
  await page.locator(`.menu-item[data-function="${functionName}"]`).click();
}

async function axeViolations(frame: Frame): Promise<string[]> {
  await frame.addScriptTag({ path: AXE });
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => v.id);
  });
}

describe('the PDCA review in the playground', () => {
  it('draws the dashboard the menu refreshes, with its charts', async () => {
    await chooseFromMenu('setUpSheets');
    await expect.poll(() => page.locator('.tab').allInnerTexts()).toContain('インシデント');
    await chooseFromMenu('showSidebar');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#f-summary').fill('重要顧客A社からの発注が突然キャンセルされました');
    await sidebar.locator('#f-impact').selectOption('high');
    await sidebar.locator('#f-urgency').selectOption('medium');
    await sidebar.locator('#f-managerEmail').fill('bucho@example.com');
    await sidebar.locator('#submit').click();
    await expect.poll(() => sidebar.locator('#result').innerText(), { timeout: 10_000 }).toMatch(/INC-\d{4}/);
    await chooseFromMenu('refreshDashboard');
    await expect.poll(() => page.locator('.tab').allInnerTexts()).toContain('ダッシュボード');
    await page.click('.tab[data-sheet="ダッシュボード"]');
    await expect.poll(() => page.locator('figure.chart').count()).toBe(2);
    expect(await page.locator('figure.chart figcaption').allInnerTexts()).toEqual([
      '発生頻度（月別・リスクの種類別）',
      '中央値（直近4週間、営業時間）',
    ]);
    // The month of the report holds one incident in its category: one bar in the monthly chart.
    expect(await page.locator('figure.chart').first().locator('rect').count()).toBe(1);
    expect(await page.locator('#grid').innerText()).toContain('エスカレーション ダッシュボード');
    await page.screenshot({ path: join(ARTIFACTS, 'playground-dashboard.png'), fullPage: true });
  });

  it('opens the rehearsal: the flow drawn, the rules checked, an open incident rehearsed', async () => {
    await chooseFromMenu('showRehearsal');
    await expect.poll(() => page.locator('.overlay iframe').count()).toBe(1);
    const dialog = page.frameLocator('.overlay iframe');
    await expect.poll(() => dialog.locator('h1').innerText()).toBe('エスカレーションフローの確認とリハーサル');
    expect(await dialog.locator('.flow').count()).toBe(4);
    const id = await dialog.locator('#f-id option').nth(1).getAttribute('value');
    await dialog.locator('#f-id').selectOption(id ?? '');
    await dialog.locator('button[type="submit"]').click();
    await expect
      .poll(() => dialog.locator('#timeline').innerText(), { timeout: 10_000 })
      .toContain('bucho@example.com');
    expect(app.session.fakes.mail.outbox.filter((m) => m.subject.includes('エスカレーション'))).toHaveLength(0);
    const frame = await page
      .locator('.overlay iframe')
      .elementHandle()
      .then((e) => e?.contentFrame());
    expect(frame).toBeTruthy();
    expect(await axeViolations(frame as Frame)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-rehearsal.png'), fullPage: true });
  });
});
