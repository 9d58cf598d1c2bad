// The sidebar's incident view (steps 4–7), keyboard only, in real headless Chromium, against a
// stand-in google.script.run answering from canned contract objects: the tab switch, the list, one
// incident, a form for each step sending exactly the contract's shape, errors that keep what was
// typed, text never read as markup, and axe finding nothing in any view, in both languages.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentAction } from '../../src/domain/intake/incident-contract';
import type { Lang } from '../../src/domain/language';
import type { Status } from '../../src/domain/vocabulary';
import { INTAKE_MESSAGES } from '../../src/domain/intake/intake-messages';
import { INCIDENT_MESSAGES } from '../../src/sidebar/incidents/incident-messages';
import { RISK_COLOURS } from '../../src/adapters/incidents-format';
import { launchChromium, openSidebar } from '../../tools/fakes/script-run-bridge';
import { HTML_SUMMARY, type StandIn, incident, standIn } from './incident-fixtures';
import { bootstrap, sidebarWith } from './support';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    return (await (window as unknown as { axe: { run(): Promise<Result> } }).axe.run()).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with `id` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

const waitForFocus = (page: Page, id: string) =>
  page.waitForFunction((want) => document.activeElement?.id === want, id);

async function openPage(lang: Lang, stand: StandIn): Promise<Page> {
  const { page } = await openSidebar(browser, sidebarWith(bootstrap({ lang })), stand.server);
  return page;
}

/** From the page's start: Tab to the tab list, then the arrow key to the incident view. */
async function toIncidents(page: Page): Promise<void> {
  await tabTo(page, 'tab-report');
  await page.keyboard.press('ArrowRight');
  await page.locator('#open-INC-0001').waitFor();
}

async function openFirst(page: Page): Promise<void> {
  await toIncidents(page);
  await tabTo(page, 'open-INC-0001');
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'incident-heading');
}

/** Tabs to the form's submit button and presses Enter (Enter in a text area is a new line). */
async function send(page: Page): Promise<void> {
  await tabTo(page, 'action-submit');
  await page.keyboard.press('Enter');
}

const offered = (page: Page) =>
  page.locator('.incident-actions [data-kind]').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));

interface StepCase {
  name: string;
  status: Status;
  opener: string;
  /** Keys pressed once the form is open and its first input (or its button) has focus. */
  keys(page: Page): Promise<void>;
  expected: IncidentAction;
}

const id = 'INC-0001';
const type = (text: string) => async (page: Page) => page.keyboard.type(text);
const STEPS: StepCase[] = [
  {
    name: 'acknowledge with instructions',
    status: 'open',
    opener: 'act-acknowledge',
    keys: async (page) => {
      await page.keyboard.type('本日中に先方役員へ連絡');
      await page.keyboard.press('Tab');
      await page.keyboard.type('営業部長を同行');
    },
    expected: { kind: 'acknowledge', id, instruction: '本日中に先方役員へ連絡', resources: '営業部長を同行' },
  },
  {
    name: 'acknowledge alone',
    status: 'open',
    opener: 'act-acknowledge',
    keys: async () => {},
    expected: { kind: 'acknowledge', id },
  },
  {
    name: 'instruct',
    status: 'inProgress',
    opener: 'act-instruct',
    keys: type('  代替案を提示する  '),
    expected: { kind: 'instruct', id, instruction: '代替案を提示する' },
  },
  {
    name: 'escalate now, straight to the executives',
    status: 'open',
    opener: 'act-escalateNow',
    keys: async (page) => {
      await page.keyboard.press('ArrowDown'); // 上位管理者 → 経営層
      await page.keyboard.press('Tab');
      await page.keyboard.type('現場の対応で改善しない');
    },
    expected: { kind: 'escalateNow', id, to: 'executives', reason: '現場の対応で改善しない' },
  },
  {
    name: 'escalate now, to the manager',
    status: 'inProgress',
    opener: 'act-escalateNow',
    keys: async (page) => {
      await page.keyboard.press('Tab');
      await page.keyboard.type('顧客が回答を急いでいる');
    },
    expected: { kind: 'escalateNow', id, to: 'manager', reason: '顧客が回答を急いでいる' },
  },
  {
    name: 'hand back',
    status: 'inProgress',
    opener: 'act-handBack',
    keys: type('現場で対応可能'),
    expected: { kind: 'handBack', id, reason: '現場で対応可能' },
  },
  {
    name: 'hold',
    status: 'open',
    opener: 'act-hold',
    keys: type('先方の回答待ち'),
    expected: { kind: 'hold', id, reason: '先方の回答待ち' },
  },
  { name: 'resume', status: 'onHold', opener: 'act-resume', keys: async () => {}, expected: { kind: 'resume', id } },
  {
    name: 'add a measure',
    status: 'open',
    opener: 'act-addMeasure',
    keys: async (page) => {
      await page.keyboard.type('受注確認の手順を見直す');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown'); // 暫定対応 → 恒久対策
      await page.keyboard.press('Tab'); // the owner, filled with the incident's owner
      await page.keyboard.press('Tab');
      await page.keyboard.type('12102026'); // the date field, in the browser's en-US order
    },
    expected: {
      kind: 'addMeasure',
      id,
      measure: '受注確認の手順を見直す',
      measureKind: 'permanent',
      owner: 'tanaka@example.com',
      due: '2026-12-10',
    },
  },
  {
    name: 'measure done',
    status: 'inProgress',
    opener: 'act-measureDone-2',
    keys: async () => {},
    expected: { kind: 'measureDone', id, row: 2 },
  },
  {
    name: 'effect check',
    status: 'inProgress',
    opener: 'act-effectCheck-3',
    keys: type('誤出荷ゼロが1か月続いた'),
    expected: { kind: 'effectCheck', id, row: 3, result: '誤出荷ゼロが1か月続いた' },
  },
  {
    name: 'resolve',
    status: 'inProgress',
    opener: 'act-resolve',
    keys: async (page) => {
      await page.keyboard.press('Tab'); // 確認者 is the user already; on to 再発リスク
      await page.keyboard.press('Space'); // あり
      await page.keyboard.press('ArrowDown'); // なし
      await page.keyboard.press('Tab');
      await page.keyboard.type('先方から了承の連絡あり');
    },
    expected: {
      kind: 'resolve',
      id,
      confirmedBy: 'tanaka@example.com',
      recurrenceRisk: 'no',
      note: '先方から了承の連絡あり',
    },
  },
  {
    name: 'retrospective',
    status: 'resolved',
    opener: 'act-retrospective',
    keys: async (page) => {
      for (const [i, part] of ['確認漏れ', '初動が早かった', '情報共有の遅れ', '二重チェックの導入'].entries()) {
        if (i > 0) await page.keyboard.press('Tab');
        await page.keyboard.type(part);
      }
    },
    expected: {
      kind: 'retrospective',
      id,
      rootCause: '確認漏れ',
      wentWell: '初動が早かった',
      toImprove: '情報共有の遅れ',
      prevention: '二重チェックの導入',
    },
  },
  { name: 'close', status: 'resolved', opener: 'act-close', keys: async () => {}, expected: { kind: 'close', id } },
  {
    name: 'reopen',
    status: 'closed',
    opener: 'act-reopen',
    keys: type('再発した'),
    expected: { kind: 'reopen', id, reason: '再発した' },
  },
];

describe.each(['ja', 'en'] as const)('the incident view in %s', (lang) => {
  const text = INCIDENT_MESSAGES[lang];

  it('is reached from the tab list by keyboard, lists those addressed to the user first, shows HTML as text', async () => {
    const stand = standIn(lang);
    const page = await openPage(lang, stand);
    await tabTo(page, 'tab-report');
    expect(await page.locator('#tab-report').innerText()).toBe(text.tabs.report);
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe('tab-incidents');
    expect(await page.locator('#tab-incidents').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-report').isHidden()).toBe(true);
    await page.locator('#open-INC-0001').waitFor();
    const ids = await page.locator('.incident-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect(ids).toEqual(['INC-0001', 'INC-0003', 'INC-0002']);
    expect(await page.locator('.incident-list h2').allInnerTexts()).toEqual([text.forMe, text.others]);
    const first = page.locator('#open-INC-0001');
    expect(await first.locator('[data-level]').getAttribute('data-level')).toBe('veryHigh');
    expect(await first.innerText()).toContain(text.overdue);
    expect(await first.innerText()).toContain(text.stage(2));
    expect(await page.locator('#open-INC-0002').innerText()).toContain(text.noLevel);
    // The level is coloured as the incidents sheet colours it.
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const badge = await first.locator('[data-level]').evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, font: style.color };
    });
    expect(badge).toEqual({ background: rgb(RISK_COLOURS.veryHigh.background), font: rgb(RISK_COLOURS.veryHigh.font) });
    expect(await page.locator('#open-INC-0003 .item-summary').innerText()).toBe(HTML_SUMMARY);
    expect(await page.locator('#panel-incidents img, #panel-incidents b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // Back to the report form: what was there is kept, and the list is not fetched again.
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#panel-report').isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}incidents-${lang}-list.png`, fullPage: true });
    await page.close();
  });

  it('opens the incident of the selected row, and one from the list, with its report, deadlines and history', async () => {
    const stand = standIn(lang);
    const page = await openPage(lang, stand);
    await toIncidents(page);
    await tabTo(page, 'open-selected');
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'incident-heading');
    await tabTo(page, 'back-to-list');
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'open-INC-0001');
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'incident-heading');
    expect(stand.refs).toEqual([{}, { id: 'INC-0001' }]);
    const view = incident(lang);
    const body = await page.locator('.incident').innerText();
    for (const part of [
      view.report.summary,
      view.report.actionsTaken,
      view.report.assessment,
      view.report.supportRequested,
    ])
      expect(body).toContain(part);
    const labels = { ...INTAKE_MESSAGES[lang].fieldLabel, ...text.reportFields };
    for (const label of Object.values(labels)) expect(body).toContain(label);
    for (const who of [view.report.customer, view.report.owner, view.report.reporter]) expect(body).toContain(who);
    // Deadlines on the spreadsheet's clock (Tokyo), the passed one marked.
    const state = await page.locator('.incident-state').innerText();
    expect(state).toContain('2026-11-24 09:20 (Asia/Tokyo)');
    expect(state).toContain('2026-11-26 18:00 (Asia/Tokyo)');
    expect(await page.locator('.incident-state .overdue').count()).toBe(1);
    expect(await page.locator('.incident-state [data-level="veryHigh"]').innerText()).toBe(view.level);
    // History oldest first, whatever order it came in; its detail is text.
    const history = await page.locator('.history li').allInnerTexts();
    expect(history[0]).toContain('2026-11-24 09:40');
    expect(history[1]).toContain('<script>alert(1)</script>');
    expect(await page.locator('.measures li').count()).toBe(2);
    expect(await offered(page)).toEqual(['acknowledge', 'escalateNow', 'handBack', 'hold', 'addMeasure', 'resolve']);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}incidents-${lang}-incident.png`, fullPage: true });
    await page.close();
  });

  it('offers only the steps that make sense in each status, the retrospective marked required', async () => {
    const expected: Record<Status, string[]> = {
      open: ['acknowledge', 'escalateNow', 'handBack', 'hold', 'addMeasure', 'resolve'],
      inProgress: ['instruct', 'escalateNow', 'handBack', 'hold', 'addMeasure', 'resolve'],
      onHold: ['resume', 'addMeasure'],
      resolved: ['retrospective', 'addMeasure', 'close', 'reopen'],
      closed: ['reopen'],
    };
    for (const status of Object.keys(expected) as Status[]) {
      const page = await openPage(lang, standIn(lang, incident(lang, status)));
      await openFirst(page);
      expect(await offered(page), status).toEqual(expected[status]);
      if (status === 'closed') expect(await page.locator('.measures [data-kind]').count()).toBe(0);
      if (status === 'resolved') {
        expect(await page.locator('#act-retrospective').innerText()).toContain(text.requiredMark);
        expect(await page.locator('.incident-retrospective').innerText()).toContain(text.retrospectiveRequired);
        await tabTo(page, 'act-close');
        await page.keyboard.press('Enter');
        expect(await page.locator('#form-close').innerText()).toContain(text.retrospectiveBeforeClose);
      }
      await page.close();
    }
  });

  it.each(STEPS)('sends "$name" exactly as the contract says, then shows the new state', async (step) => {
    const stand = standIn(lang, incident(lang, step.status));
    const page = await openPage(lang, stand);
    await openFirst(page);
    await tabTo(page, step.opener);
    await page.keyboard.press('Enter');
    expect(await page.locator(`#${step.opener}`).getAttribute('aria-expanded')).toBe('true');
    await step.keys(page);
    await send(page);
    await waitForFocus(page, 'incident-confirm');
    expect(stand.actions).toEqual([step.expected]);
    const confirm = await page.locator('#incident-confirm').innerText();
    expect(confirm).toContain(text.done(text.actions[step.expected.kind], 'INC-0001'));
    expect(confirm).toContain(stand.view.status);
    expect(await page.locator('.incident-state').innerText()).toContain(stand.view.status);
    expect(await page.locator('.action-form').count()).toBe(0);
    await page.close();
  });

  it('keeps what was typed and shows the server refusal as text beside the form', async () => {
    const stand = standIn(lang);
    const page = await openPage(lang, stand);
    await openFirst(page);
    await tabTo(page, 'act-hold');
    await page.keyboard.press('Enter');
    // Sent blank first: the form says what is missing and sends nothing.
    await send(page);
    expect(await page.locator('#a-reason-error').innerText()).toBe(text.required);
    expect(await focusedId(page)).toBe('a-reason');
    expect(stand.actions).toEqual([]);
    await page.keyboard.type('先方の回答待ち');
    stand.failNext = '<b>この操作はできません</b>';
    await send(page);
    await waitForFocus(page, 'action-alert');
    expect(await page.locator('#action-alert .message').innerText()).toBe('<b>この操作はできません</b>');
    expect(await page.locator('#action-alert b').count()).toBe(0);
    expect(await page.locator('#action-alert').innerText()).toContain(text.keptNote);
    expect(await page.locator('#a-reason').inputValue()).toBe('先方の回答待ち');
    expect(await page.locator('#a-reason-error').innerText()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}incidents-${lang}-refused.png`, fullPage: true });
    // Sent again, it goes through with the same text.
    await send(page);
    await waitForFocus(page, 'incident-confirm');
    expect(stand.actions).toEqual([
      { kind: 'hold', id, reason: '先方の回答待ち' },
      { kind: 'hold', id, reason: '先方の回答待ち' },
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}incidents-${lang}-recorded.png`, fullPage: true });
    await page.close();
  });

  it('says when the list cannot be read (the server message as text) and when nothing is open', async () => {
    const stand = standIn(lang);
    const failing = {
      ...stand.server,
      listIncidents: () => {
        throw new Error('<i>シートが見つかりません</i>');
      },
    };
    const { page } = await openSidebar(browser, sidebarWith(bootstrap({ lang })), failing);
    await tabTo(page, 'tab-report');
    await page.keyboard.press('ArrowRight');
    await waitForFocus(page, 'incident-alert');
    expect(await page.locator('#incident-alert').innerText()).toContain(text.loadFailed);
    expect(await page.locator('#incident-alert .message').innerText()).toBe('<i>シートが見つかりません</i>');
    expect(await page.locator('#incident-alert i').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    const empty = await openPage(lang, { ...stand, server: { ...stand.server, listIncidents: () => [] } });
    await tabTo(empty, 'tab-report');
    await empty.keyboard.press('ArrowRight');
    await empty.locator('.empty').waitFor();
    expect(await empty.locator('.empty').innerText()).toBe(text.noIncidents);
    await empty.close();
  });

  it('closes an open form with Escape and gives focus back to its button', async () => {
    const stand = standIn(lang);
    const page = await openPage(lang, stand);
    await openFirst(page);
    await tabTo(page, 'act-escalateNow');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('a-to-manager');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}incidents-${lang}-form.png`, fullPage: true });
    await page.keyboard.press('Tab');
    await page.keyboard.type('途中まで');
    await page.keyboard.press('Escape');
    expect(await page.locator('#form-escalateNow').count()).toBe(0);
    expect(await focusedId(page)).toBe('act-escalateNow');
    expect(await page.locator('#act-escalateNow').getAttribute('aria-expanded')).toBe('false');
    expect(stand.actions).toEqual([]);
    await page.close();
  });
});
