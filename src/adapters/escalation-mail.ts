// Sends the digests the sweep chose (most severe first, within the quota); a send that throws is
// recorded as failed for that recipient only, and the others still go out.
import type { Digest } from '../domain/notices/digest';
import type { Delivery } from '../domain/sweep/sweep-log';
import type { EscalationServices } from './escalation-services';
import type { SendJournal } from './send-journal';

type Mail = EscalationServices['mailApp'];

/** Not `instanceof Error`: a service's exception may come from another realm. */
function errorText(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

/**
 * Sends the digests the quota (as read before they were written) lets go out, each recorded in the
 * journal as soon as it is sent. Past `stopAt` (the run's time budget) the rest wait for the next
 * run: Apps Script kills a run at 6 minutes, and what was sent must still be logged and written.
 */
export function sendDigests(
  mail: Mail,
  digests: readonly Digest[],
  quota: number,
  sending: { journal: SendJournal; stopAt: number },
): { deliveries: Delivery[]; quotaLeft: number } {
  let quotaLeft = quota;
  const deliveries: Delivery[] = [];
  for (const digest of digests) {
    if (Date.now() >= sending.stopAt) {
      deliveries.push({ digest, result: { kind: 'deferred', reason: 'time' } });
      continue;
    }
    try {
      mail.sendEmail({ to: digest.recipient, subject: digest.subject, body: digest.text, htmlBody: digest.html });
    } catch (error) {
      deliveries.push({ digest, result: { kind: 'failed', error: errorText(error) } });
      continue;
    }
    quotaLeft--;
    deliveries.push({ digest, result: { kind: 'sent' } });
    sending.journal.add(digest.recipient);
  }
  return { deliveries, quotaLeft };
}

/** The run summary goes out only when quota remains after the digests, which matter more. */
export function sendSummary(mail: Mail, to: string, subject: string, body: string, quotaLeft: number): boolean {
  if (!to || quotaLeft < 1) return false;
  try {
    mail.sendEmail({ to, subject, body });
    return true;
  } catch {
    return false;
  }
}
