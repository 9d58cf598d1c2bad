// Turning the hourly sweep on and off. Installable triggers belong to the user who made them: a
// user sees and deletes only their own. So whether escalations are on, and who runs them (the
// operator, who also receives the sweep summaries), is kept with the document, where every user
// reads the same truth and anyone with edit access can turn them off. A trigger whose owner is no
// longer the operator, or that fires while the switch is off, deletes itself and does nothing.
import { PROPERTY_KEYS, type EscalationServices, type Properties } from './escalation-services';
import type { EscalationSwitch } from '../domain/notices/escalation-status';
import { currentUserEmail } from './locale';
import { readLastSweep } from './sweep-health';

export const SWEEP_HANDLER = 'checkEscalations';

type Services = Pick<EscalationServices, 'scriptApp' | 'spreadsheetApp' | 'propertiesService' | 'session'>;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readSwitch(props: Properties): EscalationSwitch {
  try {
    const saved = JSON.parse(props.getProperty(PROPERTY_KEYS.escalationSwitch) ?? 'null') as Partial<EscalationSwitch>;
    if (saved && typeof saved.on === 'boolean') return { on: saved.on, operator: String(saved.operator ?? '') };
  } catch {
    // An edited or damaged value reads as off: nobody is mailed by a switch nobody can see.
  }
  return { on: false, operator: props.getProperty(PROPERTY_KEYS.operator) ?? '' };
}

function writeSwitch(props: Properties, value: EscalationSwitch): void {
  props.setProperty(PROPERTY_KEYS.escalationSwitch, JSON.stringify(value));
  if (value.operator) props.setProperty(PROPERTY_KEYS.operator, value.operator);
}

/** This user's own sweep triggers for the document (Apps Script lists no one else's). */
function ownTriggers(services: Pick<Services, 'scriptApp'>, ss: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return services.scriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === SWEEP_HANDLER);
}

function deleteOwnTriggers(services: Pick<Services, 'scriptApp'>, ss: Spreadsheet): number {
  const triggers = ownTriggers(services, ss);
  for (const trigger of triggers) services.scriptApp.deleteTrigger(trigger);
  return triggers.length;
}

/** The switch as the sidebar and the preview show it; null where the document's state cannot be read. */
export function escalationStatus(services: Pick<Services, 'propertiesService'>): EscalationSwitch | null {
  try {
    const props = services.propertiesService.getDocumentProperties();
    return { ...readSwitch(props), lastSweep: readLastSweep(props) };
  } catch {
    return null;
  }
}

export type TurnOnResult = { kind: 'turnedOn' } | { kind: 'alreadyOn' } | { kind: 'runByOther'; operator: string };

/**
 * Turns escalations on with this user as the operator, unless another user already runs them (a
 * second user's hourly trigger would only double the work). Running it again makes no second trigger.
 */
export function turnOnSweep(services: Services, ss: Spreadsheet = services.spreadsheetApp.getActive()): TurnOnResult {
  const props = services.propertiesService.getDocumentProperties();
  const state = readSwitch(props);
  const me = currentUserEmail(services.session);
  const mine = ownTriggers(services, ss).length > 0;
  if (state.on && !mine && state.operator && state.operator !== me)
    return { kind: 'runByOther', operator: state.operator };
  if (!mine) services.scriptApp.newTrigger(SWEEP_HANDLER).timeBased().everyHours(1).create();
  writeSwitch(props, { on: true, operator: me || state.operator });
  return state.on && mine ? { kind: 'alreadyOn' } : { kind: 'turnedOn' };
}

/**
 * Anyone may turn escalations off: the switch goes off for everyone at once. This user's own trigger
 * goes now; the operator's, if it is someone else's, deletes itself the next time it fires.
 */
export function turnOffSweep(
  services: Services,
  ss: Spreadsheet = services.spreadsheetApp.getActive(),
): { operator: string; ownDeleted: number } {
  const props = services.propertiesService.getDocumentProperties();
  const state = readSwitch(props);
  writeSwitch(props, { on: false, operator: state.operator });
  return { operator: state.operator, ownDeleted: deleteOwnTriggers(services, ss) };
}

/**
 * Whether this hourly trigger should sweep: only while the switch is on and only for the operator,
 * so two users' triggers never both work the same hour. A trigger that should not sweep deletes
 * itself, so it stops costing its owner's trigger time.
 */
export function mayRunSweep(services: Services, ss: Spreadsheet): boolean {
  const state = readSwitch(services.propertiesService.getDocumentProperties());
  const me = currentUserEmail(services.session);
  if (state.on && (!state.operator || !me || state.operator === me)) return true;
  deleteOwnTriggers(services, ss);
  return false;
}
