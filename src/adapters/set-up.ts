// Set-up: everything the add-on needs in the spreadsheet, created without touching existing data.
// Safe to run any number of times; the second run changes nothing.
import type { Lang } from '../domain/language';
import { applyRiskColours, applyValidations } from './incidents-format';
import { type EnsuredSheet, ensureIncidentsSheet } from './incidents-sheet';
import { sheetLang } from './locale';
import { ensureSettingsSheet } from './settings-sheet';
import { ensureMeasuresSheet, findMeasuresSheet } from './measures-sheet';
import { applyMeasureValidations } from './measures-format';
import { ensureHistorySheet } from './history-sheet';

export interface SetUpResult {
  incidents: EnsuredSheet;
  lang: Lang;
  /** What was added, named in the spreadsheet's language, for the message shown afterwards. */
  added: string[];
}

export function setUpWorkbook(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp): SetUpResult {
  const spreadsheet = app.getActiveSpreadsheet();
  const lang = sheetLang(spreadsheet);
  const incidents = ensureIncidentsSheet(spreadsheet, lang);
  applyValidations(app, incidents.sheet, incidents.header.positions, lang);
  applyRiskColours(app, incidents.sheet, incidents.header.positions);
  const settings = ensureSettingsSheet(spreadsheet, lang);
  // Steps 4–7: the measures (対策) and the history (履歴), in the spreadsheet's language.
  const measuresExisted = findMeasuresSheet(spreadsheet, lang) !== null;
  const measures = ensureMeasuresSheet(spreadsheet, lang);
  applyMeasureValidations(app, measures, lang);
  const history = ensureHistorySheet(spreadsheet, lang);
  const added: string[] = [];
  if (incidents.created) added.push(incidents.sheet.getName());
  else if (incidents.addedColumns > 0)
    added.push(lang === 'ja' ? `列 ${incidents.addedColumns} 件` : `${incidents.addedColumns} columns`);
  if (settings.created) added.push(settings.sheet.getName());
  if (!measuresExisted) added.push(measures.getName());
  if (history.created) added.push(history.sheet.getName());
  return { incidents, lang, added };
}
