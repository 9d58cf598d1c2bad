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
  /** Who turned the sweep on (the operator): it runs as them, and they get its summaries. */
  operator: 'escalationTurnedOnBy',
  /** Whether escalations are on for the document, and who runs them (escalation-trigger.ts). */
  escalationSwitch: 'escalationSwitch',
  /** How the last hourly sweep went (sweep-health.ts). */
  lastSweep: 'escalationLastSweep',
  /** The kind of failure the operator was last told of, so a failing sweep tells them once. */
  failureTold: 'escalationFailureTold',
  reportedSettingsProblems: 'escalationReportedSettingsProblems',
} as const;
