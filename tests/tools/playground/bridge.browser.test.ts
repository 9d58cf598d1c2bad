// google.script.run and google.script.host in the playground's hosted pages, in real Chromium,
// against a small hand-written add-on: Apps Script's argument rules, handlers, user objects,
// server errors reaching the failure handler, Date returns arriving as null, and close().
import type { Server } from 'node:http';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tools/fakes/script-run-bridge';
import { PlaygroundApp } from '../../../tools/playground/app';
import { createPlaygroundServer, listen } from '../../../tools/playground/http-server';
import { type PageAssets, buildPageAssets } from '../../../tools/playground/page-assets';
import { fixtureDist, tempDir } from './support';

const CODE = `
function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Panel', 'openPanel').addItem('Dialog', 'openDialog').addToUi(); }
function openPanel() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Panel').setTitle('Panel')); }
function openDialog() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutputFromFile('Panel'), 'Dialog'); }
function echo(x) { return { got: x }; }
function today() { return new Date(); }
function fails() { throw new Error('Exception: the server says no'); }
function write(text) { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue(text); return 'ok'; }
`;

const PANEL = `<!doctype html><html><head><meta charset="utf-8"></head><body><pre id="out"></pre>
<form id="f"><input name="who" value="佐藤"><input name="level" value="高"></form>
<script>
  const out = [];
  const log = (line) => { out.push(line); document.getElementById('out').textContent = out.join('\\n'); };
  window.run = (name) => {
    try {
      if (name === 'date') google.script.run.echo(new Date());
      if (name === 'echo') google.script.run.withSuccessHandler((v, u) => log('echo ' + JSON.stringify(v) + ' ' + u)).withUserObject('ctx').echo([1, undefined, 'x']);
      if (name === 'form') google.script.run.withSuccessHandler((v) => log('form ' + JSON.stringify(v))).echo(document.getElementById('f'));
      if (name === 'today') google.script.run.withSuccessHandler((v) => log('today ' + JSON.stringify(v))).today();
      if (name === 'fails') google.script.run.withFailureHandler((e, u) => log('failed ' + (e instanceof Error) + ' ' + e.message + ' ' + u)).withUserObject(7).fails();
      if (name === 'missing') google.script.run.withFailureHandler((e) => log('failed ' + e.message)).nothingHere();
      if (name === 'write') google.script.run.withSuccessHandler((v) => log('write ' + v)).write('サイドバーから');
      if (name === 'close') google.script.host.close();
    } catch (error) { log('threw ' + error.message); }
  };
</script></body></html>`;

let browser: Browser;
let assets: PageAssets;
let server: Server;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  assets = await buildPageAssets();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

// Each test gets its own workbook, server and page with a freshly opened panel: no test sees
// another's state.
beforeEach(async () => {
  const app = new PlaygroundApp({ distDir: fixtureDist(CODE, { Panel: PANEL }), stateDir: tempDir() });
  server = createPlaygroundServer(app, assets);
  const port = await listen(server, 0);
  page = await browser.newPage({ locale: 'en-US' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.click('#menu-button');
  await page.click('.menu-item[data-function="openPanel"]');
}, 60_000);

afterEach(async () => {
  await page?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function call(frame: FrameLocator, name: string): Promise<void> {
  await frame.locator('#out').waitFor({ state: 'attached' });
  await frame.locator('body').evaluate((_body, n) => (window as unknown as { run(n: string): void }).run(n), name);
}

async function run(frame: FrameLocator, name: string, expected: string | RegExp): Promise<void> {
  await call(frame, name);
  await expect.poll(() => frame.locator('#out').innerText()).toMatch(expected);
}

describe('google.script in a hosted sidebar', () => {
  const sidebar = () => page.frameLocator('#sidebar-frame');

  it('refuses a Date argument at the call, as Apps Script does', async () => {
    await run(sidebar(), 'date', /threw Failed due to illegal value in property: 0/);
  });

  it('sends JSON-shaped values (undefined in an array becomes null) and passes the user object', async () => {
    await run(sidebar(), 'echo', /echo \{"got":\[1,null,"x"\]\} ctx/);
  });

  it('sends a lone form as an object of its named fields', async () => {
    await run(sidebar(), 'form', /form \{"got":\{"who":"佐藤","level":"高"\}\}/);
  });

  it('gives the success handler null for a Date return value', async () => {
    await run(sidebar(), 'today', /today null/);
  });

  it('calls the failure handler with an Error carrying the server message, and the user object', async () => {
    await run(sidebar(), 'fails', /failed true Exception: the server says no 7/);
    await run(sidebar(), 'missing', /failed Script function not found: nothingHere/);
  });

  it('runs the server function on the playground workbook, and the page shows the change', async () => {
    await run(sidebar(), 'write', /write ok/);
    await expect.poll(() => page.locator('#grid td[data-cell="A1"]').innerText()).toBe('サイドバーから');
  });

  it('closes the sidebar with google.script.host.close()', async () => {
    await call(sidebar(), 'close');
    await expect.poll(() => page.locator('#sidebar-frame').count()).toBe(0);
  });

  it('hosts a modal dialog the same way, and closes it', async () => {
    await page.click('#menu-button');
    await page.click('.menu-item[data-function="openDialog"]');
    const dialog = page.frameLocator('.overlay iframe');
    await run(dialog, 'echo', /echo \{"got":\[1,null,"x"\]\} ctx/);
    await call(dialog, 'close');
    await expect.poll(() => page.locator('.overlay').isHidden()).toBe(true);
  });
});
