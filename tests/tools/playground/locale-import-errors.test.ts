// What reaches the page when the playground server cannot do what was asked: an .xlsx that is not
// one, an address it does not serve, a body that is not JSON. Always the playground's own words in
// both languages, never a library's text (exceljs's "Can't find end of central directory"), and
// the workbook as it was.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlaygroundApp } from '../../../tools/playground/app';
import { createPlaygroundServer, listen } from '../../../tools/playground/http-server';
import { PLAYGROUND_MESSAGES } from '../../../tools/playground/messages';
import { buildPageAssets } from '../../../tools/playground/page-assets';
import { makeApp, workbookValues } from './support';

let app: PlaygroundApp;
let server: Server;
let base = '';

beforeAll(async () => {
  app = makeApp({ demo: true });
  server = createPlaygroundServer(app, await buildPageAssets());
  base = `http://127.0.0.1:${await listen(server, 0)}`;
}, 30_000);

afterAll(() => new Promise((resolve) => server?.close(resolve)));

const post = (path: string, body: Buffer) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'content-type': 'application/octet-stream' },
  });

/** Words of the libraries under the server, none of which may reach a person. */
const LIBRARY_TEXT = /central directory|zip|jszip|SyntaxError|Unexpected token|at \w+ \(/i;

describe('the playground server’s refusals', () => {
  it('refuses a corrupt .xlsx with the bilingual message, and the workbook stays as it was', async () => {
    const before = workbookValues(app);
    const real = await app.exportXlsx();
    const corrupt = [
      Buffer.from('this is not a spreadsheet'), // exceljs: "Can't find end of central directory : is this a zip file ?"
      real.subarray(0, Math.floor(real.length / 2)), // a real .xlsx cut off half way
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 7)]), // a zip header and nothing after
    ];
    for (const bytes of corrupt) {
      // The dialog's first request: the file is read before any question is asked.
      const response = await post('/api/import/preview', bytes);
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toMatch(LIBRARY_TEXT);
      const { error } = JSON.parse(text) as { error: { ja: string; en: string } };
      expect(error).toEqual({
        ja: PLAYGROUND_MESSAGES.ja.xlsxUnreadable(),
        en: PLAYGROUND_MESSAGES.en.xlsxUnreadable(),
      });
      expect(error.ja).toContain('この .xlsx ファイルは読めません（壊れているか .xlsx ではありません）');
      expect(error.en).toContain('This .xlsx file cannot be read');
    }
    expect(workbookValues(app)).toEqual(before);
    // The same server takes the real file, so the refusals above were about the bytes.
    expect((await post('/api/import/preview', real)).status).toBe(200);
  });

  it('answers an address it does not serve and a closed sidebar in both languages', async () => {
    const missing = await fetch(`${base}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(
      '「/no/such/page」というページはありません。\nThere is no page "/no/such/page".\n',
    );
    const closed = await fetch(`${base}/ui/sidebar`);
    expect(closed.status).toBe(404);
    expect(await closed.text()).toMatch(/閉じられています。\nThis sidebar or dialog has been closed\./);
  });

  it('refuses a body that is not JSON, and a request from another website, in both languages', async () => {
    const notJson = await fetch(`${base}/api/menu`, { method: 'POST', body: '{"functionName":' });
    expect(notJson.status).toBe(400);
    const text = await notJson.text();
    expect(text).not.toMatch(LIBRARY_TEXT);
    expect(JSON.parse(text)).toEqual({
      error: { ja: PLAYGROUND_MESSAGES.ja.notJson(), en: PLAYGROUND_MESSAGES.en.notJson() },
    });
    const crossSite = await fetch(`${base}/api/reset`, {
      method: 'POST',
      body: '{}',
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(400);
    expect(((await crossSite.json()) as { error: { ja: string } }).error.ja).toContain('別のサイトからの要求');
  });
});
