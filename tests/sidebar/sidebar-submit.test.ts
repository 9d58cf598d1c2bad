// Validation beside each field, the one submit call, the server's refusal shown in place with the
// typing kept, and success showing the new ID: against the add-on's real bundle over the fakes.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_MESSAGES } from '../../src/domain/intake/intake-messages';
import { launchChromium, openSidebar } from '../../tools/fakes/script-run-bridge';
import { FULL_FORM } from '../support/services';
import { addOn, bootstrap, fieldError, fill, settled, sidebarWith, submit } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// The free text of the shared report; the choices as the sidebar's dropdowns and date-time field hold them.
const { summary, actionsTaken, assessment, supportRequested, customer } = FULL_FORM;
const REPORT = {
  summary,
  actionsTaken,
  impact: 'high',
  urgency: 'medium',
  assessment,
  supportRequested,
  category: 'strategic',
  customer,
  occurredAt: '2026-11-24T08:15',
  managerEmail: 'bucho@example.com, kacho@example.com',
};

const focusedId = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe.each(['ja', 'en'] as const)('validation in %s', (lang) => {
  const messages = INTAKE_MESSAGES[lang];

  it('names every missing required field beside it, focuses the first, and calls nothing', async () => {
    const { page, calls } = await openSidebar(browser, sidebarWith(bootstrap({ lang })), {});
    await submit(page);
    expect(await fieldError(page, 'summary')).toBe(messages.required(messages.fieldLabel.summary));
    expect(await fieldError(page, 'impact')).toBe(messages.required(messages.fieldLabel.impact));
    expect(await fieldError(page, 'urgency')).toBe(messages.required(messages.fieldLabel.urgency));
    expect(await page.locator('#f-summary').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-summary').getAttribute('aria-describedby')).toBe('f-summary-hint f-summary-error');
    expect(await page.locator('#status').innerText()).toMatch(lang === 'ja' ? /3件/ : /3 problems/);
    expect(await focusedId(page)).toBe('f-summary');
    expect(calls).toEqual([]);
    // Fixing a field clears its message as the person types.
    await page.fill('#f-summary', '発注キャンセル');
    expect(await fieldError(page, 'summary')).toBe('');
    expect(await page.locator('#f-summary').getAttribute('aria-invalid')).toBeNull();
    await page.close();
  });

  it('checks a field when the person leaves it: bad addresses, a future time', async () => {
    const { page } = await openSidebar(browser, sidebarWith(bootstrap({ lang })), {});
    await page.fill('#f-managerEmail', 'bucho@example.com, kacho');
    await page.locator('#f-owner').focus();
    expect(await fieldError(page, 'managerEmail')).toBe(messages.badEmail('kacho'));
    expect(await fieldError(page, 'summary')).toBe(''); // untouched fields are not scolded yet
    await page.fill('#f-occurredAt', '2026-11-25T12:00'); // a day after the server's "now"
    await page.locator('#f-owner').focus();
    expect(await fieldError(page, 'occurredAt')).toBe(messages.futureDate());
    await page.close();
  });
});

describe.each([
  ['ja', 'ja_JP', 'ja'],
  ['en', 'en_US', 'en'],
] as const)('submitting to the real submitIncident (%s user)', (lang, sheetLocale, userLocale) => {
  it('makes one call with the plain form and shows the new ID, then clears for the next report', async () => {
    const app = addOn({
      session: { locale: userLocale, activeUserEmail: 'yamada@example.com' },
      spreadsheet: { locale: sheetLocale },
    });
    const { page, calls } = await openSidebar(browser, app.showSidebar(), app.server);
    expect(await page.locator('#f-owner').inputValue()).toBe('yamada@example.com');
    await fill(page, REPORT);
    await submit(page);
    await settled(page);
    expect(await page.locator('#result').innerText()).toContain('INC-0001');
    expect(await page.locator('#result').innerText()).toContain(lang === 'ja' ? '高リスク' : 'High');
    expect(await focusedId(page)).toBe('result');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({
      name: 'submitIncident',
      args: [{ ...REPORT, occurredAt: '2026-11-24T08:15:00+09:00', owner: 'yamada@example.com' }],
    });
    const sheet = JSON.stringify(app.fakes.spreadsheet.sheets.map((s) => s.getDataRange().getValues()));
    expect(sheet).toContain('INC-0001');
    expect(sheet).toContain('重要顧客Aからの発注が突然キャンセル');
    // Cleared for the next report, keeping who reports and whom to tell.
    expect(await page.locator('#f-summary').inputValue()).toBe('');
    expect(await page.locator('#f-impact').inputValue()).toBe('');
    expect(await page.locator('#f-managerEmail').inputValue()).toBe(REPORT.managerEmail);
    expect(await page.locator('#f-owner').inputValue()).toBe('yamada@example.com');
    expect(await page.locator('#submit').isEnabled()).toBe(true);
    await fill(page, { summary: '二件目', impact: 'low', urgency: 'low' });
    await submit(page);
    await settled(page);
    expect(await page.locator('#result').innerText()).toContain('INC-0002');
    expect(calls).toHaveLength(2);
    await page.close();
  });

  it("shows the server's refusal in place and keeps every word typed", async () => {
    const app = addOn({ session: { locale: userLocale }, spreadsheet: { locale: sheetLocale } });
    const { page, calls } = await openSidebar(browser, app.showSidebar(), app.server);
    await fill(page, REPORT);
    app.fakes.lock.state.holdFor(1_000); // another execution holds the document lock throughout
    await submit(page);
    await settled(page);
    expect(await page.locator('#alert').innerText()).toContain(INTAKE_MESSAGES[lang].busy());
    expect(await focusedId(page)).toBe('alert');
    for (const [field, value] of Object.entries(REPORT))
      expect(await page.locator(`#f-${field}`).inputValue()).toBe(value);
    expect(await page.locator('#submit').isEnabled()).toBe(true);
    expect(calls).toHaveLength(1);
    // Once the lock is free the same typed report goes through.
    app.fakes.lock.state.holdFor(0);
    await submit(page);
    await settled(page);
    expect(await page.locator('#result').innerText()).toContain('INC-0001');
    expect(await page.locator('#alert').innerText()).toBe('');
    await page.close();
  });
});

describe('messages of several lines from the server', () => {
  it('shows each line, as text', async () => {
    const refusal = '問題の概要を入力してください。\n影響度「x」は選べません。高・中・低のいずれかを選んでください。';
    const { page } = await openSidebar(browser, sidebarWith(bootstrap()), {
      submitIncident: () => {
        throw new Error(refusal);
      },
    });
    await fill(page, { summary: 'x', impact: 'low', urgency: 'low' });
    await submit(page);
    await settled(page);
    expect(await page.locator('#alert .message').innerText()).toBe(refusal);
    await page.close();
  });
});

describe('the emergency path', () => {
  it('names who was told at once and who could not be reached', async () => {
    const { page } = await openSidebar(browser, sidebarWith(bootstrap()), {
      submitIncident: () => ({
        id: 'INC-0010',
        riskLevel: '非常に高リスク',
        riskLevelKey: 'veryHigh',
        row: 11,
        emergencyNotified: true,
        emergencyTold: ['exec@example.com'],
        emergencyWaiting: ['bucho@example.com'],
      }),
    });
    await fill(page, { summary: '大口解約', impact: 'high', urgency: 'high' });
    await submit(page);
    await settled(page);
    const text = await page.locator('#result').innerText();
    expect(text).toContain('exec@example.com に直ちに通知しました');
    expect(text).toContain('bucho@example.com には送れなかったため');
    await page.close();
  });
});

describe('a slow server', () => {
  it('gets one call however often the button is pressed while it works', async () => {
    const slow = () =>
      new Promise((resolve) =>
        setTimeout(
          () =>
            resolve({
              id: 'INC-0009',
              riskLevel: '低リスク',
              riskLevelKey: 'low',
              row: 10,
              emergencyNotified: false,
            }),
          400,
        ),
      );
    const { page, calls } = await openSidebar(browser, sidebarWith(bootstrap()), { submitIncident: slow });
    await fill(page, { summary: '出荷遅延', impact: 'low', urgency: 'low' });
    await page.locator('#submit').dblclick();
    await page.keyboard.press('Enter');
    expect(await page.locator('#submit').isDisabled()).toBe(true);
    expect(await page.locator('#report').getAttribute('aria-busy')).toBe('true');
    await settled(page);
    expect(await page.locator('#result').innerText()).toContain('INC-0009');
    expect(calls).toHaveLength(1);
    await page.close();
  });
});

describe('the google.script.run bridge (held to Apps Script rules)', () => {
  it('refuses a Date argument at the call, before anything is sent, as Apps Script does', async () => {
    const { page, calls } = await openSidebar(browser, sidebarWith(bootstrap()), { echo: (x) => x });
    const outcome = await page.evaluate(() => {
      const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } })
        .google.script.run;
      try {
        (run.echo as (a: unknown) => void)({ at: new Date() });
        return 'sent';
      } catch (error) {
        return `threw: ${(error as Error).message}`;
      }
    });
    expect(outcome).toBe('threw: Failed due to illegal value in property: at');
    expect(calls).toEqual([]);
    await page.close();
  });
});
