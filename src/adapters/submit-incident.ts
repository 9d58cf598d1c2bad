// The server side of the report form: validate again, take the document lock, append, answer.
import { withDocumentLock } from './document-lock';
import { validateIncidentForm, type FormErrors } from '../domain/intake/incident-form';
import { INTAKE_MESSAGES } from '../domain/intake/intake-messages';
import type { Lang } from '../domain/language';
import { riskLevelLabel } from '../domain/risk-levels';
import type { SubmitResult } from '../domain/intake/sidebar-contract';
import { appendIncident } from './append-incident';
import { findIncidentsSheet, readHeader } from './incidents-sheet';
import { currentUserEmail, sheetLang, userLang } from './locale';
import type { EscalationServices } from './escalation-services';
import { type SweepOutcome, notifyEmergencyIncidents } from './escalation-sweep';
import { readSettings } from './settings-sheet';
import { setUpWorkbook } from './set-up';
import { escalationStatus } from './escalation-trigger';
import { appendHistory } from './history-sheet';

/** How long a submit waits for another execution's write; google.script.run calls stay short. */
export const LOCK_WAIT_MS = 10_000;

export interface SubmitOptions {
  now: Date;
}

export function submitIncidentWith(services: EscalationServices, form: unknown, options: SubmitOptions): SubmitResult {
  const lang: Lang = userLang(services.session) ?? 'ja';
  const checked = validateIncidentForm(form, lang, options.now);
  if (!checked.ok) throw new Error(describeErrors(checked.errors));
  const outcome = withDocumentLock(services, LOCK_WAIT_MS, (): SubmitResult => {
    const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
    // First use runs set-up, so a report never fails for want of a sheet.
    const sheet = findIncidentsSheet(spreadsheet) ?? setUpWorkbook(services.spreadsheetApp).incidents.sheet;
    const properties = services.propertiesService.getDocumentProperties();
    const { settings } = readSettings(spreadsheet, properties, options.now);
    const appended = appendIncident(
      {
        sheet,
        header: readHeader(sheet),
        lang: sheetLang(spreadsheet),
        properties,
        matrix: settings.matrix,
        reporter: currentUserEmail(services.session),
        now: options.now,
      },
      checked.incident,
    );
    // First in the history, before any escalation the emergency path records.
    const sheetLanguage = sheetLang(spreadsheet);
    appendHistory(spreadsheet, sheetLanguage, [
      {
        at: options.now,
        id: appended.id,
        kind: 'reported',
        by: currentUserEmail(services.session),
        detail: riskLevelLabel(appended.level, sheetLanguage),
      },
    ]);
    // The emergency path (docs/domain.md §4): managers and executives are told now, not at the next hourly run.
    const emergency =
      appended.level === 'veryHigh' ? notifyEmergencyIncidents(services, [appended.id], options.now) : null;
    const status = escalationStatus(services, spreadsheet);
    return {
      id: appended.id,
      riskLevel: riskLevelLabel(appended.level, lang),
      riskLevelKey: appended.level,
      row: appended.row,
      emergencyNotified: (emergency?.deliveries ?? []).some((d) => d.result.kind === 'sent'),
      ...emergencyRecipients(emergency),
      // The sidebar may have been open since before the run was turned on or off from the menu.
      escalationOn: status?.on ?? null,
      escalationBy: status?.operator ?? '',
      lastSweep: status?.lastSweep ?? null,
    };
  });
  if (outcome === 'busy') throw new Error(INTAKE_MESSAGES[lang].busy());
  return outcome.done;
}

/** Who was told now and who waits for the next run: the sidebar says both, truthfully. */
function emergencyRecipients(outcome: SweepOutcome | null): { emergencyTold: string[]; emergencyWaiting: string[] } {
  const deliveries = outcome?.deliveries ?? [];
  const of = (sent: boolean) =>
    deliveries.filter((d) => (d.result.kind === 'sent') === sent).map((d) => d.digest.recipient);
  return { emergencyTold: of(true), emergencyWaiting: of(false) };
}

/** One line per field problem, in form order: the sidebar shows it as it is. */
function describeErrors(errors: FormErrors): string {
  return Object.values(errors).join('\n');
}
