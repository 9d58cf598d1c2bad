// The grid's selection reaches the add-on as Sheets' does: the sidebar's "open the selected row"
// (getActiveRange) opens the incident on the row the person clicked, a menu item runs on the sheet
// and cell in view, and a cell typed in is the selection.
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlaygroundApp } from '../../../tools/playground/app';
import { createPlaygroundServer, listen } from '../../../tools/playground/http-server';
import { buildPageAssets } from '../../../tools/playground/page-assets';
import { makeApp } from './support';

let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

async function serve(app: PlaygroundApp): Promise<(path: string, body: unknown) => Promise<Response>> {
  server = createPlaygroundServer(app, await buildPageAssets());
  const base = `http://127.0.0.1:${await listen(server, 0)}`;
  return (path, body) => fetch(base + path, { method: 'POST', body: JSON.stringify(body) });
}

/** The demo workbook, set up: its incidents sheet has IDs from row 2. */
function demo(): PlaygroundApp {
  const app = makeApp({ demo: true });
  app.runMenuItem('setUpSheets');
  return app;
}

const idOnRow = (app: PlaygroundApp, row: number) =>
  String(app.session.fakes.spreadsheet.sheet('インシデント')?.read(row, 1).value);
const opened = (app: PlaygroundApp) => (app.callServer('openIncident', [{}]) as { id: string }).id;

describe('the grid selection in the playground', () => {
  it('opens the incident on the row the person clicked', async () => {
    const app = demo();
    const post = await serve(app);
    expect((await post('/api/select', { reference: 'C4', sheet: 'インシデント' })).status).toBe(200);
    expect(opened(app)).toBe(idOnRow(app, 4));
    await post('/api/select', { reference: 'A2', sheet: 'インシデント' });
    expect(opened(app)).toBe(idOnRow(app, 2));
  });

  it('says to select a row of the incidents sheet when the person is on another sheet', async () => {
    const app = demo();
    const post = await serve(app);
    await post('/api/select', { reference: 'B3', sheet: 'エスカレーション設定' });
    expect(() => opened(app)).toThrow(/インシデント/);
  });

  it('runs a menu item on the selection the page sends with it, and selects a cell typed in', async () => {
    const app = demo();
    const post = await serve(app);
    const reply = await post('/api/menu', { functionName: 'showSidebar', reference: 'D5', sheet: 'インシデント' });
    expect(reply.status).toBe(200);
    expect(opened(app)).toBe(idOnRow(app, 5));
    app.editCell('Q3', 'インシデント', '');
    expect(opened(app)).toBe(idOnRow(app, 3));
  });

  it('refuses a selection on a sheet that does not exist, in both languages', async () => {
    const post = await serve(demo());
    const reply = await post('/api/select', { reference: 'A1', sheet: 'どこにもない' });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    const body = (await reply.json()) as { error: { ja: string; en: string } };
    expect(body.error.ja).toContain('どこにもない');
    expect(body.error.en).toContain('どこにもない');
  });
});
