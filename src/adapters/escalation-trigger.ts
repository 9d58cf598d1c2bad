// Turning the hourly sweep on and off: exactly one time-driven trigger per document and user,
// and who turned it on (they receive the run summaries).
import { PROPERTY_KEYS, type EscalationServices } from './escalation-services';
import { currentUserEmail } from './locale';

export const SWEEP_HANDLER = 'checkEscalations';

type Services = Pick<EscalationServices, 'scriptApp' | 'spreadsheetApp' | 'propertiesService' | 'session'>;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type TriggerServices = Pick<Services, 'scriptApp' | 'spreadsheetApp'>;

/** `ss`, when the caller already holds the spreadsheet, saves a Spreadsheet call. */
function sweepTriggers(
  services: TriggerServices,
  ss: Spreadsheet = services.spreadsheetApp.getActive(),
): GoogleAppsScript.Script.Trigger[] {
  return services.scriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === SWEEP_HANDLER);
}

/** Whether this user's hourly sweep is on for this document: for the sidebar and the preview to show. */
export function isEscalationOn(services: TriggerServices, ss?: Spreadsheet): boolean {
  return sweepTriggers(services, ss).length > 0;
}

/** isEscalationOn, or null where Apps Script will not tell (the sidebar then says nothing either way). */
export function escalationStatus(services: TriggerServices, ss?: Spreadsheet): boolean | null {
  try {
    return isEscalationOn(services, ss);
  } catch {
    return null;
  }
}

/** Returns false when it was already on (no second trigger is made). */
export function turnOnSweep(services: Services): boolean {
  const already = sweepTriggers(services).length > 0;
  if (!already) services.scriptApp.newTrigger(SWEEP_HANDLER).timeBased().everyHours(1).create();
  const email = currentUserEmail(services.session);
  if (email) services.propertiesService.getDocumentProperties().setProperty(PROPERTY_KEYS.operator, email);
  return !already;
}

export function turnOffSweep(services: Services): number {
  const triggers = sweepTriggers(services);
  for (const trigger of triggers) services.scriptApp.deleteTrigger(trigger);
  return triggers.length;
}
