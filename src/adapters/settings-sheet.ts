// The settings sheet: created once in the spreadsheet's language (never overwriting what is there),
// read and validated on every use, with the last good settings kept in document properties.
import { readLargeProperty, writeLargeProperty } from './large-property';
import type { Lang } from '../domain/language';
import { DEFAULT_SETTINGS, type EscalationSettings } from '../domain/settings/settings';
import { SETTINGS_WIDTH, padded, settingsGrid } from '../domain/settings/settings-layout';
import { isLanguageSectionTitle, languageSectionRows } from '../domain/settings/recipient-languages';
import { isPeopleSectionTitle, peopleSectionRows } from '../domain/settings/people';
import { SETTINGS_MESSAGES } from '../domain/settings/settings-messages';
import type { SettingsProblem } from '../domain/settings/settings-reader';
import { parseSettings } from '../domain/settings/settings-parse';
import { SETTINGS_SHEET_NAMES, documentFacts, sheetNames } from './document-facts';
import { PROPERTY_KEYS, type Properties, type Spreadsheet } from './escalation-services';
import { asLiteral } from './sheet-text';
import { insertSheetBehind } from './new-sheet';

/** Text goes in as text ("09:00-18:00" and "75%" stay as typed); numbers and dates go in as they are. */
/**
 * Creates the settings sheet if neither language's one exists. An existing sheet keeps every value;
 * a section added since it was made (language per recipient) is appended below its last row.
 */
export function ensureSettingsSheet(
  spreadsheet: Spreadsheet,
  lang: Lang,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; created: boolean } {
  for (const name of sheetNames(lang, SETTINGS_SHEET_NAMES)) {
    const existing = spreadsheet.getSheetByName(name);
    if (existing) {
      appendMissingSections(existing, lang);
      return { sheet: existing, created: false };
    }
  }
  const sheet = insertSheetBehind(spreadsheet, SETTINGS_MESSAGES[lang].sheetName);
  const grid = settingsGrid(DEFAULT_SETTINGS, lang);
  sheet.getRange(1, 1, grid.length, SETTINGS_WIDTH).setValues(grid.map((row) => row.map(asLiteral)));
  sheet.setColumnWidth(1, 320);
  return { sheet, created: true };
}

/** Sections newer than the sheet (people, languages) are added below its last row, nothing changed. */
function appendMissingSections(sheet: GoogleAppsScript.Spreadsheet.Sheet, lang: Lang): void {
  const last = sheet.getLastRow();
  const labels =
    last > 0
      ? sheet
          .getRange(1, 1, last, 1)
          .getValues()
          .map(([label]) => label)
      : [];
  const sections = [
    { has: isPeopleSectionTitle, rows: peopleSectionRows },
    { has: isLanguageSectionTitle, rows: languageSectionRows },
  ].filter((section) => !labels.some(section.has));
  if (sections.length === 0) return;
  const rows = padded(
    sections.flatMap((section, i) => [...(i > 0 ? [[]] : []), ...section.rows(DEFAULT_SETTINGS, lang)]),
  );
  sheet.getRange(last + 2, 1, rows.length, SETTINGS_WIDTH).setValues(rows.map((row) => row.map(asLiteral)));
}

export interface SettingsInForce {
  readonly settings: EscalationSettings;
  /** Bad cells, each naming what it allows; empty when all is well. Data, told in a reader's language. */
  readonly problems: readonly SettingsProblem[];
}

function lastGood(props: Properties): EscalationSettings {
  const stored = readLargeProperty(props, PROPERTY_KEYS.lastGoodSettings);
  if (!stored) return DEFAULT_SETTINGS;
  try {
    return { ...DEFAULT_SETTINGS, ...(JSON.parse(stored) as Partial<EscalationSettings>) };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function settingsGridOf(spreadsheet: Spreadsheet, sheetName: string | null): unknown[][] | null {
  if (!sheetName) return null;
  try {
    // Open-ended (A1:F runs to the sheet's last row): never past the sheet's edge however few rows it
    // has, and a long table of recipients below the layout is read in full, in the same one call.
    return spreadsheet.getRange(`'${sheetName.replace(/'/g, "''")}'!A1:F`).getValues();
  } catch {
    return null; // renamed or deleted since the names were cached: the last good settings apply
  }
}

/** Reads from a grid already fetched (the sweep) or from the sheet named in the document facts. */
export function settingsFromGrid(grid: unknown[][] | null, props: Properties, timeZone: string): SettingsInForce {
  if (!grid) return { settings: lastGood(props), problems: [] };
  const reading = parseSettings(grid, timeZone);
  if (reading.problems.length === 0) {
    writeLargeProperty(props, PROPERTY_KEYS.lastGoodSettings, JSON.stringify(reading.settings));
    return reading;
  }
  return { settings: lastGood(props), problems: reading.problems };
}

/** The settings in force: for submitIncident's matrix and for every sweep. */
export function readSettings(spreadsheet: Spreadsheet, properties: Properties, now: Date): SettingsInForce {
  const facts = documentFacts(spreadsheet, properties, now);
  return settingsFromGrid(settingsGridOf(spreadsheet, facts.settingsSheet), properties, facts.timeZone);
}
