// What a sweep's emails say: the chosen drafts written with the report text and measures of the
// items they list (read for those rows only), and the summary that tells the person who turned the
// sweep on about rows or settings newly needing attention.
import { escalationStatus } from './escalation-trigger';
import { fingerprint } from './large-property';
import {
  type Digest,
  type DigestDraft,
  DIGEST_ITEM_LIMIT,
  listedNotices,
  writeDigests,
} from '../domain/notices/digest';
import { problemSummary } from '../domain/sweep/sweep-log';
import { FIRST_INCIDENT_ROW } from '../domain/sweep/sweep-plan';
import { ESCALATION_MESSAGES } from '../domain/notices/escalation-messages';
import { sendSummary } from './escalation-mail';
import { type EscalationServices, PROPERTY_KEYS } from './escalation-services';
import { readDetails } from './report-text';
import { settingsProblemLines } from '../domain/settings/settings-problems';
import { checkRules } from '../domain/review/rules-check';
import { findingLines } from '../domain/review/finding-lines';
import type { Lang } from '../domain/language';
import { recipientLang } from '../domain/settings/recipient-languages';
import { shownMeasures } from './follow-up-sheets';
import type { PlannedSweep } from './escalation-sweep';

/**
 * The chosen drafts as emails, with the report of the items they list and the text of the measures
 * they show read from the sheets (those only).
 */
export function writeDrafts(
  planned: PlannedSweep,
  drafts: readonly DigestDraft[],
): { digests: Digest[]; summaries: ReadonlyMap<number, string> } {
  if (drafts.length === 0) return { digests: [], summaries: new Map() };
  // Follow-up items are listed after every notice, in what is left of the items (digest.ts).
  const listed = drafts.map((d) => ({
    notices: listedNotices(d),
    followUps: (d.followUps ?? []).slice(0, Math.max(0, DIGEST_ITEM_LIMIT - d.notices.length)),
  }));
  const rows = listed.flatMap((l) => [
    ...l.notices.map((n) => n.incident.sheetRow),
    ...l.followUps.map((f) => f.incident.sheetRow),
  ]);
  const { plan } = planned;
  const rawOf = (sheetRow: number) => plan.rows[sheetRow - FIRST_INCIDENT_ROW]?.raw;
  const { summaries, details } = readDetails(planned.sheet, plan.positions, rows, rawOf);
  // The measures were read for the follow-up: their open ones go with each item, in the sheet's words.
  const read = planned.followUp?.read;
  const items = listed.map((l) => ({ incidentIds: l.notices.map((n) => n.incident.id), followUps: l.followUps }));
  const shown = read && shownMeasures(read, items, planned.facts.lang, planned.facts.timeZone);
  const context = { ...planned.context, summaries, details, ...(shown ? { openMeasures: shown.openMeasures } : {}) };
  return { digests: writeDigests(shown ? drafts.map(shown.withTexts) : drafts, context), summaries };
}

/**
 * Tells the person who turned the sweep on about rows or settings newly needing attention, in
 * their language (settings sheet) or else the spreadsheet's. Repeats are judged in the sheet's.
 */
export function reportProblems(services: EscalationServices, planned: PlannedSweep, quotaLeft: number): void {
  const { props, facts, plan, settings } = planned;
  const reported = props.getProperty(PROPERTY_KEYS.reportedSettingsProblems) ?? '';
  // The rules check too (steps that reach nobody…): told once, when the settings change.
  const findings = checkRules(settings.settings, planned.calendar, facts.lang);
  const lines = (lang: Lang) => [...settingsProblemLines(settings.problems, lang), ...findingLines(findings, lang)];
  // A fingerprint, not the text: the problems' text grows with the settings, a property holds 9 KB.
  const settingsText = fingerprint(lines(facts.lang).join('\n'));
  if (!plan.rows.some((r) => r.newProblems) && settingsText === reported) return;
  const operator = escalationStatus(services, planned.ss)?.operator ?? '';
  const lang = recipientLang(operator, settings.settings.recipientLanguages, facts.lang);
  const rows = problemSummary(plan.rows, lang);
  const settingsBody = lines(lang).join('\n');
  const body = [settingsBody, rows?.text ?? ''].filter(Boolean).join('\n\n');
  if (
    body &&
    sendSummary(services.mailApp, operator, rows?.subject ?? ESCALATION_MESSAGES[lang].summarySubject, body, quotaLeft)
  ) {
    props.setProperty(PROPERTY_KEYS.reportedSettingsProblems, settingsText);
  }
}
