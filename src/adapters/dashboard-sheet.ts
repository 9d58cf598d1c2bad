// The dashboard sheet (ダッシュボード / Dashboard): the PDCA review's figures written in one grid, the
// matrix coloured by level, and two native charts made once over ranges that never move. Refreshed
// from the menu and by the hourly run, from the incidents and the history.
import { DASHBOARD_MESSAGES } from '../domain/review/dashboard-messages';
import {
  type Block,
  type CountedRecurrences,
  DASHBOARD_WIDTH,
  countRecurrences,
  dashboardData,
  dashboardGrid,
} from '../domain/review/dashboard';
import { reviewRowsOf } from '../domain/review/review-rows';
import type { ReviewIncident } from '../domain/review/review-input';
import { formatLocal } from '../domain/calendar/zoned-time';
import { calendarOf } from '../domain/settings/settings';
import type { EscalationSettings } from '../domain/settings/settings';
import type { Lang } from '../domain/language';
import { INCIDENTS_SHEET_NAMES } from '../domain/incident-columns';
import { ESCALATION_MESSAGES } from '../domain/notices/escalation-messages';
import { documentFacts, findNamedSheet } from './document-facts';
import type { EscalationServices, Spreadsheet } from './escalation-services';
import { readHistory } from './history-sheet';
import type { HistoryEvent } from '../domain/history/history-events';
import { readReviewValues } from './incidents-table';
import { readSummaries } from './report-text';
import { RISK_COLOURS } from './incidents-format';
import { settingsFromGrid, settingsGridOf } from './settings-sheet';
import { ensureColumns, ensureRows } from './sheet-room';
import { makeLiteralInPlace } from './sheet-text';
import { readLargeProperty, writeLargeProperty } from './large-property';
import { insertSheetBehind } from './new-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const DASHBOARD_SHEET_NAMES = { ja: DASHBOARD_MESSAGES.ja.sheetName, en: DASHBOARD_MESSAGES.en.sheetName };
/** Days within which a like incident counts as a recurrence; also how far back summaries are read. */
export const RECURRENCE_DAYS = 90;
const DAY = 86_400_000;

/** What the refresh works from: the hourly run passes what it already read, the menu reads it. */
export interface DashboardSource {
  readonly ss: Spreadsheet;
  readonly lang: Lang;
  readonly timeZone: string;
  readonly settings: EscalationSettings;
  readonly incidentsSheet: Sheet;
  /** The incidents sheet with at least the review's columns (readReviewValues; the long texts left blank). */
  readonly values: readonly (readonly unknown[])[];
}

/** The menu item: reads the incidents, the settings and the history, and writes the dashboard. */
export function refreshDashboard(services: EscalationServices, now: Date): void {
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const facts = documentFacts(ss, props, now);
  const incidentsSheet = findNamedSheet(ss, facts.lang, INCIDENTS_SHEET_NAMES);
  if (!incidentsSheet)
    throw new Error(ESCALATION_MESSAGES[facts.lang].noIncidentsSheet(Object.values(INCIDENTS_SHEET_NAMES).join(' / ')));
  const { settings } = settingsFromGrid(settingsGridOf(ss, facts.settingsSheet), props, facts.timeZone);
  const values = readReviewValues(incidentsSheet);
  const source = { ss, lang: facts.lang, timeZone: facts.timeZone, settings, incidentsSheet, values };
  const recurrences = countRecurrences(reviewIncidents(source, now, true), RECURRENCE_DAYS, now);
  // Typed IDs may be long: kept in parts past a property's 9 KB.
  writeLargeProperty(props, RECURRENCES_KEY, JSON.stringify(recurrences));
  const dashboard = writeDashboard(source, now, readHistory(ss, facts.lang), recurrences);
  // Asked for from the menu: the person is shown it (the hourly run makes and refreshes it unseen).
  ss.setActiveSheet(dashboard);
}

const RECURRENCES_KEY = 'dashboardRecurrences';

/** The recurrences the menu item last counted (a few hundred bytes: at most LIST_ROWS of them). */
export function lastRecurrences(props: GoogleAppsScript.Properties.Properties): CountedRecurrences {
  try {
    const stored = JSON.parse(readLargeProperty(props, RECURRENCES_KEY) ?? 'null') as CountedRecurrences | null;
    if (stored && Array.isArray(stored.items)) return stored;
  } catch {
    // unreadable: counted again by the next menu refresh
  }
  return { at: null, days: RECURRENCE_DAYS, total: 0, items: [] };
}

/** Writes the figures: a constant number of calls whatever the number of incidents and events. */
export function writeDashboard(
  source: DashboardSource,
  now: Date,
  events: readonly HistoryEvent[],
  recurrences: CountedRecurrences,
): Sheet {
  const { ss, lang, timeZone, settings } = source;
  const incidents = reviewIncidents(source, now, false);
  const calendar = calendarOf(settings, timeZone);
  const data = dashboardData(incidents, events, settings, calendar, now, recurrences);
  const grid = dashboardGrid(data, lang, formatLocal(now, timeZone), (ms) => formatLocal(new Date(ms), timeZone));
  const sheet =
    findNamedSheet(ss, lang, DASHBOARD_SHEET_NAMES) ?? insertSheetBehind(ss, DASHBOARD_MESSAGES[lang].sheetName);
  // Rows the last refresh wrote below this one's end are blanked in the same write.
  const height = Math.max(grid.rows.length, sheet.getLastRow());
  const rows = grid.rows.concat(
    Array.from({ length: height - grid.rows.length }, () => new Array<string>(DASHBOARD_WIDTH).fill('')),
  );
  makeLiteralInPlace(rows);
  ensureRows(sheet, height);
  ensureColumns(sheet, DASHBOARD_WIDTH + CHART_GAP + 1);
  sheet.getRange(1, 1, height, DASHBOARD_WIDTH).setValues(rows);
  colourMatrix(sheet, grid.levelCells);
  ensureCharts(sheet, grid.charts, lang);
  return sheet;
}

/**
 * The incidents as the review reads them; `withSummaries`: with the summaries of the last
 * RECURRENCE_DAYS' ones (at most 8 ranges read), for counting recurrences.
 */
export function reviewIncidents(source: DashboardSource, now: Date, withSummaries: boolean): ReviewIncident[] {
  // Read once per source: the dashboard, the recurrences and the weekly review share one reading of
  // 100,000s of rows (with summaries where some caller asked for them; the others ignore them).
  const known = READ.get(source);
  if (known && (!withSummaries || known.withSummaries)) return known.incidents;
  const read = reviewRowsOf(source.values, source.timeZone, source.settings.matrix);
  const { incidents, sheetRows } = read;
  if (!withSummaries) {
    const list = [...incidents];
    READ.set(source, { incidents: list, withSummaries });
    return list;
  }
  const since = now.getTime() - RECURRENCE_DAYS * DAY;
  const recent = incidents.flatMap((incident, i) =>
    incident.reportedAt && incident.reportedAt.getTime() >= since ? [sheetRows[i] as number] : [],
  );
  const summaries = readSummaries(source.incidentsSheet, read.positions.summary, recent);
  const withText = incidents.map((incident, i) => {
    const summary = summaries.get(sheetRows[i] as number);
    return summary === undefined ? incident : { ...incident, summary };
  });
  READ.set(source, { incidents: withText, withSummaries });
  return withText;
}

const READ = new WeakMap<DashboardSource, { incidents: ReviewIncident[]; withSummaries: boolean }>();

/** The 3×3 block in one call: the cells are adjacent (rows of the matrix, columns B to D). */
function colourMatrix(sheet: Sheet, cells: ReturnType<typeof dashboardGrid>['levelCells']): void {
  if (cells.length === 0) return;
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.column));
  const colours: string[][] = [];
  for (const cell of cells) {
    const row = (colours[cell.row - top] ??= []);
    row[cell.column - left] = RISK_COLOURS[cell.level].background;
  }
  sheet.getRange(top, left, colours.length, colours[0]?.length ?? 0).setBackgrounds(colours);
}

/** Columns between the grid and the charts. */
const CHART_GAP = 1;

/**
 * Two charts, made when the sheet has none or when theirs read other ranges (a sheet from an older
 * layout); a chart a person added beside them is left alone unless it reads one of these ranges.
 */
function ensureCharts(sheet: Sheet, blocks: { monthly: Block; medians: Block }, lang: Lang): void {
  const a1 = (b: Block) => sheet.getRange(b.row, b.column, b.rows, b.columns);
  const wanted = [a1(blocks.monthly).getA1Notation(), a1(blocks.medians).getA1Notation()];
  const charts = sheet.getCharts();
  const ours = charts.filter((c) => c.getRanges().some((r) => wanted.includes(r.getA1Notation())));
  const right = ours.length === 2 && ours.every((c, i) => c.getRanges()[0]?.getA1Notation() === wanted[i]);
  if (right) return;
  for (const chart of ours) sheet.removeChart(chart);
  const m = DASHBOARD_MESSAGES[lang];
  const column = DASHBOARD_WIDTH + CHART_GAP + 1;
  sheet.insertChart(
    sheet
      .newChart()
      .asColumnChart()
      .setStacked()
      .addRange(a1(blocks.monthly))
      .setTransposeRowsAndColumns(true)
      .setOption('title', m.frequencyTitle.replace(/^■\s*/, ''))
      .setPosition(1, column, 0, 0)
      .build(),
  );
  sheet.insertChart(
    sheet
      .newChart()
      .asBarChart()
      .addRange(a1(blocks.medians))
      .setOption('title', m.mediansTitle.replace(/^■\s*/, ''))
      .setPosition(22, column, 0, 0)
      .build(),
  );
}
