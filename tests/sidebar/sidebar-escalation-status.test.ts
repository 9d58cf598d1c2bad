// The sidebar says whether escalations are on and who runs them: from the real showSidebar, which
// reads the document's switch, through the injected bootstrap to the line at the top of the page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESCALATION_STATUS } from '../../src/domain/notices/escalation-status';
import { launchChromium, openSidebar } from '../../tools/fakes/script-run-bridge';
import { addOn, bootstrap, fill, settled, sidebarWith, submit } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const statusLine = (page: import('playwright-core').Page) => page.locator('#escalation-status');

describe('the escalation status line', () => {
  it("reads off before the run is turned on, and on after with who runs it, from the document's switch", async () => {
    const app = addOn({
      session: { locale: 'ja', activeUserEmail: 'yamada@example.com' },
      spreadsheet: { locale: 'ja_JP' },
    });
    const before = await openSidebar(browser, app.showSidebar(), app.server);
    expect(await statusLine(before.page).innerText()).toBe(ESCALATION_STATUS.ja.off);
    await before.page.close();
    app.bundle.call('turnOnEscalations');
    const after = await openSidebar(browser, app.showSidebar(), app.server);
    expect(await statusLine(after.page).innerText()).toBe(
      ESCALATION_STATUS.ja.on + ESCALATION_STATUS.ja.runsAs('yamada@example.com'),
    );
    expect(await statusLine(after.page).getAttribute('data-on')).toBe('true');
    await after.page.close();
  });

  it("speaks the user's language, and says nothing when the server could not tell", async () => {
    const en = await openSidebar(browser, sidebarWith(bootstrap({ lang: 'en', escalationOn: false })), {});
    expect(await statusLine(en.page).innerText()).toBe(ESCALATION_STATUS.en.off);
    await en.page.close();
    const unknown = await openSidebar(browser, sidebarWith(bootstrap({ escalationOn: null })), {});
    expect(await statusLine(unknown.page).isVisible()).toBe(false);
    expect(await statusLine(unknown.page).textContent()).toBe('');
    await unknown.page.close();
  });

  it('is brought up to date by each submission, as the run may have been turned on since the sidebar opened', async () => {
    const app = addOn({
      session: { locale: 'ja', activeUserEmail: 'yamada@example.com' },
      spreadsheet: { locale: 'ja_JP' },
    });
    const { page } = await openSidebar(browser, app.showSidebar(), app.server);
    expect(await statusLine(page).innerText()).toBe(ESCALATION_STATUS.ja.off);
    app.bundle.call('turnOnEscalations'); // from the menu, with the sidebar still open
    await fill(page, { summary: '納期遅延', impact: 'medium', urgency: 'low' });
    await submit(page);
    await settled(page);
    expect(await page.locator('#result').innerText()).toContain('INC-0001');
    expect(await statusLine(page).innerText()).toBe(
      ESCALATION_STATUS.ja.on + ESCALATION_STATUS.ja.runsAs('yamada@example.com'),
    );
    await page.close();
  });
});
