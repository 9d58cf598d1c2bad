// What the page shows, as plain JSON: sheets with display values and colours, the add-on menu,
// open sidebar and dialogs, alerts and toasts, the clock, triggers, executions, outbox and quota.
import type { FakeSheet } from '../fakes/sheet';
import type { FakeChartData } from '../fakes/charts';
import { parseA1 } from '../fakes/a1';
import type { FakeMenuEntry } from '../fakes/ui';
import type { CellStyle } from './conditional-colours';
import { type GridCell, displayText, gridExtent, rowsOfSheet } from './grid-window';
import { PEOPLE, type PlaygroundSession, type Execution } from './session';

/** A native chart as the playground draws it: the same ranges Sheets would read. */
export interface ChartView {
  type: string;
  title: string;
  stacked: boolean;
  categories: string[];
  series: { name: string; values: number[] }[];
}

export interface SheetView {
  name: string;
  charts: ChartView[];
  hidden: boolean;
  frozenRows: number;
  /** Rows and columns the grid spans (the data and a margin); the page asks for rows as it scrolls. */
  rowCount: number;
  columnCount: number;
  /**
   * The first rows (the frozen header among them), so the page draws the top of a sheet with no
   * second request; the rest come a window at a time (grid-window.ts).
   */
  rows: GridCell[][];
  styles: Record<string, CellStyle>;
  lists: string[][];
  /** Rules the playground could not evaluate on the first rows, shown rather than guessed. */
  skippedRules: string[];
}

export interface PlaygroundView {
  spreadsheetName: string;
  /** Who is using the playground now, and who else can. */
  user: string;
  people: readonly string[];
  /** The spreadsheet's locale and the language of the person using it now (the page's settings). */
  locales: { spreadsheet: string; user: string };
  timeZone: string;
  now: string;
  sheets: SheetView[];
  /** The spreadsheet's active sheet: the page opens it when it changes (a sheet the add-on inserted or activated). */
  activeSheet: string;
  menu: { title: string; entries: FakeMenuEntry[] } | null;
  hasOnOpen: boolean;
  sidebar: { title: string; version: number } | null;
  dialogs: { title: string; width: number; height: number; index: number }[];
  alerts: { title: string; prompt: string }[];
  toasts: { title: string; message: string }[];
  triggers: {
    id: string;
    handler: string;
    eventType: string;
    nextRun: string | null;
    periodHours: number | null;
    /** Whose trigger it is: the playground shows every person's, Apps Script shows each their own. */
    owner: string;
  }[];
  executions: Execution[];
  outbox: { id: number; to: string[]; cc: string[]; subject: string; sentAt: string; hasHtml: boolean }[];
  mailQuota: number;
  logSheet: string | null;
}

/** Rows sent with every view: a screenful and a margin, the frozen header rows among them. */
export const FIRST_ROWS = 60;

export { displayText, type GridCell };

function sheetView(session: PlaygroundSession, sheet: FakeSheet): SheetView {
  const { rowCount, columnCount } = gridExtent(sheet);
  const first = Array.from({ length: Math.min(rowCount, Math.max(FIRST_ROWS, sheet.frozenRows)) }, (_, r) => r + 1);
  const { rows, styles, lists, skippedRules } = rowsOfSheet(session, sheet, first, columnCount);
  return {
    name: sheet.nameNow(),
    charts: sheet.charts.map((chart) => chartView(session, chart.data)),
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
    rowCount,
    columnCount,
    rows: rows.map((r) => r.cells),
    styles,
    lists,
    skippedRules,
  };
}

/**
 * The chart's first range read from its sheet: the first row names the columns, the first column the
 * rows; series are the columns, or the rows when the chart transposes them (setTransposeRowsAndColumns).
 */
function chartView(session: PlaygroundSession, chart: FakeChartData): ChartView {
  const [sheetName = '', a1 = ''] = (chart.ranges[0] ?? '').split('!');
  const source = session.fakes.spreadsheet.sheet(sheetName);
  const area = source ? parseA1(a1, source.maxRows, source.maxColumns) : null;
  const grid = area
    ? Array.from({ length: area.numRows }, (_, r) =>
        Array.from({ length: area.numColumns }, (_, c) => source?.read(area.row + r, area.column + c).value),
      )
    : [];
  const table = chart.transposed ? grid : (grid[0] ?? []).map((_, c) => grid.map((row) => row[c]));
  const [head = [], ...body] = table;
  const zone = session.fakes.spreadsheet.zone;
  return {
    type: chart.type,
    title: String(chart.options.title ?? ''),
    stacked: chart.options.isStacked === true,
    categories: head.slice(1).map((v) => displayText(v, zone)),
    series: body.map((row) => ({ name: displayText(row[0], zone), values: row.slice(1).map((v) => Number(v) || 0) })),
  };
}

export function playgroundView(session: PlaygroundSession, sidebarVersion: number): PlaygroundView {
  const { fakes } = session;
  const menu = fakes.ui.addonMenu();
  const sheets = fakes.spreadsheet.sheets.map((sheet) => sheetView(session, sheet));
  return {
    spreadsheetName: fakes.spreadsheet.name,
    user: fakes.user.email,
    people: PEOPLE,
    locales: { spreadsheet: fakes.spreadsheet.locale, user: session.userLocale() },
    timeZone: fakes.spreadsheet.zone,
    now: fakes.clock.now().toISOString(),
    sheets,
    activeSheet: fakes.spreadsheet.activeSheetName(),
    menu: menu ? { title: menu.title, entries: menu.entries } : null,
    hasOnOpen: session.has('onOpen'),
    sidebar: fakes.ui.sidebar ? { title: fakes.ui.sidebar.getTitle(), version: sidebarVersion } : null,
    dialogs: fakes.ui.dialogs.map((d, index) => ({
      title: d.title,
      width: d.html.getWidth(),
      height: d.html.getHeight(),
      index,
    })),
    alerts: fakes.ui.alerts.slice(-5).reverse(),
    toasts: fakes.spreadsheet.toasts.slice(-5).reverse(),
    triggers: fakes.scriptApp.triggers.map((t) => ({
      id: t.id,
      handler: t.handler,
      eventType: t.eventType,
      nextRun: t.nextRunMs === null ? null : new Date(t.nextRunMs).toISOString(),
      periodHours: t.periodMs === null ? null : t.periodMs / 3_600_000,
      owner: t.owner,
    })),
    executions: session.executions.slice(0, 50),
    outbox: fakes.mail.outbox
      .map((mail, id) => ({
        id,
        to: mail.to,
        cc: mail.cc,
        subject: mail.subject,
        sentAt: mail.sentAt.toISOString(),
        hasHtml: mail.htmlBody !== '',
      }))
      .reverse(),
    mailQuota: fakes.mail.remaining(),
    logSheet: sheets.find((s) => /ログ|記録|log/i.test(s.name))?.name ?? null,
  };
}
