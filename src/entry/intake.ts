// Menu items and sidebar calls of incident intake: set-up, the report sidebar, submit, edits.
import { showReportSidebar, sidebarBootstrap } from '../adapters/sidebar';
import { setUpWorkbook } from '../adapters/set-up';
import { submitIncidentWith } from '../adapters/submit-incident';
import { completeEditedRows } from '../adapters/typed-rows';
import { userLang } from '../adapters/locale';
import { readSettings } from '../adapters/settings-sheet';
import { escalationStatus } from '../adapters/escalation-trigger';
import type { EscalationServices } from '../adapters/escalation-services';
import { MENU_MESSAGES } from '../domain/menu-messages';
import type { SubmitResult } from '../domain/intake/sidebar-contract';
import { liveServices } from './services';

export function setUpSheets(): void {
  const services = liveServices();
  const result = setUpWorkbook(services.spreadsheetApp);
  const messages = MENU_MESSAGES[userLang(services.session) ?? result.lang];
  const text = result.added.length > 0 ? messages.setUpDone(result.added) : messages.setUpUnchanged;
  services.spreadsheetApp.getActiveSpreadsheet().toast(text, messages.setUpTitle);
}

export function showSidebar(): void {
  const services = liveServices();
  const now = new Date();
  showReportSidebar(services, sidebarBootstrap(services, teamMatrix(services, now), now, escalationStatus(services)));
}

/** Called from the sidebar with google.script.run: a plain object in, plain JSON out. */
export function submitIncident(form: unknown): SubmitResult {
  return submitIncidentWith(liveServices(), form, { now: new Date() });
}

/**
 * Simple trigger: rows typed or pasted into the incidents sheet become incidents at once. An add-on's
 * onEdit runs in AuthMode.NONE in a file where it is installed but not yet used: nothing may be
 * touched there. It never throws (a person typing must not see an error): rows it cannot complete
 * are completed by the next sweep.
 */
export function onEdit(e?: {
  authMode?: unknown;
  range?: GoogleAppsScript.Spreadsheet.Range;
  oldValue?: unknown;
}): void {
  if (!e?.range || String(e.authMode) === 'NONE') return;
  try {
    const services = liveServices();
    const now = new Date();
    completeEditedRows(services, e.range, () => teamMatrix(services, now), now, e.oldValue);
  } catch (error) {
    console.error(`Typed rows left for the next sweep: ${String(error)}`);
  }
}

/** The matrix in the settings sheet (the last good one if it was edited badly). */
function teamMatrix(services: EscalationServices, now: Date) {
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  return readSettings(spreadsheet, services.propertiesService.getDocumentProperties(), now).settings.matrix;
}
