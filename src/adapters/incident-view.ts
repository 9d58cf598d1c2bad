// Reading incidents for the sidebar's incident view: the list of open incidents and one incident with
// its measures and history. Every read is a fixed number of Spreadsheet calls, whatever the number
// of rows: the list reads only the columns it shows (one range per run of adjacent ones), an incident
// is found by its ID column (rows may have moved since the page was drawn) and then read as one row.
import type { ColumnPositions, IncidentColumn } from '../domain/incident-columns';
import { INCIDENTS_SHEET_NAMES } from '../domain/incident-columns';
import type { IncidentListItem, IncidentRef, IncidentView } from '../domain/intake/incident-contract';
import { INCIDENT_ACTION_MESSAGES } from '../domain/intake/incident-action-messages';
import { ActionError } from '../domain/intake/incident-action-parse';
import {
  type IncidentRowTarget,
  type ViewContext,
  incidentView,
  isListed,
  listItem,
  orderList,
  rowTarget,
} from '../domain/intake/incident-view';
import type { Lang } from '../domain/language';
import type { EscalationSettings } from '../domain/settings/settings';
import type { EscalationServices, Spreadsheet } from './escalation-services';
import { readHistory } from './history-sheet';
import { type IncidentsHeader, findIncidentsSheet, readHeader } from './incidents-sheet';
import { currentUserEmail, sheetLang, userLang } from './locale';
import { readMeasures } from './measures-sheet';
import { readSettings } from './settings-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What every incident call reads first: the sheet, its header, the settings, who is asking. */
export interface IncidentsContext {
  readonly ss: Spreadsheet;
  readonly sheet: Sheet;
  readonly header: IncidentsHeader;
  readonly sheetLang: Lang;
  readonly userLang: Lang;
  readonly user: string;
  readonly timeZone: string;
  readonly settings: EscalationSettings;
  readonly view: ViewContext;
}

export function incidentsContext(services: EscalationServices, now: Date): IncidentsContext {
  const lang: Lang = userLang(services.session) ?? 'ja';
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const sheet = findIncidentsSheet(ss);
  if (!sheet) {
    const names = Object.values(INCIDENTS_SHEET_NAMES).join(' / ');
    throw new ActionError(INCIDENT_ACTION_MESSAGES[lang].errors.noIncidentsSheet(names));
  }
  const settings = readSettings(ss, services.propertiesService.getDocumentProperties(), now).settings;
  const timeZone = ss.getSpreadsheetTimeZone();
  const user = currentUserEmail(services.session);
  return {
    ss,
    sheet,
    header: readHeader(sheet),
    sheetLang: sheetLang(ss),
    userLang: lang,
    user,
    timeZone,
    settings,
    view: { now, user, userLang: lang, timeZone, settings },
  };
}

/** What the list shows or orders by; the report's long texts but the summary are never read. */
const LIST_COLUMNS: readonly IncidentColumn[] = [
  'id',
  'summary',
  'impact',
  'urgency',
  'riskLevel',
  'category',
  'owner',
  'managerEmail',
  'status',
  'acknowledgedBy',
  'stage',
  'respondBy',
  'resolveBy',
];

/** Sorted 0-based positions grouped into [first, last] runs of adjacent columns. */
function spans(positions: readonly number[]): [number, number][] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === p - 1) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}

/** The given columns of every data row, laid out as the sheet is (other cells blank). */
function readColumns(sheet: Sheet, positions: ColumnPositions, columns: readonly IncidentColumn[]): unknown[][] {
  const height = sheet.getLastRow() - 1;
  const width = sheet.getLastColumn();
  if (height < 1) return [];
  const rows = Array.from({ length: height }, () => new Array<unknown>(width).fill(''));
  const wanted = columns.map((c) => positions[c]).filter((p): p is number => p !== undefined);
  for (const [first, last] of spans(wanted)) {
    const block = sheet.getRange(2, first + 1, height, last - first + 1).getValues();
    block.forEach((cells, r) => cells.forEach((v, c) => ((rows[r] as unknown[])[first + c] = v)));
  }
  return rows;
}

export function listIncidentsWith(services: EscalationServices, now: Date): IncidentListItem[] {
  const ctx = incidentsContext(services, now);
  const { positions } = ctx.header;
  const items: IncidentListItem[] = [];
  readColumns(ctx.sheet, positions, LIST_COLUMNS).forEach((values, i) => {
    const target = rowTarget(values, i + 2, positions, ctx.settings);
    if (target && isListed(target)) items.push(listItem(target, ctx.view));
  });
  return orderList(items);
}

/** The whole of one row. */
export function readRowTarget(ctx: IncidentsContext, row: number): IncidentRowTarget | null {
  const width = ctx.sheet.getLastColumn();
  const values = ctx.sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];
  return rowTarget(values, row, ctx.header.positions, ctx.settings);
}

/** The row holding `id` now (the first, if a copied row repeats it): one read of the ID column. */
export function findIncident(ctx: IncidentsContext, id: string): IncidentRowTarget {
  const at = ctx.header.positions.id;
  const height = ctx.sheet.getLastRow() - 1;
  const notFound = () => new ActionError(INCIDENT_ACTION_MESSAGES[ctx.userLang].errors.notFound(id));
  if (at === undefined || height < 1) throw notFound();
  const ids = ctx.sheet.getRange(2, at + 1, height, 1).getValues();
  const index = ids.findIndex(([cell]) => String(cell ?? '').trim() === id);
  const target = index < 0 ? null : readRowTarget(ctx, index + 2);
  if (!target) throw notFound();
  return target;
}

/** The incident on the active sheet's selected row, when that sheet is the incidents sheet. */
function selectedIncident(ctx: IncidentsContext): IncidentRowTarget {
  const m = INCIDENT_ACTION_MESSAGES[ctx.userLang].errors;
  const range = ctx.ss.getActiveRange();
  const onSheet = range !== null && range.getSheet().getSheetId() === ctx.sheet.getSheetId();
  const row = onSheet ? range.getRow() : 0;
  if (row < 2 || row > ctx.sheet.getLastRow()) throw new ActionError(m.noSelection(ctx.sheet.getName()));
  const target = readRowTarget(ctx, row);
  if (!target) throw new ActionError(m.noIdOnRow(row));
  return target;
}

/** The view of a row already read, with its measures and history (two more reads). */
export function viewOf(ctx: IncidentsContext, target: IncidentRowTarget): IncidentView {
  const measures = readMeasures(ctx.ss, ctx.sheetLang, ctx.timeZone).measures;
  const history = readHistory(ctx.ss, ctx.sheetLang, target.id);
  return incidentView(target, measures, history, ctx.view);
}

export function openIncidentWith(services: EscalationServices, ref: IncidentRef | undefined, now: Date): IncidentView {
  const ctx = incidentsContext(services, now);
  const id = typeof ref?.id === 'string' ? ref.id.trim() : '';
  return viewOf(ctx, id ? findIncident(ctx, id) : selectedIncident(ctx));
}
