// What the escalation menu items do: sweep under the lock, preview in a dialog, turn on and off,
// each telling the person in the spreadsheet's language.
import { settingsProblemLines } from '../domain/settings/settings-problems';
import { previewHtml } from '../domain/sweep/preview';
import { ESCALATION_MESSAGES } from '../domain/notices/escalation-messages';
import { withDocumentLock } from './document-lock';
import { currentUserEmail, sheetLang, userLang } from './locale';
import type { EscalationServices, Spreadsheet } from './escalation-services';
import { boundToDocument, documentPropertiesFor, spreadsheetFor } from './document-context';
import { type SweepOutcome, currentShape, planSweepFromSheet, sweepHoldingLock } from './escalation-sweep';
import { writeDrafts } from './sweep-mail';
import { gateHolds } from './quiet-gate';
import { escalationStatus, mayRunSweep, readSwitchEntry, turnOffSweep, turnOnSweep } from './escalation-trigger';
import { refreshFacts } from './document-facts';
import { ensureLogSheet } from './escalation-log';
import { ensureSettingsSheet } from './settings-sheet';
import { recordSweep } from './sweep-health';
import type { Lang } from '../domain/language';

/** An hourly sweep waits up to 30 s for another sweep (or a submission) to finish, then skips to the next hour. */
const LOCK_WAIT_MS = 30_000;

/**
 * The hourly sweep. It works on the active spreadsheet, or where Apps Script gives the trigger none,
 * on the one saved for this trigger (document-context.ts). Its outcome is kept for the sidebar and
 * the preview; a failure is told to the operator once (Apps Script tells nobody of an add-on's
 * trigger failures), then thrown on so the execution is listed as failed too.
 */
export function sweep(live: EscalationServices, now: Date, triggerId?: string): SweepOutcome | null {
  const startedAt = Date.now(); // the run's time budget counts from here, the lock's wait included
  const ss = spreadsheetFor(live, triggerId);
  const services = boundToDocument(live, ss, documentPropertiesFor(live, ss));
  const read = readSwitchEntry(ss);
  if (!mayRunSweep(services, ss, read)) return null;
  try {
    const outcome = withDocumentLock(services, LOCK_WAIT_MS, () => {
      // A quiet hour (nothing due, nothing touched since the last full run) reads no incidents.
      const props = services.propertiesService.getDocumentProperties();
      if (gateHolds(props, () => currentShape(services, ss, now), now)) return null;
      return sweepHoldingLock(services, now, { ss, startedAt, gate: true });
    });
    recordSweep(services, ss, now, null, () => whoToTell(services, ss), read);
    return outcome === 'busy' ? null : outcome.done;
  } catch (error) {
    recordSweep(services, ss, now, error, () => whoToTell(services, ss), read);
    throw error;
  }
}

/** The operator, in the spreadsheet's language and on its clock where those can still be read. */
function whoToTell(services: EscalationServices, ss: Spreadsheet): { operator: string; lang: Lang; timeZone: string } {
  const operator = escalationStatus(services, ss)?.operator ?? '';
  try {
    return { operator, lang: sheetLang(ss), timeZone: ss.getSpreadsheetTimeZone() };
  } catch {
    return { operator, lang: 'ja', timeZone: services.session.getScriptTimeZone() };
  }
}

/** What the person at the menu reads: in their language (the spreadsheet's where Apps Script will not say). */
function viewerLang(services: EscalationServices, ss: Spreadsheet): Lang {
  return userLang(services.session) ?? sheetLang(ss);
}

function messages(services: EscalationServices) {
  return ESCALATION_MESSAGES[viewerLang(services, services.spreadsheetApp.getActive())];
}

export function previewSweep(services: EscalationServices, now: Date): string {
  const planned = planSweepFromSheet(services, now, { refresh: true });
  const { digests, summaries } = writeDrafts(planned, planned.drafts);
  // The dialog in the viewer's language; the emails it shows stay in their recipients'.
  const lang = viewerLang(services, planned.ss);
  const html = previewHtml(
    digests,
    summaries,
    planned.plan.rows,
    settingsProblemLines(planned.settings.problems, lang),
    lang,
    escalationStatus(services),
    planned.facts.timeZone,
  );
  const output = services.htmlService.createHtmlOutput(html).setWidth(640).setHeight(480);
  services.spreadsheetApp.getUi().showModalDialog(output, ESCALATION_MESSAGES[lang].previewTitle);
  return html;
}

/** Also makes the settings and log sheets if set-up has not, so turning on is enough to start. */
export function turnOnWithMessage(services: EscalationServices, now: Date): void {
  const ss = services.spreadsheetApp.getActive();
  const lang = sheetLang(ss);
  const result = turnOnSweep(services, ss);
  ensureSettingsSheet(ss, lang);
  ensureLogSheet(ss, lang);
  refreshFacts(ss, services.propertiesService.getDocumentProperties(), now);
  const m = ESCALATION_MESSAGES[viewerLang(services, ss)];
  const text =
    result.kind === 'turnedOn' ? m.turnedOn : result.kind === 'alreadyOn' ? m.alreadyOn : m.runByOther(result.operator);
  services.spreadsheetApp.getUi().alert(text);
}

export function turnOffWithMessage(services: EscalationServices): void {
  const m = messages(services);
  const { operator } = turnOffSweep(services);
  const me = currentUserEmail(services.session);
  services.spreadsheetApp.getUi().alert(operator && operator !== me ? m.turnedOffForOperator(operator) : m.turnedOff);
}
