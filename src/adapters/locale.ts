// Which language to speak: the user's for messages, the spreadsheet's for what is written in it.
import { type Lang, langFromLocale } from '../domain/language';

/** The user's language, or null when Apps Script will not say (AuthMode.NONE, consumer accounts). */
export function userLang(session: GoogleAppsScript.Base.Session | undefined): Lang | null {
  try {
    const locale = session?.getActiveUserLocale();
    return locale ? langFromLocale(locale) : null;
  } catch {
    return null;
  }
}

/** Headers, dropdowns and levels are written in the spreadsheet's language (Japanese if unknown). */
export function sheetLang(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  return langFromLocale(spreadsheet.getSpreadsheetLocale());
}

/** The current user's email, or '' where Apps Script does not share it (consumer accounts, NONE). */
export function currentUserEmail(session: GoogleAppsScript.Base.Session): string {
  try {
    return session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}
