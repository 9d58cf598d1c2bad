// The history sheet (履歴 / History): events appended below its last row, one write per call, and
// read back whole (the sidebar's history of one incident, the PDCA review). Made on first use.
import type { Lang } from '../domain/language';
import {
  HISTORY_HEADERS,
  HISTORY_SHEET_NAMES,
  HISTORY_WIDTH,
  type HistoryEvent,
  historyEventOf,
  historyRow,
} from '../domain/history/history-events';
import type { Spreadsheet } from './escalation-services';
import { findNamedSheet } from './document-facts';
import { ensureRows } from './sheet-room';
import { makeLiteralInPlace } from './sheet-text';
import { insertSheetBehind } from './new-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function findHistorySheet(ss: Spreadsheet, lang: Lang): Sheet | null {
  return findNamedSheet(ss, lang, HISTORY_SHEET_NAMES);
}

function createHistorySheet(ss: Spreadsheet, lang: Lang): Sheet {
  const sheet = insertSheetBehind(ss, HISTORY_SHEET_NAMES[lang]);
  sheet.getRange(1, 1, 1, HISTORY_WIDTH).setValues([[...HISTORY_HEADERS[lang]]]);
  sheet.setFrozenRows(1);
  return sheet;
}

/** The history sheet, made (in `lang`) when missing: set-up makes it so people see it before the first event. */
export function ensureHistorySheet(ss: Spreadsheet, lang: Lang): { sheet: Sheet; created: boolean } {
  const found = findHistorySheet(ss, lang);
  return found ? { sheet: found, created: false } : { sheet: createHistorySheet(ss, lang), created: true };
}

/**
 * Appends below the sheet's last row as it is now (a note typed below is never written over), in
 * the sheet's language `lang`; person-typed text is made literal. Nothing to append costs no call.
 */
export function appendHistory(ss: Spreadsheet, lang: Lang, events: readonly HistoryEvent[]): Appended | undefined {
  if (events.length === 0) return undefined;
  const sheet = findHistorySheet(ss, lang) ?? createHistorySheet(ss, lang);
  const rows = events.map((event) => historyRow(event, lang));
  makeLiteralInPlace(rows);
  const first = Math.max(2, sheet.getLastRow() + 1);
  ensureRows(sheet, first + rows.length - 1);
  sheet.getRange(first, 1, rows.length, HISTORY_WIDTH).setValues(rows);
  return { first, events };
}

/** What a run appended, and from which row: a later read in the same run need not read it back. */
export interface Appended {
  readonly first: number;
  readonly events: readonly HistoryEvent[];
}

/** Every event on the sheet (rows that are not events are skipped), or only those of `id`; oldest first. */
export function readHistory(ss: Spreadsheet, lang: Lang, id?: string): HistoryEvent[] {
  const sheet = findHistorySheet(ss, lang);
  const last = sheet?.getLastRow() ?? 0;
  if (!sheet || last < 2) return [];
  const events: HistoryEvent[] = [];
  for (const row of sheet.getRange(2, 1, last - 1, HISTORY_WIDTH).getValues()) {
    const event = historyEventOf(row);
    if (event && (id === undefined || event.id === id)) events.push(event);
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

const CHECKPOINT_KEY = 'historyCheckpoint';

/**
 * The events at or after `since` (ms), oldest first, for the hourly review: a year of history holds
 * far more than the eight weeks it needs. The history grows at the bottom, so the last row before
 * the previous read's window is kept (one property) and the next read starts there: its event, older
 * than the window, shows nothing in the window was skipped. If it is not (rows above it were deleted
 * or sorted), the sheet is read again from the top.
 */
export function readHistorySince(
  ss: Spreadsheet,
  lang: Lang,
  props: GoogleAppsScript.Properties.Properties,
  since: number,
  options: {
    /** The property keeping the row: each reader of the history (the review, the follow-up) its own. */
    readonly checkpointKey?: string;
    /** The rows this run appended: taken as given rather than read back (100,000 of them in a first run). */
    readonly appended?: Appended | undefined;
  } = {},
): HistoryEvent[] {
  const { checkpointKey = CHECKPOINT_KEY, appended } = options;
  const sheet = findHistorySheet(ss, lang);
  const height = sheet?.getLastRow() ?? 0;
  const own = appended && appended.first <= height ? appended : undefined;
  const last = own ? own.first - 1 : height;
  const ownEvents = own ? own.events.filter((e) => e.at.getTime() >= since) : [];
  if (!sheet || last < 2) return ownEvents;
  const stored = Number(props.getProperty(checkpointKey));
  const read = (from: number) =>
    sheet
      .getRange(from, 1, last - from + 1, HISTORY_WIDTH)
      .getValues()
      .map((row) => historyEventOf(row));
  let from = Number.isInteger(stored) && stored >= 2 && stored <= last ? stored : 2;
  let rows = read(from);
  const first = rows.find((e) => e !== null);
  if (from > 2 && (!first || first.at.getTime() >= since)) rows = read((from = 2));
  const events: HistoryEvent[] = [];
  let checkpoint = -1; // the first row in the window
  rows.forEach((event, i) => {
    if (!event || event.at.getTime() < since) return;
    if (checkpoint < 0) checkpoint = from + i;
    events.push(event);
  });
  const keep = checkpoint < 0 ? last : Math.max(2, checkpoint - 1);
  if (keep !== stored) props.setProperty(checkpointKey, String(keep));
  return [...events, ...ownEvents].sort((a, b) => a.at.getTime() - b.at.getTime());
}
