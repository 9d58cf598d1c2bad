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

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function findHistorySheet(ss: Spreadsheet, lang: Lang): Sheet | null {
  return findNamedSheet(ss, lang, HISTORY_SHEET_NAMES);
}

function createHistorySheet(ss: Spreadsheet, lang: Lang): Sheet {
  const sheet = ss.insertSheet(HISTORY_SHEET_NAMES[lang]);
  sheet.getRange(1, 1, 1, HISTORY_WIDTH).setValues([[...HISTORY_HEADERS[lang]]]);
  sheet.setFrozenRows(1);
  return sheet;
}

/**
 * Appends below the sheet's last row as it is now (a note typed below is never written over), in
 * the sheet's language `lang`; person-typed text is made literal. Nothing to append costs no call.
 */
export function appendHistory(ss: Spreadsheet, lang: Lang, events: readonly HistoryEvent[]): void {
  if (events.length === 0) return;
  const sheet = findHistorySheet(ss, lang) ?? createHistorySheet(ss, lang);
  const rows = events.map((event) => historyRow(event, lang));
  makeLiteralInPlace(rows);
  const first = Math.max(2, sheet.getLastRow() + 1);
  ensureRows(sheet, first + rows.length - 1);
  sheet.getRange(first, 1, rows.length, HISTORY_WIDTH).setValues(rows);
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
