// The measures sheet (対策 / Measures): read whole once (one call for the values), appended to one
// row at a time from the sidebar. Made on first use, in the spreadsheet's language.
import type { Lang } from '../domain/language';
import {
  MEASURE_SHEET_NAMES,
  type MeasureColumn,
  type MeasurePositions,
  measureHeaders,
  measurePositions,
} from '../domain/measures/measure-columns';
import { type Measure, readMeasure } from '../domain/measures/measure-row';
import type { Spreadsheet } from './escalation-services';
import { findNamedSheet } from './document-facts';
import { ensureRows } from './sheet-room';
import { asLiteral } from './sheet-text';
import { windowsOf } from './incidents-table';
import { cellText } from '../domain/sweep/incident-row';
import { insertSheetBehind } from './new-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function findMeasuresSheet(ss: Spreadsheet, lang: Lang): Sheet | null {
  return findNamedSheet(ss, lang, MEASURE_SHEET_NAMES);
}

export function ensureMeasuresSheet(ss: Spreadsheet, lang: Lang): Sheet {
  const found = findMeasuresSheet(ss, lang);
  if (found) return found;
  const sheet = insertSheetBehind(ss, MEASURE_SHEET_NAMES[lang]);
  const headers = measureHeaders(lang);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.setFrozenRows(1);
  return sheet;
}

export interface MeasuresRead {
  readonly sheet: Sheet | null;
  readonly positions: MeasurePositions;
  /** Every row that names an incident (of those read), in sheet order. */
  readonly measures: readonly Measure[];
  /**
   * The 通知記録 cell of every row as read (index: sheet row − 1), so a write over a span of rows
   * puts back what rows that are not measures (a note someone typed) hold.
   */
  readonly notificationCells: readonly unknown[];
  /** Per sheet row − 1: not read (readMeasures with `wanted`); a write never spans one. Undefined: all read. */
  readonly unread?: readonly boolean[];
}

/** Below this many rows the measures sheet is read whole: a probe would cost more calls than it saves. */
export const MEASURES_PROBE_FROM = 2_000;
const MEASURE_WINDOWS = 4;
/** Wanted rows closer than this share a window (reading the rows between costs less than a call). */
const MEASURE_GAP = 500;

/**
 * The whole sheet in one read (getDataRange); no sheet reads as no measures. With `wanted` (on a
 * long sheet): the incident IDs first, then only the rows of wanted incidents, in a few windows. The
 * hourly run wants those of the incidents it read: a finished incident's measures wait on nothing.
 */
export function readMeasures(
  ss: Spreadsheet,
  lang: Lang,
  timeZone: string,
  wanted?: (incidentId: string) => boolean,
): MeasuresRead {
  const sheet = findMeasuresSheet(ss, lang);
  if (!sheet) return { sheet, positions: {}, measures: [], notificationCells: [] };
  const height = wanted ? sheet.getLastRow() : 0;
  if (!wanted || height - 1 < MEASURES_PROBE_FROM) return measuresOf(sheet, sheet.getDataRange().getValues(), timeZone);
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const positions = measurePositions(header);
  if (positions.incidentId === undefined) return measuresOf(sheet, sheet.getDataRange().getValues(), timeZone);
  const ids = sheet.getRange(2, positions.incidentId + 1, height - 1, 1).getValues();
  const rows: number[] = [];
  ids.forEach(([id], i) => wanted(cellText(id).trim()) && rows.push(i + 2));
  const values: unknown[][] = [header];
  const unread = new Array<boolean>(height).fill(true);
  unread[0] = false;
  for (const [first, last] of rows.length === 0 ? [] : windowsOf(rows, MEASURE_WINDOWS, MEASURE_GAP)) {
    const block = sheet.getRange(first, 1, last - first + 1, width).getValues();
    block.forEach((row, i) => (values[first - 1 + i] = row));
    unread.fill(false, first - 1, last);
  }
  return { ...measuresOf(sheet, values, timeZone), unread };
}

/** The measures of a (possibly sparse) grid of the sheet's values, index = sheet row − 1. */
function measuresOf(sheet: Sheet, values: readonly (readonly unknown[] | undefined)[], timeZone: string): MeasuresRead {
  const positions = measurePositions(values[0] ?? []);
  const measures: Measure[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    const measure = row && readMeasure(row as unknown[], i + 1, positions, timeZone);
    if (measure) measures.push(measure);
  }
  const at = positions.notifications;
  const notificationCells = at === undefined ? [] : values.map((row) => row?.[at]);
  return { sheet, positions, measures, notificationCells };
}

/**
 * Appends one measure below the last row, each value in the column its header names (columns a
 * person removed are skipped); text is written literal. Returns the new row.
 */
export function appendMeasure(
  sheet: Sheet,
  positions: MeasurePositions,
  values: Partial<Record<MeasureColumn, string | Date>>,
): number {
  const width = sheet.getLastColumn();
  const row = new Array<unknown>(width).fill('');
  for (const [column, value] of Object.entries(values) as [MeasureColumn, string | Date][]) {
    const at = positions[column];
    if (at !== undefined && at < width) row[at] = asLiteral(value);
  }
  const at = Math.max(2, sheet.getLastRow() + 1);
  ensureRows(sheet, at);
  sheet.getRange(at, 1, 1, width).setValues([row]);
  return at;
}
