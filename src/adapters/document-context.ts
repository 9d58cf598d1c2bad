// The document an execution works on. Google documents no `source` for time-driven events, and
// reports differ on whether an add-on's hourly trigger gets an active document, document properties
// and the document lock. So the hourly sweep works either way: when there is no active document it
// opens the spreadsheet by the ID saved (in the operator's user properties, by trigger) when the
// trigger was made, and keeps its own bookkeeping in the operator's user properties under that ID.
// What every user must see the same (the switch) lives in the file itself (escalation-trigger.ts).
import type { EscalationServices, Properties, Spreadsheet } from './escalation-services';

const TRIGGER_DOCUMENT = 'escalationTriggerDocument.';

/** Saved when the hourly trigger is made, so its runs can find their spreadsheet without an active one. */
export function rememberTriggerDocument(
  services: Pick<EscalationServices, 'propertiesService'>,
  triggerId: string,
  ss: Spreadsheet,
): void {
  services.propertiesService.getUserProperties().setProperty(TRIGGER_DOCUMENT + triggerId, ss.getId());
}

export function forgetTriggerDocument(
  services: Pick<EscalationServices, 'propertiesService'>,
  triggerId: string,
): void {
  services.propertiesService.getUserProperties().deleteProperty(TRIGGER_DOCUMENT + triggerId);
}

/** The active spreadsheet, or the one this trigger was made for; throws a clear error when neither is there. */
export function spreadsheetFor(services: EscalationServices, triggerId?: string): Spreadsheet {
  const active = services.spreadsheetApp.getActive();
  if (active) return active;
  const id = triggerId
    ? services.propertiesService.getUserProperties().getProperty(TRIGGER_DOCUMENT + triggerId)
    : null;
  if (!id)
    throw new Error('No active spreadsheet, and this trigger has no spreadsheet saved: turn escalations on again.');
  return services.spreadsheetApp.openById(id);
}

/** Document properties, or where there are none, this user's own under the spreadsheet's ID. */
export function documentPropertiesFor(services: EscalationServices, ss: Spreadsheet): Properties {
  return (
    services.propertiesService.getDocumentProperties() ??
    namespaced(services.propertiesService.getUserProperties(), `${ss.getId()}:`)
  );
}

function namespaced(store: Properties, prefix: string): Properties {
  const view = {
    getProperty: (key: string) => store.getProperty(prefix + key),
    setProperty: (key: string, value: string) => (store.setProperty(prefix + key, value), view),
    deleteProperty: (key: string) => (store.deleteProperty(prefix + key), view),
    setProperties: (values: Record<string, string>) => {
      store.setProperties(Object.fromEntries(Object.entries(values).map(([k, v]) => [prefix + k, v])));
      return view;
    },
    getProperties: () =>
      Object.fromEntries(
        Object.entries(store.getProperties())
          .filter(([k]) => k.startsWith(prefix))
          .map(([k, v]) => [k.slice(prefix.length), v]),
      ),
  };
  return view as unknown as Properties;
}

/**
 * The services with the document fixed: every adapter below asks spreadsheetApp.getActive() and
 * getDocumentProperties(), and gets this spreadsheet and these properties. Methods are delegated
 * one by one rather than proxied: Apps Script's service objects are host objects.
 */
export function boundToDocument(services: EscalationServices, ss: Spreadsheet, props: Properties): EscalationServices {
  const app = services.spreadsheetApp;
  const spreadsheetApp = {
    getActive: () => ss,
    getActiveSpreadsheet: () => ss,
    openById: (id: string) => app.openById(id),
    flush: () => app.flush(),
    getUi: () => app.getUi(),
    newDataValidation: () => app.newDataValidation(),
    newConditionalFormatRule: () => app.newConditionalFormatRule(),
  } as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const properties = services.propertiesService;
  const propertiesService = {
    getDocumentProperties: () => props,
    getUserProperties: () => properties.getUserProperties(),
    getScriptProperties: () => properties.getScriptProperties(),
  } as unknown as GoogleAppsScript.Properties.PropertiesService;
  return { ...services, spreadsheetApp, propertiesService };
}
