// Dropdowns and date formats on the measures sheet (対策 / Measures), laid by set-up. Kind and status
// list the sheet language's words first and the other language's after them: a row typed or pasted
// in either language is a valid choice (the add-on reads both), not a warning. Other spellings are
// still allowed (with Sheets' warning), as on the incidents sheet. Rebuilt each time from the header,
// so it follows columns people moved.
import { LANGS, type Lang } from '../domain/language';
import type { FormatsAdded } from './incidents-format';
import {
  MEASURE_KINDS,
  MEASURE_STATUSES,
  type MeasureColumn,
  measureKindLabel,
  measurePositions,
  measureStatusLabel,
} from '../domain/measures/measure-columns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const DATE_COLUMNS: readonly MeasureColumn[] = ['dueAt', 'doneAt', 'effectCheckedAt'];

function bothLanguages(lang: Lang, label: (l: Lang) => string[]): string[] {
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  return [...new Set(order.flatMap(label))];
}

/** Says what it added that the sheet lacked, as applyValidations does for the incidents sheet. */
export function applyMeasureValidations(app: SpreadsheetApp, sheet: Sheet, lang: Lang): FormatsAdded {
  const added: FormatsAdded = { dropdowns: false, dateFormats: false };
  const width = sheet.getLastColumn();
  const rows = sheet.getMaxRows() - 1;
  if (width === 0 || rows < 1) return added;
  const positions = measurePositions(sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
  const lists: Partial<Record<MeasureColumn, string[]>> = {
    kind: bothLanguages(lang, (l) => MEASURE_KINDS.map((k) => measureKindLabel(k, l))),
    status: bothLanguages(lang, (l) => MEASURE_STATUSES.map((s) => measureStatusLabel(s, l))),
  };
  for (const [column, values] of Object.entries(lists) as [MeasureColumn, string[]][]) {
    const at = positions[column];
    if (at === undefined) continue;
    const rule = app.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
    const range = sheet.getRange(2, at + 1, rows, 1);
    added.dropdowns ||= range.getDataValidation() === null;
    range.setDataValidation(rule);
  }
  for (const column of DATE_COLUMNS) {
    const at = positions[column];
    if (at === undefined) continue;
    const range = sheet.getRange(2, at + 1, rows, 1);
    added.dateFormats ||= range.getNumberFormat() !== 'yyyy-mm-dd';
    range.setNumberFormat('yyyy-mm-dd');
  }
  return added;
}
