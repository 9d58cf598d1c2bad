// The preview dialog's content: who the next run would email, about what and why; nothing is sent.
import type { Lang } from '../language';
import { riskLevelLabel } from '../risk-levels';
import type { Digest } from '../notices/digest';
import { escapeHtml } from '../notices/digest';
import { ESCALATION_MESSAGES } from '../notices/escalation-messages';
import { type EscalationSwitch, escalationStatusText, lastSweepText } from '../notices/escalation-status';
import type { PlannedRow } from './sweep-plan';

function digestSection(digest: Digest, summaries: ReadonlyMap<number, string>, lang: Lang): string {
  const m = ESCALATION_MESSAGES[lang];
  const items = digest.notices.map((n) => {
    const summary = summaries.get(n.incident.sheetRow) ?? n.incident.summary;
    return `<li>${escapeHtml(`${riskLevelLabel(n.incident.level, lang)} ${n.incident.id} ${summary}`)} — ${escapeHtml(m.reason[n.key])}</li>`;
  });
  return `<h3>${escapeHtml(m.previewRecipient(digest.recipient, digest.subject))}</h3><ul>${items.join('')}</ul>`;
}

/** The switch heads the preview: "the next sweep" only happens while escalations are on. */
export function previewHtml(
  digests: readonly Digest[],
  /** By sheet row: the summaries read for the listed items (the sweep does not read every row's). */
  summaries: ReadonlyMap<number, string>,
  rows: readonly PlannedRow[],
  settingsProblems: readonly string[],
  lang: Lang,
  escalation: EscalationSwitch | null,
  timeZone = 'Asia/Tokyo',
): string {
  const m = ESCALATION_MESSAGES[lang];
  const status =
    escalation === null
      ? ''
      : `<p><strong>${escapeHtml(escalationStatusText(escalation, lang))}</strong></p>` +
        (escalation.lastSweep ? `<p>${escapeHtml(lastSweepText(escalation.lastSweep, timeZone, lang))}</p>` : '');
  const body =
    digests.length === 0
      ? `<p>${escapeHtml(m.previewEmpty)}</p>`
      : digests.map((d) => digestSection(d, summaries, lang)).join('');
  const problems = [
    ...settingsProblems,
    ...rows.filter((r) => r.problems !== '').map((r) => m.summaryRow(r.sheetRow, r.id, r.problems)),
  ];
  const problemList =
    problems.length === 0
      ? ''
      : `<h3>${escapeHtml(m.summarySubject)}</h3><ul>${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
  return `<div style="font-family:sans-serif">${status}${body}${problemList}</div>`;
}
