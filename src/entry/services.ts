// The live Apps Script services, looked up when a handler runs (never at load time: the bundle's
// top level runs on every call, and in AuthMode.NONE most services may not be touched).
import type { EscalationServices } from '../adapters/escalation-services';

export function liveServices(): EscalationServices {
  return {
    spreadsheetApp: SpreadsheetApp,
    propertiesService: PropertiesService,
    lockService: LockService,
    session: Session,
    htmlService: HtmlService,
    mailApp: MailApp,
    scriptApp: ScriptApp,
  };
}
