// The sidebar in real headless Chromium, with google.script.run bridged to server functions in Node,
// held to Apps Script's rules by the same code the playground uses (script-run/).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { Reply } from './script-run/client';
import { serverFunction, toClientValue } from './script-run/server';

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
 * The shared page half of google.script.run (script-run/client.ts), bundled once per process into
 * an init script whose transport is a binding to this Node process.
 */
let clientScript: Promise<string> | null = null;
function bridgeClient(): Promise<string> {
  clientScript ??= build({
    stdin: {
      contents: `import { installGoogleScript } from './client';
installGoogleScript((name, args) => window.__scriptRunBridge(name, JSON.stringify(args)), { close() {} });`,
      resolveDir: join(dirname(fileURLToPath(import.meta.url)), 'script-run'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    charset: 'utf8',
  }).then((result) => (result.outputFiles[0] as { text: string }).text);
  return clientScript;
}

export async function openSidebar(browser: Browser, html: string, server: ServerFunctions): Promise<SidebarPage> {
  const page = await browser.newPage({ viewport: { width: 300, height: 1000 }, deviceScaleFactor: 2 });
  const calls: BridgedCall[] = [];
  const externalRequests: string[] = [];
  await page.exposeFunction('__scriptRunBridge', async (name: string, argsJson: string): Promise<Reply> => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push({ name, args });
    try {
      const fn = serverFunction((n) => (Object.prototype.hasOwnProperty.call(server, n) ? server[n] : undefined), name);
      return { value: toClientValue(await fn(...args)) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript({ content: await bridgeClient() });
  await page.route('**/*', (route) => {
    if (route.request().url() === SIDEBAR_URL)
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    externalRequests.push(route.request().url());
    return route.abort();
  });
  await page.goto(SIDEBAR_URL);
  return { page, calls, externalRequests };
}
