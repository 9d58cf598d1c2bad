// The playground served on a free port and opened in headless Chromium, for the browser tests:
// closed, browser and server, when the test file's tests end.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { launchChromium } from '../../../tools/fakes/script-run-bridge';
import type { PlaygroundApp } from '../../../tools/playground/app';
import { createPlaygroundServer, listen } from '../../../tools/playground/http-server';
import { buildPageAssets } from '../../../tools/playground/page-assets';

/** Where the browser tests save their screenshots (kept by CI as artifacts). */
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '../../../test-results');

const opened: { browser: Browser; server: Server }[] = [];

afterAll(async () => {
  for (const { browser, server } of opened.splice(0)) {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Serves `app` and opens a page of the given size and browser language (not yet navigated). */
export async function openInChromium(
  app: PlaygroundApp,
  view: { width: number; height: number; locale: string },
): Promise<{ page: Page; port: number }> {
  const server = createPlaygroundServer(app, await buildPageAssets());
  const port = await listen(server, 0);
  const browser = await launchChromium();
  opened.push({ browser, server });
  const page = await browser.newPage({ viewport: { width: view.width, height: view.height }, locale: view.locale });
  mkdirSync(ARTIFACTS, { recursive: true });
  return { page, port };
}
