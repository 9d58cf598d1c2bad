// Turning the hourly sweep on and off. Installable triggers belong to the user who made them: a
// user sees and deletes only their own. So whether escalations are on, and who runs them (the
// operator, who also receives the sweep summaries), is kept with the document, where every user
// reads the same truth and anyone with edit access can turn them off. A trigger whose owner is no
// longer the operator, or that fires while the switch is off, deletes itself and does nothing.
import type { EscalationSwitch, LastSweep } from '../domain/notices/escalation-status';
import { forgetTriggerDocument, rememberTriggerDocument } from './document-context';
import type { EscalationServices, Spreadsheet } from './escalation-services';
import { currentUserEmail } from './locale';

export const SWEEP_HANDLER = 'checkEscalations';

type Services = Pick<EscalationServices, 'scriptApp' | 'spreadsheetApp' | 'propertiesService' | 'session'>;

/**
 * The switch is developer metadata on the spreadsheet itself: every user reads the same, and the
 * hourly run reaches it through the file even when Apps Script gives it no active document.
 */
const SWITCH_KEY = 'escalationSwitch';

interface SavedSwitch extends EscalationSwitch {
  /** False for a document whose triggers predate the switch (see mayRunSweep). */
  readonly saved: boolean;
}

/** The switch as read, with its metadata entry, so a sweep reads it once and writes it in place. */
export interface SwitchReading {
  readonly state: SavedSwitch;
  readonly entry: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null;
}

export function readSwitchEntry(ss: Spreadsheet): SwitchReading {
  const entry = ss.getDeveloperMetadata().find((m) => m.getKey() === SWITCH_KEY) ?? null;
  if (!entry) return { state: { on: false, operator: '', lastSweep: null, saved: false }, entry };
  try {
    const saved = JSON.parse(entry.getValue() ?? 'null') as Partial<EscalationSwitch> | null;
    if (saved && typeof saved.on === 'boolean') {
      const state = { on: saved.on, operator: String(saved.operator ?? ''), lastSweep: saved.lastSweep ?? null };
      return { state: { ...state, saved: true }, entry };
    }
  } catch {
    // An edited or damaged value reads as off: nobody is mailed by a switch nobody can see.
  }
  return { state: { on: false, operator: '', lastSweep: null, saved: true }, entry };
}

export function readSwitch(ss: Spreadsheet): SavedSwitch {
  return readSwitchEntry(ss).state;
}

export function writeSwitch(ss: Spreadsheet, value: EscalationSwitch, read = readSwitchEntry(ss)): void {
  const text = JSON.stringify({ on: value.on, operator: value.operator, lastSweep: value.lastSweep ?? null });
  if (read.entry) read.entry.setValue(text);
  else ss.addDeveloperMetadata(SWITCH_KEY, text);
}

/** Keeps how the last sweep went with the switch, for every user's sidebar and preview. */
export function recordLastSweep(ss: Spreadsheet, lastSweep: LastSweep, read = readSwitchEntry(ss)): void {
  writeSwitch(ss, { ...read.state, lastSweep }, read);
}

/** This user's own sweep triggers for the document (Apps Script lists no one else's). */
function ownTriggers(services: Pick<Services, 'scriptApp'>, ss: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return services.scriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === SWEEP_HANDLER);
}

function deleteOwnTriggers(services: Pick<Services, 'scriptApp' | 'propertiesService'>, ss: Spreadsheet): number {
  const triggers = ownTriggers(services, ss);
  for (const trigger of triggers) {
    services.scriptApp.deleteTrigger(trigger);
    forgetTriggerDocument(services, trigger.getUniqueId());
  }
  return triggers.length;
}

/** The switch as the sidebar and the preview show it; null where the document's state cannot be read. */
export function escalationStatus(
  services: Pick<Services, 'spreadsheetApp'>,
  ss?: Spreadsheet,
): EscalationSwitch | null {
  try {
    const { on, operator, lastSweep } = readSwitch(ss ?? services.spreadsheetApp.getActive());
    return { on, operator, lastSweep };
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
  const state = readSwitch(ss);
  const me = currentUserEmail(services.session);
  const mine = ownTriggers(services, ss).length > 0;
  if (state.on && !mine && state.operator && state.operator !== me) {
    return { kind: 'runByOther', operator: state.operator };
  }
  if (!mine) {
    const trigger = services.scriptApp.newTrigger(SWEEP_HANDLER).timeBased().everyHours(1).create();
    rememberTriggerDocument(services, trigger.getUniqueId(), ss);
  }
  writeSwitch(ss, { ...state, on: true, operator: me || state.operator });
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
  const state = readSwitch(ss);
  writeSwitch(ss, { ...state, on: false });
  return { operator: state.operator, ownDeleted: deleteOwnTriggers(services, ss) };
}

/**
 * Whether this hourly trigger should sweep: only while the switch is on and only for the operator,
 * so two users' triggers never both work the same hour. A trigger that should not sweep deletes
 * itself, so it stops costing its owner's trigger time.
 */
export function mayRunSweep(services: Services, ss: Spreadsheet, read = readSwitchEntry(ss)): boolean {
  const me = currentUserEmail(services.session);
  let state = read.state;
  if (!state.saved) {
    // A trigger made before the switch existed: its owner turned escalations on, so the switch is
    // made on, with them as the operator.
    state = { on: true, operator: me, lastSweep: null, saved: true };
    writeSwitch(ss, state, read);
  }
  if (state.on && (!state.operator || !me || state.operator === me)) return true;
  deleteOwnTriggers(services, ss);
  return false;
}
