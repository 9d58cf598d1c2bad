// The Apps Script services the escalation adapters use, passed in (never reached for at import).
import type { AddOnServices } from './services';
import { ID_FLOOR_PROPERTY } from './id-floor';

/** The intake's services plus mail and triggers, which only escalation needs. */
export interface EscalationServices extends AddOnServices {
  readonly mailApp: Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
  readonly scriptApp: Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getUserTriggers' | 'deleteTrigger'>;
}

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Properties = GoogleAppsScript.Properties.Properties;

/** Shared document property keys: the lead's submitIncident uses incidentIdFloor too. */
export const PROPERTY_KEYS = {
  idFloor: ID_FLOOR_PROPERTY,
  facts: 'escalationDocumentFacts',
  lastGoodSettings: 'escalationLastGoodSettings',
  /** The kind of failure the operator was last told of, so a failing sweep tells them once. */
  failureTold: 'escalationFailureTold',
  reportedSettingsProblems: 'escalationReportedSettingsProblems',
} as const;
