// One digest email per recipient: all their items worst first, in HTML and plain text, with a
// subject such as 【エスカレーション】非常に高リスク 1件・高リスク 2件. User text is escaped.
import type { Lang } from '../language';
import { RISK_LEVELS, riskDecision, riskLevelLabel, severityRank } from '../risk-levels';
import type { Notice } from '../escalation/decide';
import { ESCALATION_MESSAGES, type EscalationMessages } from './escalation-messages';
import { localParts } from '../calendar/zoned-time';
import { recipientLang } from '../settings/recipient-languages';
import { worstFirst } from './notice-order';
import type { FollowUpItem } from './follow-up-items';
import { followUpHeading, followUpSubjectParts, writeFollowUpItem } from './follow-up-digest';
import { utf8Bytes } from '../text';

export interface DigestContext {
  /** The spreadsheet's language: each recipient's unless `languages` names another. */
  readonly lang: Lang;
  /** Recipients (lower case) who read another language, from the settings sheet. */
  readonly languages?: Readonly<Record<string, Lang>>;
  readonly timeZone: string;
  readonly spreadsheetUrl: string;
  readonly sheetGid: number;
  readonly now: Date;
  /**
   * Summaries by sheet row, read for the listed items only (the sweep does not read the free-text
   * columns of every row); an item not in it shows the summary its notice carries.
   */
  readonly summaries?: ReadonlyMap<number, string>;
  /** The rest of the report of the listed items, read the same way (sweep-mail.ts writeDrafts). */
  readonly details?: ReadonlyMap<number, ReportDetails>;
  /** The measures sheet's gid, when it exists: a measure's item links to its row. */
  readonly measuresGid?: number;
  /** By incident ID: its measures not yet done, one line each (openMeasureLines), for the hourly run. */
  readonly openMeasures?: ReadonlyMap<string, readonly string[]>;
}

/**
 * What a manager needs to decide without opening the sheet, beside the summary: the report's other
 * points (docs/domain.md §5), who is involved, and the latest direction. Text as the row holds it.
 */
export interface ReportDetails {
  readonly actionsTaken: string;
  readonly impact: string;
  readonly urgency: string;
  readonly assessment: string;
  readonly supportRequested: string;
  readonly customer: string;
  readonly owner: string;
  readonly reporter: string;
  readonly instruction: string;
}

/** One recipient's notices, worst first, before a word is written: enough to choose what to send. */
export interface DigestDraft {
  readonly recipient: string;
  readonly notices: readonly Notice[];
  /** severityRank of its worst item: 0 for very high. */
  readonly worst: number;
  /** When the recipient was last told of any of these (ms), -Infinity when never: the quota's tie-break. */
  readonly lastTold: number;
  /** The earliest deadline among them (ms): among equals, who has waited longest goes first. */
  readonly waitingSince: number;
  /** Follow-up items (follow-up-items.ts), listed after the notices, worst first. */
  readonly followUps?: readonly FollowUpItem[];
}

export interface Digest extends DigestDraft {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const HTML_SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most labels and summaries have nothing to escape: a test is cheaper than a replace.
  return HTML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) : text;
}

/** The incidents sheet, whatever part of the spreadsheet the URL was copied from. */
function sheetLink(ctx: Pick<DigestContext, 'spreadsheetUrl' | 'sheetGid'>): string {
  return `${ctx.spreadsheetUrl.replace(/#.*$/, '')}#gid=${ctx.sheetGid}`;
}

/** Text as read in a plain-text email and as escaped HTML. */
interface Words {
  readonly text: string;
  readonly html: string;
}

function words(text: string): Words {
  // As a template would write them: a missing word reads "undefined" in both, as it always has.
  return { text: `${text}`, html: `${escapeHtml(text)}` };
}

/**
 * Everything an item says that depends only on the language, worked out once rather than for each of
 * the 10,000 items a sweep of 100,000 notices lists: escaped labels, level wordings, reasons, stages,
 * and the text around the values (the same as the original per-field `<tr>…</tr>` and `label: value`).
 */
interface ItemWording {
  readonly levels: readonly Words[];
  readonly decisions: readonly Words[];
  readonly stages: readonly Words[];
  readonly reasons: ReadonlyMap<string, Words>;
  /** Before each of the 7 values (level, ID, summary, stage, why, deadline, decision) in HTML and text. */
  readonly before: readonly Words[];
  readonly open: Words;
  /** Before each detail's value, in DETAIL_FIELDS order. */
  readonly details: readonly Words[];
}

/** The details in the order a digest shows them, after the summary. */
const DETAIL_FIELDS = [
  'actionsTaken',
  'assessment',
  'supportRequested',
  'customer',
  'owner',
  'reporter',
  'instruction',
  'openMeasures',
] as const;

/** Each detail shortened to this (the row link leads to the rest), so a digest still lists a dozen items or more. */
export const DETAIL_CHARS = 120;

function itemWording(lang: Lang): ItemWording {
  const m = ESCALATION_MESSAGES[lang];
  const f = m.fields;
  const labels = [f.level, f.id, f.summary, f.stage, f.why, f.deadline, f.decision];
  return {
    levels: RISK_LEVELS.map((level) => words(riskLevelLabel(level, lang))),
    decisions: RISK_LEVELS.map((level) => words(riskDecision(level, lang))),
    stages: [0, 1, 2, 3].map((stage) => words(m.stage(stage))),
    reasons: new Map(Object.entries(m.reason).map(([key, reason]) => [key, words(reason)])),
    before: labels.map((label, i) => ({
      html: `${i === 0 ? '<table>' : '</td></tr>'}<tr><th align="left">${escapeHtml(label)}</th><td>`,
      text: `${i === 0 ? '' : '\n'}${label}: `,
    })),
    open: words(m.fields.open),
    details: DETAIL_FIELDS.map((field) => ({
      html: `</td></tr><tr><th align="left">${escapeHtml(f[field])}</th><td>`,
      text: `\n${f[field]}: `,
    })),
  };
}

/** The detail rows of one item (empty ones left out), to stand between the summary and the stage. */
function detailWords(details: ReportDetails | undefined, measures: readonly string[] | undefined, lang: Lang): Words {
  if (!details) return { text: '', html: '' };
  const m = ESCALATION_MESSAGES[lang];
  const grades = details.impact || details.urgency || details.assessment;
  const values: Record<(typeof DETAIL_FIELDS)[number], string> = {
    ...details,
    openMeasures: (measures ?? []).join(' / '),
    assessment: grades ? m.gradesLine(details.impact || '-', details.urgency || '-', details.assessment) : '',
  };
  const before = ITEM_WORDING[lang].details;
  let text = '';
  let html = '';
  DETAIL_FIELDS.forEach((field, i) => {
    const value = values[field].trim();
    if (value === '') return;
    const short = shorten(value, DETAIL_CHARS);
    text += `${(before[i] as Words).text}${short}`;
    html += `${(before[i] as Words).html}${escapeHtml(short)}`;
  });
  return { text, html };
}

const ITEM_WORDING: Readonly<Record<Lang, ItemWording>> = { ja: itemWording('ja'), en: itemWording('en') };

function timing(notice: Notice, ctx: DigestContext, m: EscalationMessages): string {
  // A very-high incident is escalated the moment it is reported: its first notice is that report.
  const firstEmergency =
    notice.incident.level === 'veryHigh' &&
    !notice.lastTold &&
    (notice.key === 'respond2' || notice.key === 'respond3');
  if (firstEmergency) return m.emergencyReport;
  // A stage raised by hand has no deadline: its "deadline" is when it was raised.
  if (notice.key === 'raised2' || notice.key === 'raised3') return m.raisedByHand;
  const minutes = Math.round(Math.abs(ctx.now.getTime() - notice.deadline.getTime()) / 60_000);
  const span = m.hoursMinutes(Math.floor(minutes / 60), minutes % 60);
  return notice.key.startsWith('warn') ? m.dueIn(span) : m.overdueBy(span);
}

/**
 * Distinct incidents per level, worst first. One set of IDs for all levels (100,000 notices, 200
 * digests): while no ID repeats, a level's incidents are its notices. A repeated ID is counted exactly.
 */
function subjectOf(sorted: readonly Notice[], lang: Lang): string {
  const ids = new Set<string>();
  const counts = [0, 0, 0, 0];
  for (const n of sorted) {
    const before = ids.size;
    ids.add(n.incident.id);
    if (ids.size === before) return subjectLine(countsBySets(sorted), lang);
    const rank = severityRank(n.incident.level);
    if (rank >= 0) (counts[rank] as number)++;
  }
  return subjectLine(counts, lang);
}

function countsBySets(sorted: readonly Notice[]): number[] {
  const incidents = RISK_LEVELS.map(() => new Set<string>());
  for (const n of sorted) incidents[severityRank(n.incident.level)]?.add(n.incident.id);
  return incidents.map((ids) => ids.size);
}

/** 【エスカレーション】非常に高リスク 1件・高リスク 2件 from incidents per level (RISK_LEVELS order). */
function subjectLine(counts: readonly number[], lang: Lang): string {
  const m = ESCALATION_MESSAGES[lang];
  const parts = RISK_LEVELS.filter((_, rank) => counts[rank]).map((level) =>
    m.itemCount(riskLevelLabel(level, lang), counts[severityRank(level)] as number),
  );
  return `${m.subjectPrefix}${parts.join(lang === 'ja' ? '・' : ', ')}`;
}

/** The row link without its row number, as text and escaped: the same for every item of a sweep. */
function linkWords(ctx: DigestContext, lang: Lang): { start: Words; end: string } {
  const base = `${sheetLink(ctx)}&range=A`;
  const open = ITEM_WORDING[lang].open;
  // escapeHtml works character by character and a row number has nothing to escape, so the escaped
  // link is the escaped base followed by the row.
  return {
    start: { html: `</td></tr></table><p><a href="${escapeHtml(base)}`, text: `\n${open.text}: ${base}` },
    end: `">${open.html}</a></p>`,
  };
}

/** One listed item as HTML and as plain text, each written in one go from the language's fixed words. */
function writeItem(
  notice: Notice,
  ctx: DigestContext,
  lang: Lang,
  link: { start: Words; end: string },
  out: { html: string[]; text: string[] },
): void {
  const m = ESCALATION_MESSAGES[lang];
  const w = ITEM_WORDING[lang];
  const { incident } = notice;
  const rank = severityRank(incident.level);
  const level = w.levels[rank] ?? words(riskLevelLabel(incident.level, lang));
  const decision = w.decisions[rank] ?? words(riskDecision(incident.level, lang));
  const stage = w.stages[notice.stage] ?? words(m.stage(notice.stage));
  const why = w.reasons.get(notice.key) ?? words(m.reason[notice.key]);
  const deadline = `${m.dateTime(localParts(notice.deadline, ctx.timeZone))} (${timing(notice, ctx, m)})`;
  const [b0, b1, b2, b3, b4, b5, b6] = w.before as [Words, Words, Words, Words, Words, Words, Words];
  const row = incident.sheetRow;
  const summary = shorten(ctx.summaries?.get(row) ?? incident.summary, SUMMARY_CHARS);
  const details = detailWords(ctx.details?.get(row), ctx.openMeasures?.get(incident.id), lang);
  out.html.push(
    `${b0.html}${level.html}${b1.html}${escapeHtml(incident.id)}${b2.html}${escapeHtml(summary)}${details.html}${b3.html}${stage.html}${b4.html}${why.html}${b5.html}${escapeHtml(deadline)}${b6.html}${decision.html}${link.start.html}${row}${link.end}`,
  );
  out.text.push(
    `${b0.text}${level.text}${b1.text}${incident.id}${b2.text}${summary}${details.text}${b3.text}${stage.text}${b4.text}${why.text}${b5.text}${deadline}${b6.text}${decision.text}${link.start.text}${row}`,
  );
}

/**
 * A summary is shortened in a digest (the row link beside it leads to the full text): 50 items of
 * a few hundred characters each would pass the size at which Gmail clips a message (about 102 KB).
 */
export const SUMMARY_CHARS = 200;

function shorten(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/** Well under Gmail's clipping (~102 KB of HTML): past it, the rest of the items are counted, not listed. */
export const DIGEST_BYTE_LIMIT = 80_000;

/**
 * A digest lists its worst DIGEST_ITEM_LIMIT items in full; the rest are counted (the subject counts
 * all) with a link to the sheet: a manager with hundreds of overdue rows needs the sheet, not a scroll.
 * Fifteen: about what the byte cap lets through once each item carries its report (a few KB), so the
 * report text read for a digest is the text it shows.
 */
export const DIGEST_ITEM_LIMIT = 15;

function moreLines(count: number, ctx: DigestContext, lang: Lang): { text: string; html: string } {
  if (count <= 0) return { text: '', html: '' };
  const words = ESCALATION_MESSAGES[lang].moreItems(count);
  const link = sheetLink(ctx);
  return { text: `\n\n${words}: ${link}`, html: `<p><a href="${escapeHtml(link)}">${escapeHtml(words)}</a></p>` };
}

/** The notices a digest lists item by item (the rest are counted): those whose summaries it needs. */
export function listedNotices(draft: DigestDraft): readonly Notice[] {
  return draft.notices.slice(0, DIGEST_ITEM_LIMIT);
}

/** Writes digests for one sweep: the link words are worked out once per language, not per digest. */
function digestWriter(ctx: DigestContext): (draft: DigestDraft) => Digest {
  const links: Partial<Record<Lang, { start: Words; end: string }>> = {};
  return (draft) => {
    const { recipient, notices: sorted } = draft;
    const lang = recipientLang(recipient, ctx.languages, ctx.lang);
    const link = (links[lang] ??= linkWords(ctx, lang));
    const limit = Math.min(sorted.length, DIGEST_ITEM_LIMIT);
    const items = { html: [] as string[], text: [] as string[] };
    let bytes = 0;
    let listed = 0;
    for (; listed < limit; listed++) {
      writeItem(sorted[listed] as Notice, ctx, lang, link, items);
      bytes += utf8Bytes(items.html[listed] as string) + utf8Bytes(items.text[listed] as string);
      if (bytes > DIGEST_BYTE_LIMIT && listed > 0) {
        items.html.pop();
        items.text.pop();
        break;
      }
    }
    // Follow-up items after the notices, in what is left of the same item and byte budget.
    const followUps = draft.followUps ?? [];
    let followed = 0;
    if (followUps.length > 0 && listed === sorted.length) {
      const fctx = followUpContext(ctx);
      const heading = followUpHeading(lang);
      items.text.push(heading.text);
      items.html.push(heading.html);
      for (; followed < followUps.length && listed + followed < DIGEST_ITEM_LIMIT; followed++) {
        const item = writeFollowUpItem(followUps[followed] as FollowUpItem, fctx, lang);
        bytes += utf8Bytes(item.html) + utf8Bytes(item.text);
        if (bytes > DIGEST_BYTE_LIMIT && listed + followed > 0) break;
        items.text.push(item.text);
        items.html.push(item.html);
      }
    }
    const more = moreLines(sorted.length - listed + followUps.length - followed, ctx, lang);
    const intro = ESCALATION_MESSAGES[lang].digestIntro;
    return {
      ...draft,
      subject: subjectWithFollowUps(sorted, followUps, lang),
      text: `${[intro, ...items.text].join('\n\n')}${more.text}`,
      html: `<p>${escapeHtml(intro)}</p>${items.html.join('<hr>')}${more.html}`,
    };
  };
}

function followUpContext(ctx: DigestContext) {
  const base = ctx.spreadsheetUrl.replace(/#.*$/, '');
  return {
    timeZone: ctx.timeZone,
    incidentsLink: sheetLink(ctx),
    measuresLink: ctx.measuresGid === undefined ? undefined : `${base}#gid=${ctx.measuresGid}`,
    summaries: ctx.summaries,
  };
}

/** The incidents per level, then the follow-up items per kind (a digest of follow-ups only has those alone). */
function subjectWithFollowUps(sorted: readonly Notice[], followUps: readonly FollowUpItem[], lang: Lang): string {
  if (followUps.length === 0) return subjectOf(sorted, lang);
  const parts = followUpSubjectParts(followUps, lang).join(lang === 'ja' ? '・' : ', ');
  if (sorted.length === 0) return `${ESCALATION_MESSAGES[lang].subjectPrefix}${parts}`;
  return `${subjectOf(sorted, lang)}${lang === 'ja' ? '・' : ', '}${parts}`;
}

/** In the recipient's language (ctx.languages), else the spreadsheet's. */
export function composeDigest(recipient: string, notices: readonly Notice[], context: DigestContext): Digest {
  return digestWriter(context)(draftOf(recipient, notices));
}

function draftOf(recipient: string, notices: readonly Notice[]): DigestDraft {
  const sorted = worstFirst(notices);
  // Sorted worst first, so the first item's level is the worst.
  const worst = sorted.length === 0 ? Infinity : severityRank((sorted[0] as Notice).incident.level);
  let lastTold = -Infinity;
  let waitingSince = Infinity;
  for (const n of sorted) {
    if (n.lastTold && n.lastTold.getTime() > lastTold) lastTold = n.lastTold.getTime();
    if (n.deadline.getTime() < waitingSince) waitingSince = n.deadline.getTime();
  }
  return { recipient, notices: sorted, worst, lastTold, waitingSince };
}

/** Writes the chosen drafts (those the quota lets go out) into emails. */
export function writeDigests(drafts: readonly DigestDraft[], ctx: DigestContext): Digest[] {
  return drafts.map(digestWriter(ctx));
}

/** One digest per recipient (addresses compared without case), most severe digests first. */
export function composeDigests(notices: readonly Notice[], ctx: DigestContext): Digest[] {
  return writeDigests(draftDigests(notices), ctx);
}

/** One draft per recipient (addresses compared without case), most severe first. */
export function draftDigests(notices: readonly Notice[]): DigestDraft[] {
  const byRecipient = new Map<string, Notice[]>();
  const keys = new Map<string, string>(); // the same few hundred addresses recur on 100,000s of notices
  for (const notice of notices) {
    let key = keys.get(notice.recipient);
    if (key === undefined) keys.set(notice.recipient, (key = notice.recipient.toLowerCase()));
    const list = byRecipient.get(key);
    if (list) list.push(notice);
    else byRecipient.set(key, [notice]);
  }
  const drafts = [...byRecipient.values()].map((list) => draftOf((list[0] as Notice).recipient, list));
  return drafts.sort(fairly);
}

/**
 * The order the quota serves: the most severe first; among equals, who was never told (or told
 * longest ago) before who was told most recently, then who has waited longest, so over several days
 * of a short quota everyone is told; then more items first, then by address for a stable order.
 */
export function fairly(a: DigestDraft, b: DigestDraft): number {
  return (
    a.worst - b.worst ||
    compareTimes(a.lastTold, b.lastTold) ||
    compareTimes(a.waitingSince, b.waitingSince) ||
    b.notices.length - a.notices.length ||
    a.recipient.localeCompare(b.recipient)
  );
}

/** Ascending; equal infinities (never told, both) compare equal rather than NaN. */
function compareTimes(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** With `quota` emails left, the most severe digests go now and the rest wait for a later run. */
export function prioritiseDigests<T extends DigestDraft>(
  digests: readonly T[],
  quota: number,
): { send: T[]; deferred: T[] } {
  const room = Math.max(0, Math.floor(quota));
  return { send: digests.slice(0, room), deferred: digests.slice(room) };
}
