// Builds the page's script and the google.script bridge with esbuild when the server starts,
// and wraps hosted sidebar and dialog HTML with the bridge, as Apps Script wraps them with its own.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PageAssets {
  page: string;
  host(html: string, kind: string, index: number): string;
}

const pageDir = join(dirname(fileURLToPath(import.meta.url)), 'page');

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(pageDir, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    charset: 'utf8',
    legalComments: 'none',
  });
  return (result.outputFiles[0] as { text: string }).text;
}

/** Script text inside <script>: no '</script' may end it early. */
const inline = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1');

export async function buildPageAssets(): Promise<PageAssets> {
  const [main, bridge] = await Promise.all([bundle('main.ts'), bundle('script-bridge.ts')]);
  const css = readFileSync(join(pageDir, 'page.css'), 'utf8');
  const page = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23c5221f'/%3E%3Cpath d='M8 3v6M8 11v2' stroke='white' stroke-width='2'/%3E%3C/svg%3E">
<title>Playground</title><style>${css}</style></head>
<body><div id="app"></div><script>${inline(main)}</script></body></html>`;
  return {
    page,
    host(html, kind, index) {
      const setup = `<script>window.__playgroundHost=${JSON.stringify({ kind, index })};${inline(bridge)}</script>`;
      // The bridge must exist before the page's own scripts run, as google.script does in Apps Script.
      return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (tag) => `${tag}${setup}`) : `${setup}${html}`;
    },
  };
}
