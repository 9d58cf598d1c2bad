// The locales a person can choose in the playground, as Apps Script reports them: the spreadsheet's
// from getSpreadsheetLocale() (File → Settings in Sheets), the user's from Session.getActiveUserLocale()
// (their Google account's language). The add-on writes sheets in the first and speaks in the second.
// No Node imports: the page's bundle reads this list too.
export const SPREADSHEET_LOCALES = ['ja_JP', 'en_US'] as const;
export const USER_LOCALES = ['ja', 'en'] as const;
export type SpreadsheetLocale = (typeof SPREADSHEET_LOCALES)[number];
export type UserLocale = (typeof USER_LOCALES)[number];
