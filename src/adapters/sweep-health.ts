// How the last hourly sweep went, kept with the switch for every user's sidebar and preview.
// Apps Script sends an add-on's trigger failures to nobody, so a failing sweep tells the operator
// itself: once per kind of failure (not every hour), again only after a sweep has gone well.
import { sweepFailureText } from '../domain/notices/sweep-failure';
import type { Lang } from '../domain/language';
import { PROPERTY_KEYS, type EscalationServices, type Spreadsheet } from './escalation-services';
import { type SwitchReading, recordLastSweep } from './escalation-trigger';
import { fingerprint } from './large-property';

/** The error as people can read it, short enough for a property and a mail. */
function errorText(error: unknown): string {
  const text =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/**
 * Records a sweep's outcome; after a failure, mails the operator unless this kind of failure was
 * already told. Never throws: it runs while a failure is being reported.
 */
export function recordSweep(
  services: Pick<EscalationServices, 'propertiesService' | 'mailApp'>,
  ss: Spreadsheet,
  now: Date,
  failure: unknown,
  /** Asked only after a failure: who to tell, in which language, on which clock. */
  tell: () => { operator: string; lang: Lang; timeZone: string },
  read?: SwitchReading,
): void {
  try {
    const props = services.propertiesService.getDocumentProperties();
    const error = failure === null ? '' : errorText(failure);
    recordLastSweep(ss, { at: now.toISOString(), ok: failure === null, error }, read);
    if (failure === null) {
      props.deleteProperty(PROPERTY_KEYS.failureTold);
      return;
    }
    const kind = fingerprint(error.replace(/\d+/g, '#'));
    if (props.getProperty(PROPERTY_KEYS.failureTold) === kind) return;
    const { operator, lang, timeZone } = tell();
    if (!operator) return;
    const mail = sweepFailureText(error, now, timeZone, lang);
    services.mailApp.sendEmail({ to: operator, subject: mail.subject, body: mail.body });
    props.setProperty(PROPERTY_KEYS.failureTold, kind);
  } catch (reportError) {
    console.error(`The sweep failed and could not be reported: ${errorText(reportError)}`);
  }
}
