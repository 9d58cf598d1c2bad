// Menu items and sidebar calls of incident intake: set-up, the report sidebar, submit, edits.
import { showReportSidebar, sidebarBootstrap } from '../adapters/sidebar';
import { setUpWorkbook } from '../adapters/set-up';
import { submitIncidentWith } from '../adapters/submit-incident';
import { completeEditedRows } from '../adapters/typed-rows';
import { userLang } from '../adapters/locale';
import { MENU_MESSAGES } from '../domain/menu-messages';
import { DEFAULT_MATRIX } from '../domain/risk-matrix';
import type { SubmitResult } from '../domain/sidebar-contract';
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
  showReportSidebar(services, sidebarBootstrap(services, DEFAULT_MATRIX, new Date()));
}

/** Called from the sidebar with google.script.run: a plain object in, plain JSON out. */
export function submitIncident(form: unknown): SubmitResult {
  return submitIncidentWith(liveServices(), form, { now: new Date(), matrix: DEFAULT_MATRIX });
}

/** Simple trigger: rows typed or pasted into the incidents sheet become incidents at once. */
export function onEdit(e?: { range?: GoogleAppsScript.Spreadsheet.Range }): void {
  if (!e?.range) return;
  completeEditedRows(liveServices(), e.range, DEFAULT_MATRIX, new Date());
}
