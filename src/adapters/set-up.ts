// Set-up: everything the add-on needs in the spreadsheet, created without touching existing data.
// Safe to run any number of times; the second run changes nothing.
import type { Lang } from '../domain/language';
import { type FormatsAdded, applyRiskColours, applyValidations } from './incidents-format';
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
  const incidentFormats = applyValidations(app, incidents.sheet, incidents.header.positions, lang);
  const colours = applyRiskColours(app, incidents.sheet, incidents.header.positions);
  const settings = ensureSettingsSheet(spreadsheet, lang);
  // Steps 4–7: the measures (対策) and the history (履歴), in the spreadsheet's language.
  const measuresExisted = findMeasuresSheet(spreadsheet, lang) !== null;
  const measures = ensureMeasuresSheet(spreadsheet, lang);
  const measureFormats = applyMeasureValidations(app, measures, lang);
  const history = ensureHistorySheet(spreadsheet, lang);
  const added: string[] = [];
  if (incidents.created) added.push(incidents.sheet.getName());
  else if (incidents.addedColumns > 0)
    added.push(lang === 'ja' ? `列 ${incidents.addedColumns} 件` : `${incidents.addedColumns} columns`);
  if (settings.created) added.push(settings.sheet.getName());
  if (!measuresExisted) added.push(measures.getName());
  if (history.created) added.push(history.sheet.getName());
  // Formats given to sheets that were already there (a new sheet's come with it): after an .xlsx
  // import, which brings values only, set-up lays them all again and must not say nothing changed.
  const existing = (created: boolean, formats: FormatsAdded) => (created ? NO_FORMATS : formats);
  const formats = [existing(incidents.created, incidentFormats), existing(!measuresExisted, measureFormats)];
  if (formats.some((f) => f.dropdowns)) added.push(FORMAT_WORDS[lang].dropdowns);
  if (formats.some((f) => f.dateFormats)) added.push(FORMAT_WORDS[lang].dateFormats);
  if (colours && !incidents.created) added.push(FORMAT_WORDS[lang].colours);
  return { incidents, lang, added };
}

const NO_FORMATS: FormatsAdded = { dropdowns: false, dateFormats: false };

const FORMAT_WORDS: Record<Lang, Record<keyof FormatsAdded | 'colours', string>> = {
  ja: { dropdowns: 'プルダウン', dateFormats: '日付の表示形式', colours: 'リスクレベルの色分け' },
  en: { dropdowns: 'dropdowns', dateFormats: 'date formats', colours: 'risk-level colours' },
};
