// Facts about the document the sweep needs every hour but that rarely change (URL, time zone,
// language, sheet names and the incidents sheet's gid, the log's next row). They are kept in
// document properties and re-read once a day or on a person's action, so an hourly run stays
// within ten Spreadsheet calls.
import { INCIDENTS_SHEET_NAMES } from '../domain/incident-columns';
import type { Lang } from '../domain/language';
import { sheetLang } from './locale';
import { ESCALATION_MESSAGES } from '../domain/notices/escalation-messages';
import { SETTINGS_MESSAGES } from '../domain/settings/settings-messages';
import { PROPERTY_KEYS, type Properties, type Spreadsheet } from './escalation-services';

export interface DocumentFacts {
  readonly url: string;
  readonly timeZone: string;
  readonly lang: Lang;
  readonly incidentsSheet: string | null;
  readonly incidentsGid: number;
  readonly settingsSheet: string | null;
  readonly logSheet: string | null;
  readonly logNextRow: number;
  readonly refreshedAt: number;
}

const DAY = 86_400_000;

function findSheet(ss: Spreadsheet, names: readonly string[]): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** Names in the spreadsheet's language first; a sheet named in the other language is found too. */
export function sheetNames(lang: Lang, names: Readonly<Record<Lang, string>>): string[] {
  return lang === 'ja' ? [names.ja, names.en] : [names.en, names.ja];
}

/** The sheet of one of the add-on's names, in the spreadsheet's language or the other. */
export function findNamedSheet(
  ss: Spreadsheet,
  lang: Lang,
  names: Readonly<Record<Lang, string>>,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  return findSheet(ss, sheetNames(lang, names));
}

export const LOG_SHEET_NAMES = { ja: ESCALATION_MESSAGES.ja.logSheetName, en: ESCALATION_MESSAGES.en.logSheetName };
export const SETTINGS_SHEET_NAMES = { ja: SETTINGS_MESSAGES.ja.sheetName, en: SETTINGS_MESSAGES.en.sheetName };

export function refreshFacts(ss: Spreadsheet, props: Properties, now: Date): DocumentFacts {
  const lang = sheetLang(ss);
  const incidents = findNamedSheet(ss, lang, INCIDENTS_SHEET_NAMES);
  const log = findNamedSheet(ss, lang, LOG_SHEET_NAMES);
  const facts: DocumentFacts = {
    url: ss.getUrl(),
    timeZone: ss.getSpreadsheetTimeZone(),
    lang,
    incidentsSheet: incidents?.getName() ?? null,
    incidentsGid: incidents?.getSheetId() ?? 0,
    settingsSheet: findNamedSheet(ss, lang, SETTINGS_SHEET_NAMES)?.getName() ?? null,
    logSheet: log?.getName() ?? null,
    logNextRow: log ? log.getLastRow() + 1 : 2,
    refreshedAt: now.getTime(),
  };
  saveFacts(props, facts);
  return facts;
}

export function saveFacts(props: Properties, facts: DocumentFacts): void {
  props.setProperty(PROPERTY_KEYS.facts, JSON.stringify(facts));
}

export function documentFacts(ss: Spreadsheet, props: Properties, now: Date, force = false): DocumentFacts {
  const stored = props.getProperty(PROPERTY_KEYS.facts);
  if (!force && stored) {
    try {
      const facts = JSON.parse(stored) as DocumentFacts;
      if (now.getTime() - facts.refreshedAt < DAY && facts.incidentsSheet) return facts;
    } catch {
      // An unreadable value is simply refreshed.
    }
  }
  return refreshFacts(ss, props, now);
}
