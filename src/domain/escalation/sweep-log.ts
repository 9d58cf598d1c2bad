// What each run did, as rows of the log sheet (one per notice and outcome) and as a summary of
// the rows that could not be read, for the person who turned the sweep on.
import type { Lang } from '../language';
import type { Notice } from './decide';
import type { Incident } from './incident-row';
import type { Digest } from './digest';
import { ESCALATION_MESSAGES } from './escalation-messages';
import type { PlannedRow } from './sweep-plan';

export type DeliveryResult = { kind: 'sent' } | { kind: 'deferred' } | { kind: 'failed'; error: string };

export interface Delivery {
  readonly digest: Digest;
  readonly result: DeliveryResult;
}

function resultText(result: DeliveryResult, lang: Lang): string {
  const m = ESCALATION_MESSAGES[lang];
  if (result.kind === 'sent') return m.logSent;
  if (result.kind === 'deferred') return m.logDeferredQuota;
  return m.logFailed(result.error);
}

/** [time, incident ID, stage, recipients, result]: recipients of one notice with one outcome share a row. */
export function logRows(deliveries: readonly Delivery[], now: Date, lang: Lang): unknown[][] {
  type Group = { notice: Notice; result: string; recipients: string[] };
  // Per incident a short list of groups (usually one): no string keys or maps per notice.
  const byIncident = new Map<Incident, Group[]>();
  const rows: Group[] = [];
  for (const { digest, result } of deliveries) {
    const text = resultText(result, lang);
    for (const notice of digest.notices) {
      const groups = byIncident.get(notice.incident);
      const group = groups?.find((g) => g.notice.key === notice.key && g.result === text);
      if (group) {
        group.recipients.push(notice.recipient);
        continue;
      }
      const created = { notice, result: text, recipients: [notice.recipient] };
      if (groups) groups.push(created);
      else byIncident.set(notice.incident, [created]);
      rows.push(created);
    }
  }
  const m = ESCALATION_MESSAGES[lang];
  return rows.map(({ notice, result, recipients }) => [now, notice.incident.id, m.stage(notice.stage), recipients.join(', '), result]);
}

export function deliveredNotices(deliveries: readonly Delivery[]): Set<Notice> {
  return new Set(deliveries.filter((d) => d.result.kind === 'sent').flatMap((d) => d.digest.notices));
}

/** The run summary's body, or null when no row newly needs attention (so it is not mailed every hour). */
export function problemSummary(rows: readonly PlannedRow[], lang: Lang): { subject: string; text: string } | null {
  const fresh = rows.filter((r) => r.newProblems);
  if (fresh.length === 0) return null;
  const m = ESCALATION_MESSAGES[lang];
  const lines = rows.filter((r) => r.problems !== '').map((r) => m.summaryRow(r.sheetRow, r.id, r.problems));
  return { subject: m.summarySubject, text: [m.summaryIntro, '', ...lines].join('\n') };
}
