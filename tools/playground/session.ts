// One playground session: the real built add-on loaded in node:vm over in-memory Apps Script
// services, and every way a person can act on it (menu, sidebar calls, edits), each recorded
// as an execution the way Apps Script's execution log lists them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type AppsScriptFakes, FakeClock, createAppsScriptFakes } from '../fakes/index';
import { type LoadedBundle, loadBundle } from '../fakes/load-bundle';
import { AuthMode } from '../fakes/script-app';
import { errorMessage, refusal } from './messages';
import { Recalculator } from './recalc';

export type ExecutionKind = 'open' | 'menu' | 'server' | 'edit' | 'trigger';

export interface Execution {
  at: string;
  kind: ExecutionKind;
  functionName: string;
  ok: boolean;
  error: string;
}

/**
 * The people who can use the playground: the owner, and a colleague with edit access, so that
 * what is per user on Apps Script (triggers, user properties, the sidebar) can be tried as both.
 */
export const PEOPLE = ['you@example.com', 'colleague@example.com'] as const;

export interface PlaygroundOptions {
  /** The folder holding the built Code.js and *.html files. */
  distDir: string;
  clock?: FakeClock;
  /** The new workbook's locale (ja_JP unless given). */
  spreadsheetLocale?: string;
  /** Each person's language by email; anyone not listed reads Japanese. */
  userLocales?: Record<string, string>;
}

/** The built HTML files by Apps Script name ('Sidebar' for dist/Sidebar.html). */
function htmlFiles(distDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(distDir).filter((n) => n.endsWith('.html'))) {
    files[name.replace(/\.html$/, '')] = readFileSync(join(distDir, name), 'utf8');
  }
  return files;
}

export class PlaygroundSession {
  readonly fakes: AppsScriptFakes;
  readonly bundle: LoadedBundle;
  readonly recalc: Recalculator;
  executions: Execution[] = [];
  /** Each person's language: Apps Script reports the locale of whoever runs the script now. */
  readonly userLocales: Map<string, string>;

  constructor(readonly options: PlaygroundOptions) {
    const clock = options.clock ?? new FakeClock();
    let recalc: Recalculator | null = null;
    this.userLocales = new Map(Object.entries(options.userLocales ?? {}));
    const userLocale = () => this.userLocale();
    this.fakes = createAppsScriptFakes({
      clock,
      htmlFiles: htmlFiles(options.distDir),
      // A getter: the fake Session reads it on every call, so it follows the person acting now
      // (a trigger runs as its owner, and speaks the owner's language).
      session: {
        get locale() {
          return userLocale();
        },
        activeUserEmail: PEOPLE[0],
      },
      spreadsheet: {
        locale: options.spreadsheetLocale ?? 'ja_JP',
        evaluate: (formula, sheet, row, column) => recalc?.evaluateCell(formula, sheet, row, column) ?? '#NAME?',
      },
    });
    this.bundle = loadBundle(join(options.distDir, 'Code.js'), this.fakes.globals, clock);
    recalc = new Recalculator(
      this.fakes.spreadsheet,
      (name) => this.customFunction(name),
      () => clock.now(),
    );
    this.recalc = recalc;
  }

  /** Bundle functions by upper-case name, as Sheets matches a formula's function name. */
  customFunction(name: string): ((...args: unknown[]) => unknown) | null {
    const declared = this.bundle.functionNames().find((n) => n.toUpperCase() === name);
    return declared ? (...args: unknown[]) => this.bundle.call(declared, ...args) : null;
  }

  /** The language of a person (by default the one using the playground now). */
  userLocale(email = this.fakes.user.email): string {
    return this.userLocales.get(email) ?? 'ja';
  }

  has(functionName: string): boolean {
    return this.bundle.functionNames().includes(functionName);
  }

  /** Runs one execution: records it, recalculates the sheet afterwards, rethrows a failure. */
  run<T>(kind: ExecutionKind, functionName: string, body: () => T): T {
    const at = this.fakes.clock.now().toISOString();
    try {
      const result = body();
      this.executions.unshift({ at, kind, functionName, ok: true, error: '' });
      return result;
    } catch (error) {
      this.executions.unshift({ at, kind, functionName, ok: false, error: errorMessage(error) });
      throw error;
    } finally {
      this.executions.length = Math.min(this.executions.length, 200);
      this.fakes.lock.state.holder = null; // an execution's locks end with it
      this.recalc.recalculateAll();
    }
  }

  /** What opening the document does: the add-on's onOpen builds its menu. */
  open(): void {
    this.fakes.ui.menus = [];
    if (!this.has('onOpen')) return;
    const event = { authMode: AuthMode.LIMITED, source: this.fakes.spreadsheet.self(), user: this.fakes.user.email };
    try {
      this.run('open', 'onOpen', () => this.bundle.call('onOpen', event));
    } catch {
      // recorded as a failed execution; the page shows it, as Sheets would show no menu
    }
  }

  /** A menu item runs its function with no arguments, as Sheets calls it. */
  runMenuItem(functionName: string): void {
    const known = menuFunctions(this.fakes.ui.addonMenu()?.entries ?? []);
    if (!known.includes(functionName)) throw refusal('notMenuItem', functionName);
    this.run('menu', functionName, () => this.bundle.call(functionName));
  }
}

type MenuEntries = NonNullable<ReturnType<AppsScriptFakes['ui']['addonMenu']>>['entries'];

export function menuFunctions(entries: MenuEntries): string[] {
  return entries.flatMap((e) =>
    e.kind === 'item' ? [e.functionName] : e.kind === 'submenu' ? menuFunctions(e.entries) : [],
  );
}
