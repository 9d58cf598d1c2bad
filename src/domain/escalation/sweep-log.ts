// What each run did, as rows of the log sheet (one per notice and outcome) and as a summary of
// the rows that could not be read, for the person who turned the sweep on.
import type { Lang } from '../language';
import type { Notice } from './decide';
import type { Incident } from './incident-row';
import type { Digest } from './digest';
import { ESCALATION_MESSAGES, stageLabel } from './escalation-messages';
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
  type Group = { notice: Notice; result: string; recipients: string };
  // Per incident its group, or a short list of them (rarely more than one): a run may log 100,000 notices.
  const byIncident = new Map<Incident, Group | Group[]>();
  const rows: Group[] = [];
  for (const { digest, result } of deliveries) {
    const text = resultText(result, lang);
    for (const notice of digest.notices) {
      const found = byIncident.get(notice.incident);
      const group = found === undefined ? undefined : (Array.isArray(found) ? found : [found]).find((g) => g.notice.key === notice.key && g.result === text);
      if (group) {
        group.recipients += `, ${notice.recipient}`;
        continue;
      }
      const created = { notice, result: text, recipients: notice.recipient };
      byIncident.set(notice.incident, found === undefined ? created : Array.isArray(found) ? [...found, created] : [found, created]);
      rows.push(created);
    }
  }
  return rows.map(({ notice, result, recipients }) => [now, notice.incident.id, stageLabel(notice.stage, lang), recipients, result]);
}

export function deliveredNotices(deliveries: readonly Delivery[]): Set<Notice> {
  const delivered = new Set<Notice>();
  for (const { digest, result } of deliveries) {
    if (result.kind === 'sent') for (const notice of digest.notices) delivered.add(notice);
  }
  return delivered;
}

/**
 * The run summary's body in the reader's language, or null when no row newly needs attention (so it
 * is not mailed every hour). Column names stay as the sheet's headers spell them.
 */
export function problemSummary(rows: readonly PlannedRow[], lang: Lang): { subject: string; text: string } | null {
  const fresh = rows.filter((r) => r.newProblems);
  if (fresh.length === 0) return null;
  const m = ESCALATION_MESSAGES[lang];
  const problemsOf = (r: PlannedRow) => r.problemList?.map((p) => m.rowProblem(p)).join('; ') ?? r.problems;
  const lines = rows.filter((r) => r.problems !== '').map((r) => m.summaryRow(r.sheetRow, r.id, problemsOf(r)));
  return { subject: m.summarySubject, text: [m.summaryIntro, '', ...lines].join('\n') };
}
