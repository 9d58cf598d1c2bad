// Showing the report sidebar with everything it needs already inside, so opening costs no round trip.
import { matrixLayout, type RiskMatrix } from '../domain/risk-matrix';
import { MENU_MESSAGES } from '../domain/menu-messages';
import { SIDEBAR_BOOTSTRAP_PLACEHOLDER, type SidebarBootstrap, bootstrapJson } from '../domain/intake/sidebar-contract';
import type { EscalationSwitch } from '../domain/notices/escalation-status';
import { currentUserEmail, userLang } from './locale';
import type { AddOnServices } from './services';

export function sidebarBootstrap(
  services: AddOnServices,
  matrix: RiskMatrix,
  now: Date,
  escalation: EscalationSwitch | null = null,
): SidebarBootstrap {
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  return {
    lang: userLang(services.session) ?? 'ja',
    owner: currentUserEmail(services.session),
    matrix: matrixLayout(matrix),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    openedAt: now.toISOString(),
    escalationOn: escalation?.on ?? null,
    escalationBy: escalation?.operator ?? '',
    lastSweep: escalation?.lastSweep ?? null,
  };
}

export function showReportSidebar(services: AddOnServices, bootstrap: SidebarBootstrap): void {
  const output = services.htmlService.createHtmlOutputFromFile('Sidebar');
  // A function replacer: a '$' in the JSON must not be read as a replacement pattern.
  output.setContent(output.getContent().replace(SIDEBAR_BOOTSTRAP_PLACEHOLDER, () => bootstrapJson(bootstrap)));
  output.setTitle(MENU_MESSAGES[bootstrap.lang].sidebarTitle);
  services.spreadsheetApp.getUi().showSidebar(output);
}
