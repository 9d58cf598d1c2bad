// How the last hourly sweep went, kept with the document for the sidebar and the preview to show.
// Apps Script sends an add-on's trigger failures to nobody, so a failing sweep tells the operator
// itself: once per kind of failure (not every hour), again only after a sweep has gone well.
import type { LastSweep } from '../domain/notices/escalation-status';
import { sweepFailureText } from '../domain/notices/sweep-failure';
import type { Lang } from '../domain/language';
import { PROPERTY_KEYS, type EscalationServices, type Properties } from './escalation-services';
import { fingerprint } from './large-property';

/** The error as people can read it, short enough for a property and a mail. */
function errorText(error: unknown): string {
  const text =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

export function readLastSweep(props: Properties): LastSweep | null {
  try {
    const saved = JSON.parse(props.getProperty(PROPERTY_KEYS.lastSweep) ?? 'null') as LastSweep | null;
    return saved && typeof saved.at === 'string' && typeof saved.ok === 'boolean'
      ? { ...saved, error: String(saved.error ?? '') }
      : null;
  } catch {
    return null;
  }
}

/**
 * Records a sweep's outcome; after a failure, mails the operator unless this kind of failure was
 * already told. Never throws: it runs while a failure is being reported.
 */
export function recordSweep(
  services: Pick<EscalationServices, 'propertiesService' | 'mailApp'>,
  now: Date,
  failure: unknown,
  /** Asked only after a failure: who to tell, in which language, on which clock. */
  tell: () => { operator: string; lang: Lang; timeZone: string },
): void {
  try {
    const props = services.propertiesService.getDocumentProperties();
    const error = failure === null ? '' : errorText(failure);
    props.setProperty(PROPERTY_KEYS.lastSweep, JSON.stringify({ at: now.toISOString(), ok: failure === null, error }));
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
