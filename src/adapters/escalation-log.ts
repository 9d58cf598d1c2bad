// The log sheet: one row per email and stage (sweep-log.ts), appended below the last row the log had.
import type { Lang } from '../domain/language';
import { ESCALATION_MESSAGES } from '../domain/notices/escalation-messages';
import { type DocumentFacts, LOG_SHEET_NAMES, refreshFacts, saveFacts } from './document-facts';
import type { Properties, Spreadsheet } from './escalation-services';
import { ensureRows } from './sheet-room';
import { makeLiteralInPlace } from './sheet-text';
import { insertSheetBehind } from './new-sheet';

const LOG_WIDTH = 5;

/** Made when the sweep is turned on, so people see where sweeps are recorded and hourly runs need not look. */
export function ensureLogSheet(ss: Spreadsheet, lang: Lang): void {
  if (!ss.getSheetByName(LOG_SHEET_NAMES.ja) && !ss.getSheetByName(LOG_SHEET_NAMES.en)) createLogSheet(ss, lang);
}

function createLogSheet(ss: Spreadsheet, lang: Lang): void {
  const sheet = insertSheetBehind(ss, ESCALATION_MESSAGES[lang].logSheetName);
  sheet.getRange(1, 1, 1, LOG_WIDTH).setValues([[...ESCALATION_MESSAGES[lang].logHeaders]]);
  sheet.setFrozenRows(1);
}

/**
 * The log keeps its newest `keepRows` rows: with many overdue incidents, a year of hourly runs would
 * otherwise run into Sheets' cell limit and every run would then fail to log. It is trimmed only once
 * it passes `trimAt`, so most runs make no extra call, and a run's own rows are always kept in full
 * (a run logging more than `keepRows` is trimmed by the next).
 */
export interface LogLimits {
  readonly keepRows: number;
  readonly trimAt: number;
}
export const LOG_LIMITS: LogLimits = { keepRows: 50_000, trimAt: 60_000 };

/**
 * After an append of `added` rows: deletes the oldest rows below the header if the log is past the
 * limit, never the rows just added (so a sheet is never left with no rows below its frozen header).
 */
function trimmed(ss: Spreadsheet, facts: DocumentFacts, added: number, limits: LogLimits): DocumentFacts {
  const logged = facts.logNextRow - 2;
  if (logged <= limits.trimAt) return facts;
  const oldest = Math.min(logged - limits.keepRows, logged - added);
  const sheet = oldest > 0 ? ss.getSheetByName(facts.logSheet as string) : null;
  if (!sheet) return facts;
  sheet.deleteRows(2, oldest);
  return { ...facts, logNextRow: facts.logNextRow - oldest };
}

/**
 * Appends below the log's last row as it is now (a note someone typed below the log is never written
 * over), making room first. Returns the row after the appended ones.
 */
function write(ss: Spreadsheet, facts: DocumentFacts, rows: unknown[][]): number {
  const sheet = ss.getSheetByName(facts.logSheet as string);
  if (!sheet) throw new Error(`The log sheet ${facts.logSheet} is gone`);
  const first = Math.max(2, sheet.getLastRow() + 1);
  ensureRows(sheet, first + rows.length - 1);
  sheet.getRange(first, 1, rows.length, LOG_WIDTH).setValues(rows);
  return first + rows.length;
}

/**
 * Five calls a sweep here (two more on one that trims the log, one more when the log needs room); if
 * the log sheet was deleted or renamed it is found or made again.
 */
export function appendLog(
  ss: Spreadsheet,
  props: Properties,
  facts: DocumentFacts,
  rows: unknown[][],
  now: Date,
  limits = LOG_LIMITS,
): DocumentFacts {
  if (rows.length === 0) return facts;
  const findOrCreate = (): DocumentFacts => {
    const found = refreshFacts(ss, props, now);
    if (found.logSheet) return found;
    createLogSheet(ss, found.lang);
    return refreshFacts(ss, props, now);
  };
  // The rows are made for this append alone (one per email and stage), so their text is made literal
  // in place rather than copied; once, before the write that may be retried.
  makeLiteralInPlace(rows);
  let current = facts.logSheet ? facts : findOrCreate();
  let nextRow: number;
  try {
    nextRow = write(ss, current, rows);
  } catch {
    current = findOrCreate();
    nextRow = write(ss, current, rows);
  }
  const next = trimmed(ss, { ...current, logNextRow: nextRow }, rows.length, limits);
  saveFacts(props, next);
  return next;
}
