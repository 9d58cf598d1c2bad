// The PDCA review's menu item: the dashboard refreshed now, holding the document lock so it never
// reads the incidents half written by the hourly run.
import { refreshDashboard as refresh } from '../adapters/dashboard-sheet';
import { rehearseIncident as rehearse, showRehearsal as show } from '../adapters/rehearsal-dialog';
import { withDocumentLock } from '../adapters/document-lock';
import { sheetLang, userLang } from '../adapters/locale';
import { MENU_MESSAGES } from '../domain/menu-messages';
import { liveServices } from './services';

/** How long the menu item waits for an hourly run to finish. */
const LOCK_WAIT_MS = 20_000;

export function refreshDashboard(): void {
  const services = liveServices();
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const messages = MENU_MESSAGES[userLang(services.session) ?? sheetLang(ss)];
  const outcome = withDocumentLock(services, LOCK_WAIT_MS, () => refresh(services, new Date()));
  ss.toast(outcome === 'busy' ? messages.dashboardBusy : messages.dashboardRefreshed, messages.setUpTitle);
}

/** Menu: the flow the settings define, a check of the rules and a rehearsal; nothing is sent. */
export function showRehearsal(): void {
  show(liveServices(), new Date());
}

/** Called from the rehearsal dialog with google.script.run: a plain object in, escaped HTML out. */
export function rehearseIncident(form: unknown): string {
  return rehearse(liveServices(), form, new Date());
}
