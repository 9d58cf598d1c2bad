// One digest email per recipient: all their items worst first, in HTML and plain text, with a
// subject such as 【エスカレーション】非常に高リスク 1件・高リスク 2件. User text is escaped.
import type { Lang } from '../language';
import { RISK_LEVELS, riskDecision, riskLevelLabel, severityRank } from '../risk-levels';
import type { Notice } from './decide';
import { ESCALATION_MESSAGES } from './escalation-messages';
import { localParts } from './zoned-time';
import { recipientLang } from './recipient-languages';

export interface DigestContext {
  /** The spreadsheet's language: each recipient's unless `languages` names another. */
  readonly lang: Lang;
  /** Recipients (lower case) who read another language, from the settings sheet. */
  readonly languages?: Readonly<Record<string, Lang>>;
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

const HTML_SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most labels and summaries have nothing to escape: a test is cheaper than a replace.
  return HTML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) : text;
}

export function rowLink(ctx: Pick<DigestContext, 'spreadsheetUrl' | 'sheetGid'>, row: number): string {
  return `${ctx.spreadsheetUrl.replace(/#.*$/, '')}#gid=${ctx.sheetGid}&range=A${row}`;
}

/**
 * Rank (level, then stage: 0–33) and deadline in one exact number: ranks 1e14 ms apart leave room
 * for any deadline within ±1,500 years of 1970, and a sort of 100,000 notices compares one number.
 */
const RANK_SPAN = 1e14;
// Constructors in local names: used per recipient on 100,000s of notices (see zoned-time.ts on global lookups).
const Numbers = Float64Array;
const List = Array;

/**
 * Worst level, then highest stage, then longest overdue, then ID: one number per notice, then a
 * tie-break. Positions are sorted, their numbers kept in a typed array: no object per notice.
 */
function worstFirst(notices: readonly Notice[]): Notice[] {
  const order = new Numbers(notices.length);
  const positions = new List<number>(notices.length);
  for (let i = 0; i < notices.length; i++) {
    const n = notices[i] as Notice;
    order[i] = (severityRank(n.incident.level) * 10 + (3 - n.stage)) * RANK_SPAN + n.deadline.getTime();
    positions[i] = i;
  }
  const idAt = (i: number) => (notices[i] as Notice).incident.id;
  positions.sort((a, b) => (order[a] as number) - (order[b] as number) || (idAt(a) < idAt(b) ? -1 : idAt(a) > idAt(b) ? 1 : 0));
  return positions.map((i) => notices[i] as Notice);
}

function timing(notice: Notice, ctx: DigestContext): string {
  const m = ESCALATION_MESSAGES[ctx.lang];
  const minutes = Math.round(Math.abs(ctx.now.getTime() - notice.deadline.getTime()) / 60_000);
  const span = m.hoursMinutes(Math.floor(minutes / 60), minutes % 60);
  return notice.key.startsWith('warn') ? m.dueIn(span) : m.overdueBy(span);
}

function subjectOf(sorted: readonly Notice[], lang: Lang): string {
  const m = ESCALATION_MESSAGES[lang];
  const incidents = new Map(RISK_LEVELS.map((level) => [level, new Set<string>()]));
  for (const n of sorted) incidents.get(n.incident.level)?.add(n.incident.id);
  const parts = RISK_LEVELS.filter((level) => incidents.get(level)?.size).map((level) => m.itemCount(riskLevelLabel(level, lang), incidents.get(level)?.size ?? 0));
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
    [m.fields.deadline, `${m.dateTime(localParts(notice.deadline, ctx.timeZone))} (${timing(notice, ctx)})`],
    [m.fields.asked, riskDecision(incident.level, ctx.lang)],
  ];
}

/** One listed item as HTML and as plain text, its fields worked out once for both. */
function item(notice: Notice, ctx: DigestContext): { html: string; text: string } {
  const fields = itemFields(notice, ctx);
  const open = ESCALATION_MESSAGES[ctx.lang].fields.open;
  const link = rowLink(ctx, notice.incident.sheetRow);
  const rows = fields.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`);
  return {
    html: `<table>${rows.join('')}</table><p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>`,
    text: [...fields.map(([k, v]) => `${k}: ${v}`), `${open}: ${link}`].join('\n'),
  };
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

/** In the recipient's language (ctx.languages), else the spreadsheet's. */
export function composeDigest(recipient: string, notices: readonly Notice[], context: DigestContext): Digest {
  const ctx = { ...context, lang: recipientLang(recipient, context.languages, context.lang) };
  const sorted = worstFirst(notices);
  const listed = sorted.slice(0, DIGEST_ITEM_LIMIT);
  const more = moreLines(sorted.length - listed.length, ctx);
  const intro = ESCALATION_MESSAGES[ctx.lang].digestIntro;
  const items = listed.map((n) => item(n, ctx));
  return {
    recipient,
    subject: subjectOf(sorted, ctx.lang),
    text: [intro, ...items.map((i) => i.text), ...more.text].join('\n\n'),
    html: `<p>${escapeHtml(intro)}</p>${items.map((i) => i.html).join('<hr>')}${more.html.join('')}`,
    notices: sorted,
    // Sorted worst first, so the first item's level is the worst.
    worst: sorted.length === 0 ? Infinity : severityRank((sorted[0] as Notice).incident.level),
  };
}

/** One digest per recipient (addresses compared without case), most severe digests first. */
export function composeDigests(notices: readonly Notice[], ctx: DigestContext): Digest[] {
  const byRecipient = new Map<string, Notice[]>();
  const keys = new Map<string, string>(); // the same few hundred addresses recur on 100,000s of notices
  for (const notice of notices) {
    let key = keys.get(notice.recipient);
    if (key === undefined) keys.set(notice.recipient, (key = notice.recipient.toLowerCase()));
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
