// The add-on menu. onOpen may run in AuthMode.NONE, so it only builds the menu: it reads the
// user's locale if Apps Script allows it, and otherwise labels each item in both languages.
import { userLang } from '../adapters/locale';
import { ESCALATION_MESSAGES } from '../domain/notices/escalation-messages';
import { MENU_MESSAGES, menuLabel } from '../domain/menu-messages';

type OpenEvent = { authMode?: unknown } | undefined;

export function onOpen(_e?: OpenEvent): void {
  const lang = userLang(typeof Session === 'undefined' ? undefined : Session);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(
      menuLabel((l) => MENU_MESSAGES[l].reportIncident, lang),
      'showSidebar',
    )
    .addSeparator()
    .addItem(
      menuLabel((l) => ESCALATION_MESSAGES[l].menu.turnOn, lang),
      'turnOnEscalations',
    )
    .addItem(
      menuLabel((l) => ESCALATION_MESSAGES[l].menu.turnOff, lang),
      'turnOffEscalations',
    )
    .addItem(
      menuLabel((l) => ESCALATION_MESSAGES[l].menu.preview, lang),
      'previewEscalations',
    )
    .addItem(
      menuLabel((l) => MENU_MESSAGES[l].refreshDashboard, lang),
      'refreshDashboard',
    )
    .addItem(
      menuLabel((l) => MENU_MESSAGES[l].rehearse, lang),
      'showRehearsal',
    )
    .addSeparator()
    .addItem(
      menuLabel((l) => MENU_MESSAGES[l].setUp, lang),
      'setUpSheets',
    )
    .addToUi();
}

/** Installing from the Marketplace runs onInstall, not onOpen, for the document open at the time. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}
