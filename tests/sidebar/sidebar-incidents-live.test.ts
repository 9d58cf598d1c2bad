// The incident view against the add-on's real server functions (dist/Code.js over the fakes), keyboard
// only: a report submitted, opened from the list, acknowledged with a direction; the row and the
// history show what the page did.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { launchChromium, openSidebar } from '../../tools/fakes/script-run-bridge';
import { FULL_FORM } from '../support/services';
import { addOn } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

describe('the incident view with the real server', () => {
  it('acknowledges with a direction, and the sheet and the history show it', async () => {
    const app = addOn();
    app.bundle.call('setUpSheets');
    const submitted = app.bundle.call('submitIncident', {
      ...FULL_FORM,
      impact: 'medium',
      urgency: 'medium',
      managerEmail: 'bucho@example.com',
    }) as { id: string };
    const { page } = await openSidebar(browser, app.showSidebar(), app.server);
    await tabTo(page, 'tab-report');
    await page.keyboard.press('ArrowRight');
    const opener = `open-${submitted.id}`;
    await page.locator(`#${opener}`).waitFor();
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'incident-heading');

    await tabTo(page, 'act-acknowledge');
    await page.keyboard.press('Enter');
    await page.keyboard.type('本日中に先方役員へ連絡');
    await tabTo(page, 'action-submit');
    await page.keyboard.press('Enter');
    await page.locator('#incident-confirm').waitFor();

    const sheet = app.fakes.spreadsheet.sheet('インシデント');
    const row = sheet?.valuesSnapshot()[1] ?? [];
    const at = (column: (typeof INCIDENT_COLUMN_KEYS)[number]) => row[INCIDENT_COLUMN_KEYS.indexOf(column)];
    expect(at('acknowledgedBy')).toBe(app.fakes.user.email);
    expect(at('instruction')).toBe('本日中に先方役員へ連絡');
    expect(at('status')).toBe('対応中');
    const history = (app.fakes.spreadsheet.sheet('履歴')?.valuesSnapshot() ?? []).map((r) => r[2]);
    expect(history).toEqual(expect.arrayContaining(['報告', '確認', '判断・指示']));
    // The incident as the page now shows it: the direction, and the history in time order.
    expect(await page.locator('#panel-incidents').innerText()).toContain('本日中に先方役員へ連絡');
    await page.close();
  });
});
