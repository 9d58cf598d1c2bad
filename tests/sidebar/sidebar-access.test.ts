// The sidebar works by keyboard alone, passes axe in every state a person meets, shows any text a
// user or server gives as text (never markup), and is saved as screenshots at 300 px to look at.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openSidebar } from '../../tools/fakes/script-run-bridge';
import { addOn, bootstrap, fill, settled, sidebarWith, submit } from './support';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe.each(['ja', 'en'] as const)('in %s', (lang) => {
  it('can be filled and submitted with the keyboard alone', async () => {
    const app = addOn({ session: { locale: lang } });
    const { page, calls } = await openSidebar(browser, app.showSidebar(), app.server);
    // The date-time field takes several Tab presses (one per segment), so stops are listed once each.
    const order: string[] = [];
    for (let i = 0; i < 40 && order.at(-1) !== 'submit'; i++) {
      await page.keyboard.press('Tab');
      const id = await focusedId(page);
      if (id !== order.at(-1)) order.push(id);
    }
    // The tab list comes first (新規報告 chosen), then the report form.
    expect(order).toEqual([
      'tab-report',
      'f-summary',
      'f-customer',
      'f-category',
      'f-occurredAt',
      'f-actionsTaken',
      'f-impact',
      'f-urgency',
      'f-assessment',
      'f-supportRequested',
      'f-managerEmail',
      'f-owner',
      'submit',
    ]);
    await page.locator('#f-summary').focus();
    await page.keyboard.type('基幹システムの障害で受注が止まっている');
    await page.keyboard.press('Tab'); // customer
    await page.keyboard.press('Tab'); // category
    await page.keyboard.press('ArrowDown');
    while ((await focusedId(page)) !== 'f-impact') await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // 高 / High
    await page.keyboard.press('Tab');
    await pressTimes(page, 'ArrowDown', 2); // 中 / Medium
    expect(await page.locator('#preview').getAttribute('data-level')).toBe('high');
    while ((await focusedId(page)) !== 'submit') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0]).toMatchObject({
      summary: '基幹システムの障害で受注が止まっている',
      impact: 'high',
      urgency: 'medium',
      category: 'strategic',
    });
    expect(await focusedId(page)).toBe('result');
    expect(await page.locator('#result').innerText()).toContain('INC-0001');
    await page.close();
  });

  it('has no axe violations: fresh, with errors shown, refused by the server, and after success', async () => {
    let refuse = true;
    const server = {
      submitIncident: () => {
        if (refuse) throw new Error(lang === 'ja' ? '他の人が同時に登録しています。' : 'Someone else is saving.');
        return {
          id: 'INC-0042',
          riskLevel: lang === 'ja' ? '非常に高リスク' : 'Very high',
          riskLevelKey: 'veryHigh',
          row: 43,
          emergencyNotified: true,
        };
      },
    };
    const { page } = await openSidebar(browser, sidebarWith(bootstrap({ lang })), server);
    expect(await axeViolations(page), 'fresh').toEqual([]);
    await fill(page, { managerEmail: 'not-an-address' });
    await submit(page);
    expect(await axeViolations(page), 'with errors').toEqual([]);
    for (const level of [
      ['high', 'high'],
      ['medium', 'high'],
      ['high', 'low'],
      ['low', 'low'],
    ]) {
      await fill(page, { impact: level[0], urgency: level[1] });
      expect(await axeViolations(page), `preview ${level.join('/')}`).toEqual([]);
    }
    await fill(page, { summary: '工場の出荷停止', managerEmail: 'bucho@example.com', impact: 'high', urgency: 'high' });
    await submit(page);
    await settled(page);
    expect(await axeViolations(page), 'refused').toEqual([]);
    await page.screenshot({ path: `${SHOTS}sidebar-${lang}-refused.png`, fullPage: true });
    refuse = false;
    await submit(page);
    await settled(page);
    expect(await page.locator('#result').innerText()).toContain(
      lang === 'ja' ? '役員に直ちに通知しました' : 'told at once',
    );
    expect(await axeViolations(page), 'after success').toEqual([]);
    await page.screenshot({ path: `${SHOTS}sidebar-${lang}-saved.png`, fullPage: true });
    await page.close();
  });

  it('fits the 300 px sidebar: nothing scrolls sideways', async () => {
    const { page } = await openSidebar(browser, sidebarWith(bootstrap({ lang })), {});
    mkdirSync(SHOTS, { recursive: true });
    await fill(page, {
      summary:
        lang === 'ja' ? '重要顧客Aからの発注が突然キャンセルされました。' : 'Key customer A cancelled its order.',
      impact: 'high',
      urgency: 'medium',
    });
    await page.screenshot({ path: `${SHOTS}sidebar-${lang}.png`, fullPage: true });
    // Long unbroken text, every error and the server's refusal (no such function here) all on show.
    await fill(page, {
      summary: 'x'.repeat(1200),
      customer: 'y'.repeat(300),
      managerEmail: 'a-very-long-address-indeed@example.com,bad',
    });
    await submit(page);
    expect(await page.locator('#f-customer-error').innerText()).not.toBe('');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await fill(page, {
      summary: 'x'.repeat(400),
      managerEmail: 'a-very-long-address-indeed@example.com',
      customer: '',
    });
    await submit(page);
    await settled(page);
    expect(await page.locator('#alert').innerText()).toContain('submitIncident');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });
});

describe('user and server text containing markup', () => {
  const ATTACK = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';

  it('is shown as text and never run', async () => {
    const server = {
      submitIncident: (form: unknown) => {
        const summary = (form as { summary: string }).summary;
        if (summary.startsWith('<img')) throw new Error(`Refused: ${summary}`);
        return { id: `INC-0001${ATTACK}`, riskLevel: ATTACK, riskLevelKey: 'low', row: 2, emergencyNotified: false };
      },
    };
    const { page, calls } = await openSidebar(browser, sidebarWith(bootstrap({ owner: ATTACK })), server);
    expect(await page.locator('#f-owner').inputValue()).toBe(ATTACK);
    await fill(page, { summary: ATTACK, customer: ATTACK, impact: 'low', urgency: 'low' });
    await submit(page);
    await settled(page);
    expect(await page.locator('#alert .message').innerText()).toBe(`Refused: ${ATTACK}`);
    await fill(page, { summary: `概要 ${ATTACK}` });
    await submit(page);
    await settled(page);
    expect(await page.locator('#result').innerText()).toContain(`INC-0001${ATTACK}`);
    expect(calls[0]?.args[0]).toMatchObject({ summary: ATTACK, customer: ATTACK, owner: ATTACK });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, b').count()).toBe(0);
    await page.close();
  });

  it('in the bootstrap JSON cannot close the script element early', async () => {
    const owner = '</script><script>window.__pwned=3</script>';
    const { page } = await openSidebar(browser, sidebarWith(bootstrap({ owner })), {});
    expect(await page.locator('#f-owner').inputValue()).toBe(owner);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
