// The measures sheet (対策 / Measures): read whole once (one call for the values), or on a long sheet
// by the hourly run in parts (readMeasures' options); appended to one row at a time from the
// sidebar. Made on first use, in the spreadsheet's language.
import type { Lang } from '../domain/language';
import {
  MEASURE_SHEET_NAMES,
  type MeasureColumn,
  type MeasurePositions,
  measureHeaders,
  measurePositions,
} from '../domain/measures/measure-columns';
import { type Measure, measureText, readMeasure } from '../domain/measures/measure-row';
import type { Spreadsheet } from './escalation-services';
import { findNamedSheet } from './document-facts';
import { ensureRows } from './sheet-room';
import { asLiteral } from './sheet-text';
import { readColumnOfRows, rowsWithin, windowsOf } from './row-windows';
import { cellText } from '../domain/sweep/incident-row';
import { insertSheetBehind } from './new-sheet';
import { adjacentSpans, fillSpans } from './column-spans';

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
  /** Per sheet row − 1: not read (readMeasures with `wanted`); a write never spans one. Undefined: all read. */
  readonly unread?: readonly boolean[];
  /** The 対策内容 column was left out (readMeasures `withoutText`): every measure is marked textUnread. */
  readonly textUnread?: true;
}

export interface MeasuresReadOptions {
  /** On a long sheet, only the rows of these incidents (the others are not read at all). */
  readonly wanted?: (incidentId: string) => boolean;
  /**
   * On a long sheet, everything but the 対策内容 column: the hourly run decides from the other
   * columns and reads the text of the measures its emails show only (readMeasureTexts).
   */
  readonly withoutText?: boolean;
}

/** Below this many rows the measures sheet is read whole: a probe would cost more calls than it saves. */
export const MEASURES_PROBE_FROM = 2_000;
/**
 * From this many rows read, the hourly run leaves the 対策内容 column out (withoutText): ~1 MB of
 * 60-character Japanese texts, more than the reads it adds (the columns either side of it, the
 * listed measures' texts) cost. A shorter read takes the text along.
 */
export const TEXT_LEFT_OUT_FROM = 5_000;
const MEASURE_WINDOWS = 4;
/** Wanted rows closer than this share a window (reading the rows between costs less than a call). */
const MEASURE_GAP = 500;

/**
 * The whole sheet in one read (getDataRange); no sheet reads as no measures. On a long sheet, with
 * `wanted`: the incident IDs first, then only the rows of wanted incidents, in a few windows (the
 * hourly run wants those of the incidents it read: a finished incident's measures wait on nothing);
 * with `withoutText`: the columns a measure is read from but its text, one read per run of adjacent
 * ones. The sidebar and the weekly review read the whole sheet: they show the text.
 */
export function readMeasures(
  ss: Spreadsheet,
  lang: Lang,
  timeZone: string,
  options: MeasuresReadOptions = {},
): MeasuresRead {
  const sheet = findMeasuresSheet(ss, lang);
  if (!sheet) return { sheet, positions: {}, measures: [] };
  const { wanted, withoutText = false } = options;
  const height = wanted || withoutText ? sheet.getLastRow() : 0;
  // A whole read is one call: unless rows are left out, or the text of enough rows to outweigh two more.
  const partial = wanted ? height - 1 >= MEASURES_PROBE_FROM : withoutText && height - 1 >= TEXT_LEFT_OUT_FROM;
  if (!partial) return measuresOf(sheet, sheet.getDataRange().getValues(), timeZone);
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const positions = measurePositions(header);
  const idAt = positions.incidentId;
  if (idAt === undefined) return measuresOf(sheet, sheet.getDataRange().getValues(), timeZone);
  // Only the columns a measure is read from (a column someone added is nobody's business here).
  const columnsOf = (textAt: number | undefined) =>
    Object.values(positions).filter((at): at is number => at !== undefined && at !== textAt);
  // The text is left out only of a read long enough for it to outweigh the calls that costs.
  const textLeftOut = (rows: number) => (withoutText && rows >= TEXT_LEFT_OUT_FROM ? positions.measure : undefined);
  const values: unknown[][] = [header];
  if (!wanted) {
    const textAt = textLeftOut(height - 1);
    for (let r = 2; r <= height; r++) values[r - 1] = new Array<unknown>(width).fill('');
    fillSpans(sheet, values, adjacentSpans(columnsOf(textAt)), 2, height);
    return measuresOf(sheet, values, timeZone, textAt !== undefined);
  }
  // The IDs of every row first; the windows then read the wanted rows' other columns.
  const ids = sheet.getRange(2, idAt + 1, height - 1, 1).getValues();
  const rows: number[] = [];
  ids.forEach(([id], i) => wanted(cellText(id).trim()) && rows.push(i + 2));
  const unread = new Array<boolean>(height).fill(true);
  unread[0] = false;
  const windows = rows.length === 0 ? [] : windowsOf(rows, MEASURE_WINDOWS, MEASURE_GAP);
  const textAt = textLeftOut(windows.reduce((sum, [first, last]) => sum + last - first + 1, 0));
  const others = columnsOf(textAt).filter((at) => at !== idAt);
  for (const [first, last] of windows) {
    for (let r = first; r <= last; r++) {
      const row = (values[r - 1] = new Array<unknown>(width).fill(''));
      row[idAt] = ids[r - 2]?.[0];
    }
    fillSpans(sheet, values, adjacentSpans(others), first, last);
    unread.fill(false, first - 1, last);
  }
  return { ...measuresOf(sheet, values, timeZone, textAt !== undefined), unread };
}

/** The measures of a (possibly sparse) grid of the sheet's values, index = sheet row − 1. */
function measuresOf(
  sheet: Sheet,
  values: readonly (readonly unknown[] | undefined)[],
  timeZone: string,
  textUnread = false,
): MeasuresRead {
  const positions = measurePositions(values[0] ?? []);
  const measures: Measure[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    const measure = row && readMeasure(row as unknown[], i + 1, positions, timeZone, textUnread);
    if (measure) measures.push(measure);
  }
  return { sheet, positions, measures, ...(textUnread ? { textUnread: true as const } : {}) };
}

/**
 * At most this many rows of the 対策内容 column (the listed measures' and the rows between them in
 * a window) are read per run for the emails: ~0.2 MB at 60 Japanese characters a text, however many
 * emails go out. The emails first in line (the most severe) get theirs; later ones show the rest of
 * the measure (kind, owner, due date, row link) without its text.
 */
export const MEASURE_TEXT_ROWS = 1_000;
/** Windows of the 対策内容 column read for the listed measures: one call each. */
const MEASURE_TEXT_WINDOWS = 4;

/**
 * The 対策内容 text of the given sheet rows (in the order the emails go out, repeats allowed), for a
 * read that left it out: the longest prefix within MEASURE_TEXT_ROWS, in a few windows. A row not in
 * the map was not read.
 */
export function readMeasureTexts(read: MeasuresRead, rows: readonly number[]): Map<number, string> {
  const texts = new Map<number, string>();
  const at = read.positions.measure;
  if (!read.sheet || at === undefined || rows.length === 0) return texts;
  const chosen = rowsWithin(rows, MEASURE_TEXT_ROWS, MEASURE_TEXT_WINDOWS);
  for (const [row, cell] of readColumnOfRows(read.sheet, at, chosen, MEASURE_TEXT_WINDOWS))
    texts.set(row, measureText(cell));
  return texts;
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
