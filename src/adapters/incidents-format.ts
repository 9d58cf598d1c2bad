// Dropdowns and risk colours on the incidents sheet. Rules are rebuilt from the header each time,
// so set-up is idempotent and follows columns the user moved; the user's own format rules are kept.
import { gradeLabel, GRADES } from '../domain/grades';
import type { ColumnPositions, IncidentColumn } from '../domain/incident-columns';
import type { Lang } from '../domain/language';
import { RISK_LEVELS, type RiskLevel, riskLevelLabel } from '../domain/risk-levels';
import { CATEGORIES, STATUSES, categoryLabel, statusLabel } from '../domain/vocabulary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Background and text colours per level: strong enough to scan, with dark text for contrast. */
export const RISK_COLOURS: Readonly<Record<RiskLevel, { background: string; font: string }>> = {
  veryHigh: { background: '#f4c7c3', font: '#a50e0e' },
  high: { background: '#fce8b2', font: '#7a4f01' },
  medium: { background: '#fff7cc', font: '#5f5100' },
  low: { background: '#d9ead3', font: '#1e4620' },
};

const DATE_COLUMNS: readonly IncidentColumn[] = [
  'reportedAt',
  'occurredAt',
  'respondBy',
  'resolveBy',
  'holdSince',
  'resolvedAt',
];

/** What laying the formats gave that the sheet lacked, read on each column's first data row. */
export interface FormatsAdded {
  dropdowns: boolean;
  dateFormats: boolean;
}

const DATE_FORMAT = 'yyyy-mm-dd hh:mm';

/**
 * Dropdowns list the sheet language's words but allow other spellings, which the add-on reads too.
 * Says what it added, so set-up does not call a sheet with its formats gone (an .xlsx import keeps
 * values only) "already set up".
 */
export function applyValidations(
  app: SpreadsheetApp,
  sheet: Sheet,
  positions: ColumnPositions,
  lang: Lang,
): FormatsAdded {
  const lists: Partial<Record<IncidentColumn, string[]>> = {
    impact: GRADES.map((g) => gradeLabel(g, lang)),
    urgency: GRADES.map((g) => gradeLabel(g, lang)),
    category: CATEGORIES.map((c) => categoryLabel(c, lang)),
    status: STATUSES.map((s) => statusLabel(s, lang)),
  };
  const added: FormatsAdded = { dropdowns: false, dateFormats: false };
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return added;
  for (const [column, values] of Object.entries(lists) as [IncidentColumn, string[]][]) {
    const position = positions[column];
    if (position === undefined) continue;
    const rule = app.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
    const range = sheet.getRange(2, position + 1, rows, 1);
    added.dropdowns ||= range.getDataValidation() === null; // the top-left cell's, as Sheets reads it
    range.setDataValidation(rule);
  }
  for (const column of DATE_COLUMNS) {
    const position = positions[column];
    if (position === undefined) continue;
    const range = sheet.getRange(2, position + 1, rows, 1);
    added.dateFormats ||= range.getNumberFormat() !== DATE_FORMAT;
    range.setNumberFormat(DATE_FORMAT);
  }
  return added;
}

/**
 * One rule per level and language on the risk-level column, replacing only this add-on's rules.
 * True when any of them was missing (set-up then names the colours as added).
 */
export function applyRiskColours(app: SpreadsheetApp, sheet: Sheet, positions: ColumnPositions): boolean {
  const position = positions.riskLevel;
  if (position === undefined) return false;
  const range = sheet.getRange(2, position + 1, Math.max(1, sheet.getMaxRows() - 1), 1);
  const ours = new Set(RISK_LEVELS.flatMap((level) => [riskLevelLabel(level, 'ja'), riskLevelLabel(level, 'en')]));
  const before = sheet.getConditionalFormatRules();
  const kept = before.filter((rule) => !isOurRule(rule, ours));
  const rules = RISK_LEVELS.flatMap((level) =>
    (['ja', 'en'] as const).map((lang) =>
      app
        .newConditionalFormatRule()
        .whenTextEqualTo(riskLevelLabel(level, lang))
        .setBackground(RISK_COLOURS[level].background)
        .setFontColor(RISK_COLOURS[level].font)
        .setRanges([range])
        .build(),
    ),
  );
  sheet.setConditionalFormatRules([...kept, ...rules]);
  return before.length - kept.length < rules.length;
}

function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule, ours: Set<string>): boolean {
  const condition = rule.getBooleanCondition?.();
  const values = condition?.getCriteriaValues?.() ?? [];
  return values.length === 1 && ours.has(String(values[0]));
}
