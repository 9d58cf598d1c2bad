// The escalation adapters' services, taken from the fakes' globals: shared by the adapter tests.
import type { EscalationServices } from '../../../src/adapters/escalation-services';
import type { AppsScriptFakes } from '../../../tools/fakes';

export function servicesOf(fakes: AppsScriptFakes): EscalationServices {
  const g = fakes.globals;
  return {
    spreadsheetApp: g.SpreadsheetApp, mailApp: g.MailApp, scriptApp: g.ScriptApp, propertiesService: g.PropertiesService,
    lockService: g.LockService, session: g.Session, htmlService: g.HtmlService,
  } as unknown as EscalationServices;
}
