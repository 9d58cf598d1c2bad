// Sends the digests the sweep chose (most severe first, within the quota); a send that throws is
// recorded as failed for that recipient only, and the others still go out.
import type { Digest } from '../domain/notices/digest';
import type { Delivery } from '../domain/sweep/sweep-log';
import type { EscalationServices } from './escalation-services';

type Mail = EscalationServices['mailApp'];

/** Not `instanceof Error`: a service's exception may come from another realm. */
function errorText(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

/** Sends the digests the quota (as read before they were written) lets go out. */
export function sendDigests(
  mail: Mail,
  digests: readonly Digest[],
  quota: number,
): { deliveries: Delivery[]; quotaLeft: number } {
  let quotaLeft = quota;
  const deliveries: Delivery[] = [];
  for (const digest of digests) {
    try {
      mail.sendEmail({ to: digest.recipient, subject: digest.subject, body: digest.text, htmlBody: digest.html });
      quotaLeft--;
      deliveries.push({ digest, result: { kind: 'sent' } });
    } catch (error) {
      deliveries.push({ digest, result: { kind: 'failed', error: errorText(error) } });
    }
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
