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

/** Dropdowns list the sheet language's words but allow other spellings, which the add-on reads too. */
export function applyValidations(app: SpreadsheetApp, sheet: Sheet, positions: ColumnPositions, lang: Lang): void {
  const lists: Partial<Record<IncidentColumn, string[]>> = {
    impact: GRADES.map((g) => gradeLabel(g, lang)),
    urgency: GRADES.map((g) => gradeLabel(g, lang)),
    category: CATEGORIES.map((c) => categoryLabel(c, lang)),
    status: STATUSES.map((s) => statusLabel(s, lang)),
  };
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const [column, values] of Object.entries(lists) as [IncidentColumn, string[]][]) {
    const position = positions[column];
    if (position === undefined) continue;
    const rule = app.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
    sheet.getRange(2, position + 1, rows, 1).setDataValidation(rule);
  }
  for (const column of DATE_COLUMNS) {
    const position = positions[column];
    if (position !== undefined) sheet.getRange(2, position + 1, rows, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  }
}

/** One rule per level and language on the risk-level column, replacing only this add-on's rules. */
export function applyRiskColours(app: SpreadsheetApp, sheet: Sheet, positions: ColumnPositions): void {
  const position = positions.riskLevel;
  if (position === undefined) return;
  const range = sheet.getRange(2, position + 1, Math.max(1, sheet.getMaxRows() - 1), 1);
  const ours = new Set(RISK_LEVELS.flatMap((level) => [riskLevelLabel(level, 'ja'), riskLevelLabel(level, 'en')]));
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOurRule(rule, ours));
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
}

function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule, ours: Set<string>): boolean {
  const condition = rule.getBooleanCondition?.();
  const values = condition?.getCriteriaValues?.() ?? [];
  return values.length === 1 && ours.has(String(values[0]));
}
