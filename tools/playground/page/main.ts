// The playground page: renders the server's view of the workbook and add-on, and sends what the
// person does (menu, edits, clock, import, reset) back to the server, which runs the real add-on.
import type { Lang } from '../../../src/domain/language';
import type { PlaygroundView } from '../snapshot';
import { type ActionReply, Refusal, getJson, request } from './api';
import { h, on } from './dom';
import { type GridState, Workbook } from './grid';
import { GRID_WORDS } from './grid-words';
import { PAGE_TEXT, initialLang, rememberLang } from './i18n';
import { importXlsx } from './import-dialog';
import { readReference } from './reference';
import { type OpenMail, activityPanel, noticesPanel, outboxPanel } from './panels';
import { toolbar } from './toolbar';

let lang: Lang = initialLang();
let view: PlaygroundView | null = null;
let notice: { kind: 'error' | 'info'; text: Record<Lang, string> } | null = null;
const grid: GridState = { sheet: '', selected: 'A1' };
let lastActiveSheet = '';
let openMail: OpenMail = null;
let mailMode: 'html' | 'text' = 'html';
let sidebarVersion = -1;

async function act(path: string, body?: unknown, raw?: Blob, success?: Record<Lang, string>): Promise<void> {
  try {
    show(await request(path, body, raw));
    notice = success ? { kind: 'info', text: success } : notice;
  } catch (error) {
    // Anything but the server's own refusal is a failed fetch or a reply that is not the server's JSON.
    const unreachable = { ja: PAGE_TEXT.ja.serverUnreachable, en: PAGE_TEXT.en.serverUnreachable };
    notice = { kind: 'error', text: error instanceof Refusal ? error.text : unreachable };
  }
  render();
}

function show(reply: ActionReply): void {
  view = reply.view;
  notice = reply.scriptError
    ? {
        kind: 'error',
        text: { ja: PAGE_TEXT.ja.scriptError(reply.scriptError), en: PAGE_TEXT.en.scriptError(reply.scriptError) },
      }
    : null;
  // As Sheets' window does: a sheet the add-on inserted or activated (set-up leaves the person on the
  // incidents sheet; the dashboard opens when refreshed) comes to the front; the person's own tab
  // choice stands until the next such change.
  const { activeSheet, sheets } = reply.view;
  if (activeSheet !== lastActiveSheet) {
    lastActiveSheet = activeSheet;
    if (sheets.some((s) => s.name === activeSheet)) grid.sheet = activeSheet;
  }
  if (!sheets.some((s) => s.name === grid.sheet)) grid.sheet = sheets[0]?.name ?? '';
}

/**
 * Tells the server where the person is, as Sheets knows it: the add-on reads the selection
 * (getActiveRange) when the sidebar opens the selected row. A lost one is sent again with the next
 * menu item.
 */
function tellSelection(): void {
  void fetch('/api/select', {
    method: 'POST',
    body: JSON.stringify({ reference: grid.selected, sheet: grid.sheet }),
  }).catch(() => undefined);
}

const actions = {
  runMenuItem: (functionName: string) =>
    act('/api/menu', { functionName, reference: grid.selected, sheet: grid.sheet }),
  advance: (kind: string, at?: string) => act('/api/clock', { kind, at }),
  reset: (demo: boolean) => {
    openMail = null;
    return act('/api/reset', { demo });
  },
  // The import dialog asks add or replace (import-dialog.ts), then reports here like any action.
  importXlsx: (file: File) =>
    importXlsx(file, lang, (reply, text, kind) => {
      if (reply) show(reply);
      notice = { kind, text };
      render();
    }),
  actAs: (email: string) => act('/api/person', { email }),
  setLocale: (setting: 'spreadsheet' | 'user', locale: string) => act('/api/locale', { setting, locale }),
  toggleLanguage: () => {
    lang = lang === 'ja' ? 'en' : 'ja';
    rememberLang(lang);
    render();
  },
  selectSheet: (name: string) => {
    grid.sheet = name;
    grid.selected = 'A1';
    tellSelection();
    render();
  },
  selectCell: (a1: string) => {
    grid.selected = a1;
    tellSelection();
    render();
  },
  enter: (reference: string, text: string) => {
    // A reference the page can read selects its cell; the server gives the refusal for one it cannot.
    const cell = view
      ? readReference(
          reference,
          grid.sheet,
          view.sheets.map((s) => s.name),
        )
      : null;
    if (cell && !(cell instanceof Error)) Object.assign(grid, { sheet: cell.sheet, selected: cell.a1 });
    return act('/api/edit', { reference, sheet: grid.sheet, text });
  },
  goTo: async (reference: string) => {
    if (!view) return;
    const cell = readReference(
      reference,
      grid.sheet,
      view.sheets.map((s) => s.name),
    );
    if (cell instanceof Error) {
      notice = { kind: 'error', text: cell.text };
      render();
      return;
    }
    notice = null;
    grid.sheet = cell.sheet;
    grid.selected = cell.a1;
    tellSelection();
    render();
    // The grid holds only the rows in sight: it asks the server where the row is, then scrolls there.
    const shown = await workbook.reveal(cell.row, cell.column).catch(() => 'shown' as const);
    if (shown === 'hidden')
      notice = {
        kind: 'info',
        text: { ja: GRID_WORDS.ja.hiddenByFilter(cell.a1), en: GRID_WORDS.en.hiddenByFilter(cell.a1) },
      };
    render();
    document.getElementById('cell-input')?.focus();
  },
};

const workbook = new Workbook(actions);

async function chooseMail(id: number): Promise<void> {
  openMail = { ...(await getJson<NonNullable<OpenMail>>(`/api/mail/${id}`)), id };
  render();
}

/**
 * Hosted pages live in iframes that are never detached between renders: moving an iframe in the
 * DOM reloads it, which would lose a form being filled in. Only their surroundings are redrawn.
 */
const frames = {
  sidebar: h('aside', { class: 'sidebar', hidden: true }),
  sidebarFrame: null as HTMLIFrameElement | null,
  dialog: h('div', { class: 'overlay', role: 'dialog', hidden: true }),
  dialogKey: '',
};

function updateSidebar(): void {
  const { sidebar } = frames;
  if (!view?.sidebar) {
    sidebar.hidden = true;
    sidebar.replaceChildren();
    frames.sidebarFrame = null;
    return;
  }
  if (!frames.sidebarFrame || sidebarVersion !== view.sidebar.version) {
    sidebarVersion = view.sidebar.version;
    frames.sidebarFrame = h('iframe', {
      id: 'sidebar-frame',
      src: `/ui/sidebar?v=${sidebarVersion}`,
      title: view.sidebar.title,
    });
    sidebar.replaceChildren(h('div', { class: 'sidebar-head' }), frames.sidebarFrame);
  }
  sidebar.hidden = false;
  sidebar.setAttribute('aria-label', PAGE_TEXT[lang].sidebar);
  (sidebar.firstElementChild as HTMLElement).replaceChildren(
    h('strong', {}, view.sidebar.title),
    on(h('button', { type: 'button', id: 'sidebar-close', 'aria-label': PAGE_TEXT[lang].close }, '×'), 'click', () =>
      act('/api/host/close', { kind: 'sidebar' }),
    ),
  );
}

function updateDialog(): void {
  const dialog = view?.dialogs.at(-1);
  const key = dialog ? `${dialog.index}:${dialog.title}:${view?.dialogs.length}` : '';
  frames.dialog.hidden = !dialog;
  if (!dialog || key === frames.dialogKey) return;
  frames.dialogKey = key;
  frames.dialog.setAttribute('aria-label', dialog.title);
  frames.dialog.replaceChildren(
    h(
      'div',
      { class: 'dialog', style: `width:${dialog.width}px` },
      h(
        'div',
        { class: 'sidebar-head' },
        h('strong', {}, dialog.title),
        on(h('button', { type: 'button', 'aria-label': PAGE_TEXT[lang].close }, '×'), 'click', () =>
          act('/api/host/close', { kind: 'dialog', index: dialog.index }),
        ),
      ),
      h('iframe', {
        src: `/ui/dialog/${dialog.index}?k=${encodeURIComponent(key)}`,
        style: `height:${dialog.height}px`,
        title: dialog.title,
      }),
    ),
  );
}

const slots = {
  toolbar: h('div'),
  notice: h('div'),
  workbook: h('div', { class: 'workbook-slot' }, workbook.element),
  panels: h('div', { class: 'panels' }),
};
const layout = h('main', {}, slots.workbook, frames.sidebar);

/** Escape, or a click outside it, closes the add-on menu, as a menu in Sheets closes. */
function closeMenu(): void {
  const menu = document.getElementById('addon-menu') as HTMLDetailsElement | null;
  if (menu?.open) menu.open = false;
}
/** Escape, or a click on the shade around it, closes the top dialog, as its × does. */
function closeDialog(): void {
  const dialog = view?.dialogs.at(-1);
  if (dialog && !frames.dialog.hidden) void act('/api/host/close', { kind: 'dialog', index: dialog.index });
}
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  closeMenu();
  closeDialog();
});
on(frames.dialog, 'click', (event) => {
  if (event.target === frames.dialog) closeDialog();
});
document.addEventListener('click', (event) => {
  if (!(event.target as Element | null)?.closest('#addon-menu')) closeMenu();
});

function render(): void {
  if (!view) return;
  const text = PAGE_TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.title;
  const root = document.getElementById('app') as HTMLElement;
  if (root.childElementCount === 0) root.append(slots.toolbar, slots.notice, layout, slots.panels, frames.dialog);
  updateSidebar();
  updateDialog();
  layout.className = view.sidebar ? 'with-sidebar' : '';
  slots.toolbar.replaceChildren(toolbar(text, view, actions));
  slots.notice.replaceChildren(
    ...(notice
      ? [
          h(
            'div',
            { id: 'notice', class: `notice ${notice.kind}`, role: notice.kind === 'error' ? 'alert' : 'status' },
            notice.text[lang],
          ),
        ]
      : []),
  );
  // The workbook is redrawn in place: the grid keeps where the person scrolled it (another sheet opens at its top).
  workbook.render(text, lang, view.sheets, grid);
  slots.panels.replaceChildren(
    ...[
      outboxPanel(
        text,
        view,
        openMail,
        (id) => void chooseMail(id),
        mailMode,
        (mode) => {
          mailMode = mode;
          render();
        },
      ),
      activityPanel(text, view),
      noticesPanel(text, view),
    ].filter((node): node is HTMLElement => node !== null),
  );
}

window.addEventListener('message', (event) => {
  if (event.origin === window.location.origin && (event.data as { type?: string })?.type === 'playground:changed') {
    void request('/api/state').then((reply) => {
      view = reply.view;
      render();
    });
  }
});

void request('/api/state').then((reply) => {
  show(reply);
  render();
});
