// The follow-up items of one digest, written after its incident notices within the same item and
// byte budget (digest.ts), and their part of the subject line. Person-typed text is escaped.
import type { Lang } from '../language';
import { riskLevelLabel } from '../risk-levels';
import { localParts } from '../calendar/zoned-time';
import { historyKindLabel } from '../history/history-events';
import { MEASURE_COLUMNS, measureKindLabel } from '../measures/measure-columns';
import { FOLLOW_UP_MESSAGES, FOLLOW_UP_SUBJECT_LABELS } from './follow-up-messages';
import { type FollowUpItem, subjectGroup } from './follow-up-items';
import { ESCALATION_MESSAGES } from './escalation-messages';

export interface FollowUpContext {
  readonly timeZone: string;
  /** The incidents sheet's link (…#gid=N): the incident's row is added to it. */
  readonly incidentsLink: string;
  /** The measures sheet's link, when the sheet is known. */
  readonly measuresLink?: string;
  readonly summaries?: ReadonlyMap<number, string>;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const clip = (text: string, chars: number) => (text.length <= chars ? text : `${text.slice(0, chars - 1)}…`);

/** One item as [label, value] lines, then its link. */
function lines(item: FollowUpItem, ctx: FollowUpContext, lang: Lang): { rows: [string, string][]; link: string } {
  const m = FOLLOW_UP_MESSAGES[lang];
  const when = (at: Date) => ESCALATION_MESSAGES[lang].dateTime(localParts(at, ctx.timeZone));
  const summary = clip(ctx.summaries?.get(item.incident.sheetRow) ?? item.incident.summary, 120);
  const rows: [string, string][] = [
    [m.fields.incident, `${item.incident.id} ${riskLevelLabel(item.incident.level, lang)} ${summary}`.trim()],
  ];
  const measure = item.measure;
  if (measure) {
    // '' when blank or left unread (past the run's budget on a long sheet): the row link leads to it.
    if (measure.text !== '') rows.push([m.fields.measure, clip(measure.text, 200)]);
    if (measure.kind) rows.push([m.fields.measureKind, measureKindLabel(measure.kind, lang)]);
    if (measure.owner) rows.push([m.fields.owner, measure.owner]);
    if (measure.dueAt) rows.push([m.fields.due, when(item.kind === 'effect' ? item.deadline : measure.dueAt)]);
    if (measure.unreadable.length > 0)
      rows.push([m.fields.unreadable, measure.unreadable.map((c) => MEASURE_COLUMNS[c][lang]).join(', ')]);
  }
  if (item.kind === 'retrospective') rows.push([m.fields.due, when(item.deadline)]);
  for (const event of item.events ?? [])
    rows.push([
      m.fields.events,
      `${when(event.at)} ${historyKindLabel(event.kind, lang)} ${clip(event.detail, 120)}`.trim(),
    ]);
  const link =
    measure && ctx.measuresLink
      ? `${ctx.measuresLink}&range=A${measure.sheetRow}`
      : `${ctx.incidentsLink}&range=A${item.incident.sheetRow}`;
  return { rows, link };
}

export function writeFollowUpItem(
  item: FollowUpItem,
  ctx: FollowUpContext,
  lang: Lang,
): { text: string; html: string } {
  const m = FOLLOW_UP_MESSAGES[lang];
  const { rows, link } = lines(item, ctx, lang);
  const text = [m.kind[item.kind], ...rows.map(([k, v]) => `${k}: ${v}`), `${m.open}: ${link}`].join('\n');
  const html =
    `<p><b>${escape(m.kind[item.kind])}</b></p><table>` +
    rows.map(([k, v]) => `<tr><th align="left">${escape(k)}</th><td>${escape(v)}</td></tr>`).join('') +
    `</table><p><a href="${escape(link)}">${escape(m.open)}</a></p>`;
  return { text, html };
}

export function followUpHeading(lang: Lang): { text: string; html: string } {
  const heading = FOLLOW_UP_MESSAGES[lang].heading;
  return { text: `■ ${heading}`, html: `<h3>${escape(heading)}</h3>` };
}

/** "対策 2件・振り返り 1件": each group with its count, in a fixed order. */
export function followUpSubjectParts(items: readonly FollowUpItem[], lang: Lang): string[] {
  const counts = { measure: 0, effect: 0, retrospective: 0, feedback: 0 };
  for (const item of items) counts[subjectGroup(item.kind)]++;
  const labels = FOLLOW_UP_SUBJECT_LABELS[lang];
  return (Object.keys(counts) as (keyof typeof counts)[])
    .filter((group) => counts[group] > 0)
    .map((group) => FOLLOW_UP_MESSAGES[lang].subjectPart(labels[group], counts[group]));
}
