// The playground's local web server: the page, its JSON API, the hosted sidebar and dialogs
// (with the google.script bridge injected), the outbox's .eml files and .xlsx import/export.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlaygroundApp } from './app';
import { composeEml, emlFileName } from './eml';
import { rowsWindow } from './grid-window';
import { PlaygroundError, errorMessage, refusal } from './messages';
import { ImportRefusal } from './import-messages';
import { importAs, previewImport } from './import-workbook';
import type { PageAssets } from './page-assets';
import { MAX_XLSX_MB } from './xlsx';

type Handler = (app: PlaygroundApp, body: Buffer, match: RegExpExecArray) => Promise<Reply> | Reply;
interface Reply {
  status?: number;
  type?: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

const json = (value: unknown, status = 200): Reply => ({
  status,
  type: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
});
const fields = (body: Buffer): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8') || '{}');
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw refusal('notJson');
};

/** Runs an action; the add-on's own errors are shown as Apps Script would show them, not as refusals. */
async function action(app: PlaygroundApp, body: () => unknown): Promise<Reply> {
  let scriptError = '';
  try {
    await body();
  } catch (error) {
    if (error instanceof PlaygroundError) throw error;
    scriptError = errorMessage(error);
  }
  await app.persist();
  return json({ view: app.view(), scriptError });
}

function routes(assets: PageAssets): [string, RegExp, Handler][] {
  return [
    ['GET', /^\/$/, () => ({ type: 'text/html; charset=utf-8', body: assets.page })],
    ['GET', /^\/api\/state$/, (app) => json({ view: app.view(), scriptError: '' })],
    // The grid's rows a window at a time, in the person's sort and filter; it reads, never writes.
    ['POST', /^\/api\/rows$/, (app, body) => json(rowsWindow(app.session, fields(body)))],
    [
      'POST',
      /^\/api\/menu$/,
      (app, body) => {
        // The menu runs on the sheet and cell the person has selected, as in Sheets.
        const { functionName, reference, sheet } = fields(body);
        if (reference !== undefined) app.select(reference, sheet);
        return action(app, () => app.runMenuItem(functionName));
      },
    ],
    // The grid's selection while the person clicks: nothing runs and nothing is saved.
    [
      'POST',
      /^\/api\/select$/,
      (app, body) => {
        const { reference, sheet } = fields(body);
        app.select(reference, sheet);
        return json({ selected: true });
      },
    ],
    [
      'POST',
      /^\/api\/edit$/,
      (app, body) => {
        const { reference, sheet, text } = fields(body);
        return action(app, () => app.editCell(reference, sheet, text));
      },
    ],
    [
      'POST',
      /^\/api\/clock$/,
      (app, body) => {
        const { kind, at } = fields(body);
        return action(app, () => app.advanceClock({ kind, at } as Parameters<PlaygroundApp['advanceClock']>[0]));
      },
    ],
    [
      'POST',
      /^\/api\/host\/close$/,
      (app, body) => action(app, () => app.closeHost(fields(body).kind, fields(body).index)),
    ],
    ['POST', /^\/api\/person$/, (app, body) => action(app, () => app.actAs(fields(body).email))],
    [
      'POST',
      /^\/api\/locale$/,
      (app, body) => action(app, () => app.setLocale(fields(body).setting, fields(body).locale)),
    ],
    ['POST', /^\/api\/reset$/, (app, body) => action(app, () => app.reset(fields(body).demo === true))],
    // .xlsx import: a preview for the page's dialog, then the add or the replace the person chose.
    ['POST', /^\/api\/import\/preview$/, async (app, body) => json(await previewImport(app, body))],
    [
      'POST',
      /^\/api\/import\/(\w+)$/,
      async (app, body, m) => {
        const message = await importAs(app, body, m[1] as string);
        await app.persist();
        return json({ view: app.view(), scriptError: '', message });
      },
    ],
    [
      'POST',
      /^\/api\/run$/,
      async (app, body) => {
        const { name, args } = fields(body);
        let reply: { value?: unknown; error?: string };
        try {
          reply = { value: app.callServer(name, args) };
        } catch (error) {
          reply = { error: errorMessage(error) };
        }
        await app.persist();
        return json(reply);
      },
    ],
    [
      'GET',
      /^\/api\/export\.xlsx$/,
      async (app) => ({
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await app.exportXlsx(),
        headers: { 'content-disposition': 'attachment; filename="playground.xlsx"' },
      }),
    ],
    ['GET', /^\/api\/mail\/(\d+)$/, (app, _b, m) => json({ ...app.mail(m[1]), from: 'you@example.com' })],
    [
      'GET',
      /^\/api\/mail\/(\d+)\.eml$/,
      async (app, _b, m) => {
        const mail = app.mail(m[1]);
        return {
          type: 'message/rfc822',
          body: await composeEml(mail),
          headers: {
            'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(emlFileName(Number(m[1]) + 1, mail))}`,
          },
        };
      },
    ],
    [
      'GET',
      /^\/ui\/(sidebar|dialog)(?:\/(\d+))?/,
      (app, _b, m) => {
        const html = app.hostedHtml(m[1] as string, Number(m[2] ?? 0));
        if (html === null) return { status: 404, ...bilingualText(refusal('hostClosed')) };
        return { type: 'text/html; charset=utf-8', body: assets.host(html, m[1] as string, Number(m[2] ?? 0)) };
      },
    ],
  ];
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > (MAX_XLSX_MB + 1) * 1024 * 1024) {
        reject(refusal('xlsxTooBig', String(MAX_XLSX_MB)));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export function createPlaygroundServer(app: PlaygroundApp, assets: PageAssets): Server {
  const table = routes(assets);
  // One request at a time: Apps Script runs one execution per call, and the state file is written whole.
  let queue = Promise.resolve();
  return createServer((request, response) => {
    queue = queue.then(() => handle(app, table, request, response));
  });
}

async function handle(
  app: PlaygroundApp,
  table: [string, RegExp, Handler][],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  let reply: Reply;
  try {
    if (request.method !== 'GET' && !isSameOrigin(request)) throw refusal('crossSite');
    const body = await readBody(request);
    const route = table
      .map(([method, pattern, handler]) => ({ method, match: pattern.exec(path), handler }))
      .find((r) => r.method === request.method && r.match);
    reply = route
      ? await route.handler(app, body, route.match as RegExpExecArray)
      : { status: 404, ...bilingualText(refusal('notFound', path)) };
  } catch (error) {
    if (!(error instanceof PlaygroundError)) console.error(error); // the details, for whoever runs the server
    reply =
      error instanceof PlaygroundError || error instanceof ImportRefusal
        ? json({ error: error.text }, 400)
        : json({ error: refusal('internalError').text }, 500);
  }
  response.writeHead(reply.status ?? 200, {
    'content-type': reply.type ?? 'text/plain',
    'cache-control': 'no-store',
    ...reply.headers,
  });
  response.end(reply.body);
}

/** A plain-text page (a closed sidebar's frame, an unknown address) in both languages, Japanese first. */
function bilingualText(message: PlaygroundError): Pick<Reply, 'type' | 'body'> {
  return { type: 'text/plain; charset=utf-8', body: `${message.text.ja}\n${message.text.en}\n` };
}

/** Another website open in the same browser must not drive the playground through localhost. */
function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === 'null' || new URL(origin).host === request.headers.host;
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}
