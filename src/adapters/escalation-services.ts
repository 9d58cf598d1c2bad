// The Apps Script services the escalation adapters use, passed in (never reached for at import).
export interface EscalationServices {
  readonly spreadsheetApp: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActive' | 'getUi'>;
  readonly mailApp: Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
  readonly scriptApp: Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getUserTriggers' | 'deleteTrigger'>;
  readonly propertiesService: Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties'>;
  readonly lockService: Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'>;
  readonly session: Pick<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser'>;
  readonly htmlService: Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'>;
}

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Properties = GoogleAppsScript.Properties.Properties;

/** Shared document property keys: the lead's submitIncident uses incidentIdFloor too. */
export const PROPERTY_KEYS = {
  idFloor: 'incidentIdFloor',
  facts: 'escalationDocumentFacts',
  lastGoodSettings: 'escalationLastGoodSettings',
  activator: 'escalationTurnedOnBy',
  reportedSettingsProblems: 'escalationReportedSettingsProblems',
} as const;
