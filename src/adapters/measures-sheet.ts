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

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function findMeasuresSheet(ss: Spreadsheet, lang: Lang): Sheet | null {
  return findNamedSheet(ss, lang, MEASURE_SHEET_NAMES);
}

export function ensureMeasuresSheet(ss: Spreadsheet, lang: Lang): Sheet {
  const found = findMeasuresSheet(ss, lang);
  if (found) return found;
  const sheet = ss.insertSheet(MEASURE_SHEET_NAMES[lang]);
  const headers = measureHeaders(lang);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.setFrozenRows(1);
  return sheet;
}

export interface MeasuresRead {
  readonly sheet: Sheet | null;
  readonly positions: MeasurePositions;
  /** Every row that names an incident, in sheet order. */
  readonly measures: readonly Measure[];
  /**
   * The 通知記録 cell of every row as read (index: sheet row − 1), so a write over a span of rows
   * puts back what rows that are not measures (a note someone typed) hold.
   */
  readonly notificationCells: readonly unknown[];
}

/** The whole sheet in one read (getDataRange); no sheet reads as no measures. */
export function readMeasures(ss: Spreadsheet, lang: Lang, timeZone: string): MeasuresRead {
  const sheet = findMeasuresSheet(ss, lang);
  if (!sheet) return { sheet, positions: {}, measures: [], notificationCells: [] };
  const values = sheet.getDataRange().getValues();
  const positions = measurePositions(values[0] ?? []);
  const measures: Measure[] = [];
  for (let i = 1; i < values.length; i++) {
    const measure = readMeasure(values[i] as unknown[], i + 1, positions, timeZone);
    if (measure) measures.push(measure);
  }
  const at = positions.notifications;
  const notificationCells = at === undefined ? [] : values.map((row) => (row as unknown[])[at]);
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
