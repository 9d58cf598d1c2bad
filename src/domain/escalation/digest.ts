// One digest email per recipient: all their items worst first, in HTML and plain text, with a
// subject such as 【エスカレーション】非常に高リスク 1件・高リスク 2件. User text is escaped.
import type { Lang } from '../language';
import { RISK_LEVELS, riskDecision, riskLevelLabel, severityRank } from '../risk-levels';
import type { Notice } from './decide';
import { ESCALATION_MESSAGES } from './escalation-messages';
import { formatLocal } from './zoned-time';

export interface DigestContext {
  readonly lang: Lang;
  readonly timeZone: string;
  readonly spreadsheetUrl: string;
  readonly sheetGid: number;
  readonly now: Date;
}

export interface Digest {
  readonly recipient: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly notices: readonly Notice[];
  /** severityRank of its worst item: 0 for very high. */
  readonly worst: number;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function rowLink(ctx: Pick<DigestContext, 'spreadsheetUrl' | 'sheetGid'>, row: number): string {
  return `${ctx.spreadsheetUrl.replace(/#.*$/, '')}#gid=${ctx.sheetGid}&range=A${row}`;
}

/** Worst level, then highest stage, then longest overdue, then ID: one number per notice, then a tie-break. */
function worstFirst(notices: readonly Notice[]): Notice[] {
  const keyed = notices.map((n) => ({ n, rank: severityRank(n.incident.level) * 10 + (3 - n.stage), due: n.deadline.getTime() }));
  keyed.sort((a, b) => a.rank - b.rank || a.due - b.due || (a.n.incident.id < b.n.incident.id ? -1 : a.n.incident.id > b.n.incident.id ? 1 : 0));
  return keyed.map((k) => k.n);
}

function timing(notice: Notice, ctx: DigestContext): string {
  const m = ESCALATION_MESSAGES[ctx.lang];
  const minutes = Math.round(Math.abs(ctx.now.getTime() - notice.deadline.getTime()) / 60_000);
  const span = m.hoursMinutes(Math.floor(minutes / 60), minutes % 60);
  return notice.key.startsWith('warn') ? m.dueIn(span) : m.overdueBy(span);
}

function subjectOf(notices: readonly Notice[], lang: Lang): string {
  const m = ESCALATION_MESSAGES[lang];
  const counts = RISK_LEVELS.map((level) => [level, new Set(notices.filter((n) => n.incident.level === level).map((n) => n.incident.id)).size] as const);
  const parts = counts.filter(([, n]) => n > 0).map(([level, n]) => m.itemCount(riskLevelLabel(level, lang), n));
  return `${m.subjectPrefix}${parts.join(lang === 'ja' ? '・' : ', ')}`;
}

function itemFields(notice: Notice, ctx: DigestContext): [string, string][] {
  const m = ESCALATION_MESSAGES[ctx.lang];
  const { incident } = notice;
  return [
    [m.fields.level, riskLevelLabel(incident.level, ctx.lang)],
    [m.fields.id, incident.id],
    [m.fields.summary, incident.summary],
    [m.fields.stage, m.stage(notice.stage)],
    [m.fields.why, m.reason[notice.key]],
    [m.fields.deadline, `${formatLocal(notice.deadline, ctx.timeZone)} (${timing(notice, ctx)})`],
    [m.fields.asked, riskDecision(incident.level, ctx.lang)],
  ];
}

function htmlItem(notice: Notice, ctx: DigestContext): string {
  const rows = itemFields(notice, ctx).map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`);
  const link = `<a href="${escapeHtml(rowLink(ctx, notice.incident.sheetRow))}">${escapeHtml(ESCALATION_MESSAGES[ctx.lang].fields.open)}</a>`;
  return `<table>${rows.join('')}</table><p>${link}</p>`;
}

function textItem(notice: Notice, ctx: DigestContext): string {
  const lines = itemFields(notice, ctx).map(([k, v]) => `${k}: ${v}`);
  return [...lines, `${ESCALATION_MESSAGES[ctx.lang].fields.open}: ${rowLink(ctx, notice.incident.sheetRow)}`].join('\n');
}

/**
 * A digest lists its worst DIGEST_ITEM_LIMIT items in full; the rest are counted (the subject counts
 * all) with a link to the sheet: a manager with hundreds of overdue rows needs the sheet, not a scroll.
 */
export const DIGEST_ITEM_LIMIT = 50;

function moreLines(count: number, ctx: DigestContext): { text: string[]; html: string[] } {
  if (count <= 0) return { text: [], html: [] };
  const words = ESCALATION_MESSAGES[ctx.lang].moreItems(count);
  const link = `${ctx.spreadsheetUrl.replace(/#.*$/, '')}#gid=${ctx.sheetGid}`;
  return { text: [`${words}: ${link}`], html: [`<p><a href="${escapeHtml(link)}">${escapeHtml(words)}</a></p>`] };
}

export function composeDigest(recipient: string, notices: readonly Notice[], ctx: DigestContext): Digest {
  const sorted = worstFirst(notices);
  const listed = sorted.slice(0, DIGEST_ITEM_LIMIT);
  const more = moreLines(sorted.length - listed.length, ctx);
  const intro = ESCALATION_MESSAGES[ctx.lang].digestIntro;
  return {
    recipient,
    subject: subjectOf(sorted, ctx.lang),
    text: [intro, ...listed.map((n) => textItem(n, ctx)), ...more.text].join('\n\n'),
    html: `<p>${escapeHtml(intro)}</p>${listed.map((n) => htmlItem(n, ctx)).join('<hr>')}${more.html.join('')}`,
    notices: sorted,
    worst: Math.min(...sorted.map((n) => severityRank(n.incident.level))),
  };
}

/** One digest per recipient (addresses compared without case), most severe digests first. */
export function composeDigests(notices: readonly Notice[], ctx: DigestContext): Digest[] {
  const byRecipient = new Map<string, Notice[]>();
  for (const notice of notices) {
    const key = notice.recipient.toLowerCase();
    const list = byRecipient.get(key);
    if (list) list.push(notice);
    else byRecipient.set(key, [notice]);
  }
  const digests = [...byRecipient.values()].map((list) => composeDigest((list[0] as Notice).recipient, list, ctx));
  return digests.sort((a, b) => a.worst - b.worst || b.notices.length - a.notices.length || a.recipient.localeCompare(b.recipient));
}

/** With `quota` emails left, the most severe digests go now and the rest wait for a later run. */
export function prioritiseDigests(digests: readonly Digest[], quota: number): { send: Digest[]; deferred: Digest[] } {
  const room = Math.max(0, Math.floor(quota));
  return { send: digests.slice(0, room), deferred: digests.slice(room) };
}
