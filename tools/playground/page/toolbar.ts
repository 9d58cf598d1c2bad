// The top bar: the add-on menu as onOpen built it, who uses the file and in which languages, the
// clock and its controls, state controls (reset, demo, .xlsx import and export) and the page's
// own language toggle (the page's words only: the add-on follows the two locale settings).
import type { FakeMenuEntry } from '../../fakes/ui';
import { SPREADSHEET_LOCALES, type SpreadsheetLocale, USER_LOCALES, type UserLocale } from '../locales';
import type { PlaygroundView } from '../snapshot';
import { h, on } from './dom';
import type { PageText } from './i18n';
import { formatTime } from './panels';

export interface ToolbarActions {
  runMenuItem(functionName: string): void;
  advance(kind: 'hour' | 'businessDay' | 'to', at?: string): void;
  reset(demo: boolean): void;
  importXlsx(file: File): void;
  toggleLanguage(): void;
  actAs(email: string): void;
  setLocale(setting: 'spreadsheet' | 'user', locale: string): void;
}

function menuEntries(entries: FakeMenuEntry[], actions: ToolbarActions): HTMLElement[] {
  return entries.map((entry) => {
    if (entry.kind === 'separator') return h('li', { role: 'separator', class: 'separator' });
    if (entry.kind === 'submenu')
      return h(
        'li',
        { class: 'submenu' },
        h('span', {}, entry.label),
        h('ul', {}, menuEntries(entry.entries, actions)),
      );
    return h(
      'li',
      {},
      on(
        h(
          'button',
          { type: 'button', role: 'menuitem', class: 'menu-item', 'data-function': entry.functionName },
          entry.label,
        ),
        'click',
        () => actions.runMenuItem(entry.functionName),
      ),
    );
  });
}

function addonMenu(text: PageText, view: PlaygroundView, actions: ToolbarActions): HTMLElement {
  const entries = view.menu?.entries ?? [];
  const empty = !view.hasOnOpen ? text.menuNoOnOpen : entries.length === 0 ? text.menuEmpty : '';
  return h(
    'details',
    { class: 'menu', id: 'addon-menu' },
    h('summary', { id: 'menu-button' }, `${text.menu} ▸ ${view.menu?.title ?? '—'}`),
    empty ? h('p', { class: 'muted menu-empty' }, empty) : h('ul', { role: 'menu' }, menuEntries(entries, actions)),
  );
}

function clockControls(text: PageText, view: PlaygroundView, actions: ToolbarActions): HTMLElement {
  const to = h('input', {
    id: 'advance-to-input',
    type: 'text',
    placeholder: '2026-11-25T09:00',
    size: 17,
    'aria-label': text.advanceTo,
  });
  return h(
    'div',
    { class: 'clock', role: 'group', 'aria-label': text.clock },
    h('span', { class: 'muted' }, text.clock),
    ' ',
    h('time', { id: 'clock-now', datetime: view.now }, `${formatTime(view.now, view.timeZone)} (${view.timeZone})`),
    on(h('button', { type: 'button', id: 'advance-hour' }, text.advanceHour), 'click', () => actions.advance('hour')),
    on(h('button', { type: 'button', id: 'advance-day' }, text.advanceDay), 'click', () =>
      actions.advance('businessDay'),
    ),
    to,
    on(h('button', { type: 'button', id: 'advance-to' }, text.advanceTo), 'click', () =>
      actions.advance('to', to.value),
    ),
  );
}

/** Who uses the file now: switching opens it as a colleague (their own triggers and sidebar). */
function personControl(text: PageText, view: PlaygroundView, actions: ToolbarActions): HTMLElement {
  const select = h(
    'select',
    { id: 'person', 'aria-label': text.person },
    view.people.map((email) => h('option', { value: email, selected: email === view.user }, email)),
  );
  on(select, 'change', () => actions.actAs(select.value));
  return h('label', { class: 'person' }, h('span', { class: 'muted' }, text.person), ' ', select);
}

/**
 * The spreadsheet's locale (what set-up writes the sheets in) and the language of the person
 * acting now (menu, sidebar, notices and their emails): what Sheets and a Google account set.
 */
function localeControls(text: PageText, view: PlaygroundView, actions: ToolbarActions): HTMLElement {
  const choice = (
    id: string,
    label: string,
    setting: 'spreadsheet' | 'user',
    locales: readonly (SpreadsheetLocale | UserLocale)[],
    current: string,
  ) => {
    const select = h(
      'select',
      { id, 'aria-label': label },
      locales.map((locale) => h('option', { value: locale, selected: locale === current }, text.localeName[locale])),
    );
    on(select, 'change', () => actions.setLocale(setting, select.value));
    return h('label', {}, h('span', { class: 'muted' }, label), ' ', select);
  };
  return h(
    'div',
    { class: 'locales', role: 'group', 'aria-label': text.settings },
    choice('spreadsheet-locale', text.spreadsheetLocale, 'spreadsheet', SPREADSHEET_LOCALES, view.locales.spreadsheet),
    ' ',
    choice('user-locale', text.userLocale, 'user', USER_LOCALES, view.locales.user),
  );
}

function stateControls(text: PageText, actions: ToolbarActions): HTMLElement {
  const file = h('input', { type: 'file', id: 'import-file', accept: '.xlsx', class: 'visually-hidden' });
  on(file, 'change', () => {
    if (file.files?.[0]) actions.importXlsx(file.files[0]);
    file.value = '';
  });
  return h(
    'div',
    { class: 'state-controls' },
    on(h('button', { type: 'button', id: 'reset' }, text.reset), 'click', () => {
      if (confirm(text.resetConfirm)) actions.reset(false);
    }),
    on(h('button', { type: 'button', id: 'reset-demo' }, text.resetDemo), 'click', () => {
      if (confirm(text.resetConfirm)) actions.reset(true);
    }),
    h('label', { class: 'button', for: 'import-file' }, text.importXlsx),
    file,
    h('a', { class: 'button', id: 'export', href: '/api/export.xlsx', download: 'playground.xlsx' }, text.exportXlsx),
  );
}

export function toolbar(text: PageText, view: PlaygroundView, actions: ToolbarActions): HTMLElement {
  return h(
    'header',
    { class: 'toolbar' },
    h('div', { class: 'brand' }, h('h1', {}, text.title), h('p', { class: 'muted' }, text.subtitle)),
    on(
      h(
        'button',
        { type: 'button', id: 'lang-toggle', lang: text.language === 'English' ? 'en' : 'ja' },
        text.language,
      ),
      'click',
      actions.toggleLanguage,
    ),
    addonMenu(text, view, actions),
    personControl(text, view, actions),
    localeControls(text, view, actions),
    clockControls(text, view, actions),
    stateControls(text, actions),
  );
}
