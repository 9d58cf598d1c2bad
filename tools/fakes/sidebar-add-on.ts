// The built add-on (dist/Code.js in node:vm over the fakes, dist/Sidebar.html as its HTML file),
// seen from the sidebar: showSidebar renders the page and the bundle's globals answer google.script.run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppsScriptFakesOptions, createAppsScriptFakes } from './index';
import { loadBundle } from './load-bundle';
import type { ServerFunctions } from './script-run-bridge';

/** The sidebar's server calls, forwarded to the bundle's top-level functions of the same names. */
const SIDEBAR_CALLS = ['submitIncident', 'listIncidents', 'openIncident', 'actOnIncident'];

export function loadAddOnWithSidebar(dist: string, options: AppsScriptFakesOptions = {}) {
  const fakes = createAppsScriptFakes({
    ...options,
    htmlFiles: { Sidebar: readFileSync(join(dist, 'Sidebar.html'), 'utf8') },
  });
  const bundle = loadBundle(join(dist, 'Code.js'), fakes.globals, fakes.clock);
  const server: ServerFunctions = Object.fromEntries(
    SIDEBAR_CALLS.map((name) => [name, (...args: unknown[]) => bundle.call(name, ...args)]),
  );
  /** Runs the menu item and returns the HTML the user's browser would receive. */
  const showSidebar = (): string => {
    bundle.call('showSidebar');
    const sidebar = fakes.ui.sidebar;
    if (!sidebar) throw new Error('showSidebar showed no sidebar');
    return sidebar.getContent();
  };
  return { fakes, bundle, server, showSidebar };
}
