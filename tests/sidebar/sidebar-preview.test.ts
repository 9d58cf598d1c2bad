// The built sidebar opens with no round trip and shows the risk level and 判断基準 live, from the
// bootstrap's matrix, in the user's language.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grade } from '../../src/domain/grades';
import { type RiskLevel, riskDecision, riskLevelLabel } from '../../src/domain/risk-levels';
import { launchChromium, openSidebar } from '../../tools/fakes/script-run-bridge';
import { bootstrap, fill, previewLevel, previewText, sidebarWith } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// docs/domain.md §2 cell by cell: [impact, urgency, level].
const ARTICLE_CELLS: [Grade, Grade, RiskLevel][] = [
  ['low', 'high', 'medium'],
  ['medium', 'high', 'high'],
  ['high', 'high', 'veryHigh'],
  ['low', 'medium', 'low'],
  ['medium', 'medium', 'medium'],
  ['high', 'medium', 'high'],
  ['low', 'low', 'low'],
  ['medium', 'low', 'low'],
  ['high', 'low', 'medium'],
];

describe.each(['ja', 'en'] as const)('the sidebar in %s', (lang) => {
  it('opens with zero round trips, nothing fetched, and the bootstrap applied', async () => {
    const { page, calls, externalRequests } = await openSidebar(browser, sidebarWith(bootstrap({ lang })), {});
    await expect.poll(() => page.locator('#f-summary').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('label[for="f-impact"]').innerText()).toBe(lang === 'ja' ? '影響度' : 'Impact');
    expect(await page.locator('#f-owner').inputValue()).toBe('tanaka@example.com');
    // Blank: the hint says a blank occurrence time means "when submitted".
    expect(await page.locator('#f-occurredAt').inputValue()).toBe('');
    expect(await page.locator('#f-impact option').allInnerTexts()).toEqual(
      lang === 'ja' ? ['選択してください', '高', '中', '低'] : ['Choose…', 'High', 'Medium', 'Low'],
    );
    expect(await page.locator('#f-category option').count()).toBe(7);
    expect(calls).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.close();
  });

  it('shows the level and its decision for every cell of the article matrix, with no round trip', async () => {
    const { page, calls } = await openSidebar(browser, sidebarWith(bootstrap({ lang })), {});
    expect(await previewLevel(page)).toBeNull();
    for (const [impact, urgency, level] of ARTICLE_CELLS) {
      await fill(page, { impact, urgency });
      expect(await previewLevel(page), `${impact} × ${urgency}`).toBe(level);
      const text = await previewText(page);
      expect(text).toContain(riskLevelLabel(level, lang));
      expect(text).toContain(riskDecision(level, lang));
    }
    await fill(page, { impact: '' });
    expect(await previewLevel(page)).toBeNull();
    expect(calls).toEqual([]);
    await page.close();
  });

  it("follows the team's matrix from the bootstrap, not the default", async () => {
    const strict: RiskLevel[][] = [
      ['high', 'veryHigh', 'veryHigh'],
      ['medium', 'high', 'veryHigh'],
      ['low', 'medium', 'high'],
    ];
    const { page } = await openSidebar(browser, sidebarWith(bootstrap({ lang, matrix: strict })), {});
    const cells: [Grade, Grade, RiskLevel][] = [
      ['low', 'high', 'high'],
      ['medium', 'high', 'veryHigh'],
      ['low', 'low', 'low'],
      ['high', 'medium', 'veryHigh'],
    ];
    for (const [impact, urgency, level] of cells) {
      await fill(page, { impact, urgency });
      expect(await previewLevel(page)).toBe(level);
      expect(await previewText(page)).toContain(riskLevelLabel(level, lang));
    }
    await page.close();
  });
});

describe('opened outside the add-on (placeholder left in place)', () => {
  it('falls back to the browser language and the default matrix', async () => {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 300, height: 900 } });
    await page.setContent(sidebarWith(null));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.selectOption('#f-impact', 'high');
    await page.selectOption('#f-urgency', 'high');
    expect(await previewLevel(page)).toBe('veryHigh');
    await page.close();
  });

  it('says it cannot submit rather than failing silently', async () => {
    const page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 300, height: 900 } });
    await page.setContent(sidebarWith(null));
    await page.fill('#f-summary', '顧客Aの発注キャンセル');
    await page.selectOption('#f-impact', 'medium');
    await page.selectOption('#f-urgency', 'low');
    await page.click('#submit');
    await expect.poll(() => page.locator('#alert').innerText()).toContain('アドオンから開いたときだけ送信できます');
    await page.close();
  });
});
