// What the page shows, as plain JSON: sheets with display values and colours, the add-on menu,
// open sidebar and dialogs, alerts and toasts, the clock, triggers, executions, outbox and quota.
import type { FakeSheet } from '../fakes/sheet';
import type { FakeChartData } from '../fakes/charts';
import { parseA1 } from '../fakes/a1';
import type { FakeMenuEntry } from '../fakes/ui';
import { conditionalStyles } from './conditional-colours';
import { PEOPLE, type PlaygroundSession, type Execution } from './session';

export interface GridCell {
  /** What the cell shows. */
  text: string;
  formula?: string;
  note?: string;
  styleKey?: string;
  spilled?: boolean;
}

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
  rows: GridCell[][];
  styles: Record<string, { background: string | null; fontColor: string | null; bold: boolean }>;
  skippedRules: string[];
  truncatedRows: number;
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

const MAX_ROWS_SHOWN = 500;

export function displayText(value: unknown, timeZone: string): string {
  if (value instanceof Date) {
    return new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

function sheetView(session: PlaygroundSession, sheet: FakeSheet): SheetView {
  const { spreadsheet } = session.fakes;
  const styles = conditionalStyles(
    spreadsheet,
    sheet,
    (name) => session.customFunction(name),
    () => session.fakes.clock.now(),
  );
  const notes = session.recalc.notes.get(sheet);
  const spills = new Set(session.recalc.spilledCells(sheet));
  const lastRow = sheet.lastRow();
  const rowsShown = Math.min(Math.max(lastRow + 5, 20), MAX_ROWS_SHOWN);
  const columnsShown = Math.max(sheet.lastColumn() + 2, 8);
  const rows = Array.from({ length: rowsShown }, (_, r) =>
    Array.from({ length: columnsShown }, (_, c) => {
      const key = `${r + 1}:${c + 1}`;
      const cell = sheet.read(r + 1, c + 1);
      const view: GridCell = { text: displayText(cell.value, spreadsheet.zone) };
      if (cell.formula) view.formula = cell.formula;
      if (notes?.get(key)) view.note = notes.get(key) as string;
      if (styles.cells[key]) view.styleKey = key;
      if (spills.has(key)) view.spilled = true;
      return view;
    }),
  );
  return {
    name: sheet.nameNow(),
    charts: sheet.charts.map((chart) => chartView(session, chart.data)),
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
    rows,
    styles: styles.cells,
    skippedRules: styles.skippedRules,
    truncatedRows: Math.max(0, lastRow - MAX_ROWS_SHOWN),
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
