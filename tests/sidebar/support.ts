// Shared set-up of the browser tests: the built sidebar with a bootstrap, the add-on's real bundle
// behind google.script.run, and helpers that act as a person at the form would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { FormField } from '../../src/domain/intake/incident-form';
import {
  SIDEBAR_BOOTSTRAP_PLACEHOLDER,
  type SidebarBootstrap,
  bootstrapJson,
} from '../../src/domain/intake/sidebar-contract';
import type { AppsScriptFakesOptions } from '../../tools/fakes';
import { loadAddOnWithSidebar } from '../../tools/fakes/sidebar-add-on';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export function builtSidebar(): string {
  return readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
}

/** The built file as a server would show it; null leaves the placeholder, as if opened outside the add-on. */
export function sidebarWith(bootstrap: SidebarBootstrap | null): string {
  const html = builtSidebar();
  return bootstrap ? html.replace(SIDEBAR_BOOTSTRAP_PLACEHOLDER, () => bootstrapJson(bootstrap)) : html;
}

export function bootstrap(overrides: Partial<SidebarBootstrap> = {}): SidebarBootstrap {
  return {
    lang: 'ja',
    owner: 'tanaka@example.com',
    matrix: [
      ['medium', 'high', 'veryHigh'],
      ['low', 'medium', 'high'],
      ['low', 'low', 'medium'],
    ],
    timeZone: 'Asia/Tokyo',
    openedAt: '2026-11-24T00:30:00.000Z',
    escalationOn: true,
    escalationBy: '',
    lastSweep: null,
    ...overrides,
  };
}

/** dist/Code.js in node:vm over the fakes: showSidebar renders the page, submitIncident answers it. */
export function addOn(options: AppsScriptFakesOptions = {}) {
  return loadAddOnWithSidebar(DIST, options);
}

/** Types into text fields and picks from dropdowns (by option value), as a person with a mouse would. */
export async function fill(page: Page, values: Partial<Record<FormField, string>>): Promise<void> {
  for (const [field, value] of Object.entries(values)) {
    const control = page.locator(`#f-${field}`);
    if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
}

export const fieldError = (page: Page, field: FormField) => page.locator(`#f-${field}-error`).innerText();
export const previewText = (page: Page) => page.locator('#preview').innerText();
export const previewLevel = (page: Page) => page.locator('#preview').getAttribute('data-level');

export async function submit(page: Page): Promise<void> {
  await page.locator('#submit').click();
}

/** Waits until the form is no longer sending, whatever the outcome. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#report')?.getAttribute('aria-busy') === 'false');
}
