// The sidebar in real headless Chromium, with google.script.run bridged to server functions in Node
// that are held to Apps Script's rules: JSON-like arguments only (a Date fails the call), results
// copied as JSON, a thrown error reaching the failure handler as an Error with the same message.
import { type Browser, type Page, chromium } from 'playwright-core';

export type ServerFunctions = Record<string, (...args: unknown[]) => unknown>;

export interface BridgedCall {
  name: string;
  args: unknown[];
}

export interface SidebarPage {
  page: Page;
  /** Every google.script.run call the page made, in order: its server round trips. */
  calls: BridgedCall[];
  /** Every request beyond the page itself; a self-contained sidebar makes none. */
  externalRequests: string[];
}

const SIDEBAR_URL = 'https://sidebar.invalid/';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/**
 * Runs in the page before its own script: the client half of the bridge. Plain JavaScript text, not
 * a function to serialise, because transpilers (tsx) insert helpers the page would not have.
 */
const INSTALL_SCRIPT_RUN = `(() => {
  const legal = (value) => value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)
    || (Array.isArray(value) && value.every(legal))
    || (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(legal));
  const runner = (success, failure) => new Proxy({}, {
    get(_target, name) {
      if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
      if (name === 'withFailureHandler') return (handler) => runner(success, handler);
      if (name === 'withUserObject') return () => runner(success, failure);
      if (typeof name !== 'string') return undefined;
      return (...args) => {
        const refusal = args.every(legal) ? ''
          : 'Invalid argument passed to ' + name + ': only primitives, plain objects and arrays can be sent';
        // Looked up per call: the binding exposeFunction adds is not promised to exist before this runs.
        window.__scriptRunBridge(name, JSON.stringify(args), refusal).then((reply) => {
          if (reply.ok) { if (success) success(reply.value); } else if (failure) failure(new Error(reply.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

export async function openSidebar(browser: Browser, html: string, server: ServerFunctions): Promise<SidebarPage> {
  const page = await browser.newPage({ viewport: { width: 300, height: 1000 }, deviceScaleFactor: 2 });
  const calls: BridgedCall[] = [];
  const externalRequests: string[] = [];
  await page.exposeFunction('__scriptRunBridge', async (name: string, argsJson: string, refusal: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push({ name, args });
    if (refusal) return { ok: false, message: refusal };
    const fn = server[name];
    if (!fn) return { ok: false, message: `Script function not found: ${name}` };
    try {
      return { ok: true, value: JSON.parse(JSON.stringify((await fn(...args)) ?? null)) as unknown };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript({ content: INSTALL_SCRIPT_RUN });
  await page.route('**/*', (route) => {
    if (route.request().url() === SIDEBAR_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    externalRequests.push(route.request().url());
    return route.abort();
  });
  await page.goto(SIDEBAR_URL);
  return { page, calls, externalRequests };
}
