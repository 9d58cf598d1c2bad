// The follow-up run's reads and writes, a constant number of Spreadsheet calls whatever the number
// of incidents and measures: the measures sheet read once (getDataRange; on a long sheet a few reads
// without the 対策内容 text, which is read for the measures the emails show) and its 通知記録 column
// written in at most MAX_RUNS runs of changed rows; the history read from the last run on; the four
// retrospective cells read only for the candidate rows, in at most 8 windows.
import type { ColumnPositions } from '../domain/incident-columns';
import { isBlank } from '../domain/cells';
import type { HistoryEvent } from '../domain/history/history-events';
import { changedRunsWithin } from '../domain/sweep/placement';
import type { Lang } from '../domain/language';
import type { Properties, Spreadsheet } from './escalation-services';
import { readHistorySince } from './history-sheet';
import { windowsOf } from './row-windows';
import { type MeasuresRead, readMeasureTexts, readMeasures } from './measures-sheet';
import type { DigestDraft } from '../domain/notices/digest';
import type { FollowUpItem } from '../domain/notices/follow-up-items';
import { openMeasureLines, openMeasuresOf } from '../domain/notices/open-measures';
import { cellAsItIs, makeLiteralInPlace } from './sheet-text';
import type { SweepPlan } from '../domain/sweep/sweep-plan';
import type { Delivery } from '../domain/sweep/sweep-log';
import type { EscalationSettings } from '../domain/settings/settings';
import type { BusinessCalendar } from '../domain/calendar/business-calendar';
import {
  type FollowUpPlan,
  type FollowUpState,
  planFollowUp,
  retrospectiveCandidates,
} from '../domain/sweep/follow-up-plan';
import { readFollowUpState, writeFollowUpState } from './follow-up-state';
import type { PlannedSweep } from './escalation-sweep';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface FollowUpPlanned {
  readonly read: MeasuresRead;
  readonly plan: FollowUpPlan;
  readonly state: FollowUpState;
  readonly measuresGid: number | undefined;
}

/** The follow-up's kept state and the history events it owes news of: read before the incidents. */
export interface FollowUpNews {
  readonly state: FollowUpState;
  readonly events: readonly HistoryEvent[];
}

/**
 * Read before the incidents sheet: an event about a settled incident (a retrospective typed in the
 * sidebar weeks after the resolution) makes the run read that row, so its reporter is still told.
 */
export function readFollowUpNews(ss: Spreadsheet, lang: Lang, props: Properties): FollowUpNews {
  const state = readFollowUpState(props);
  // Before the first run nobody is owed anything: reporters are told from then on.
  const since = Math.min(state.feedbackSince ?? Infinity, ...Object.values(state.owed));
  const events = Number.isFinite(since) ? readFollowUpHistory(ss, lang, props, since) : [];
  return { state, events };
}

/** Reads what the follow-up needs (constant calls) and plans it; the sweep joins its items to the digests. */
export function planFollowUpFromSheets(input: {
  ss: Spreadsheet;
  sheet: Sheet;
  plan: SweepPlan;
  settings: EscalationSettings;
  calendar: BusinessCalendar;
  lang: Lang;
  timeZone: string;
  now: Date;
  news: FollowUpNews;
}): FollowUpPlanned {
  const { ss, sheet, plan, settings, calendar, lang, timeZone, now } = input;
  const { state, events } = input.news;
  // On a long sheet only the measures of incidents the run read (a settled one's wait on nothing).
  const readIds = plan.rows.some((r) => r.unread)
    ? new Set(plan.rows.filter((r) => !r.unread).map((r) => r.id))
    : undefined;
  // On a long sheet the measures' text too is left out: read for those the emails show (shownMeasures).
  const read = readMeasures(ss, lang, timeZone, {
    ...(readIds ? { wanted: (id: string) => readIds.has(id) } : {}),
    withoutText: true,
  });
  const candidates = retrospectiveCandidates(plan, settings, calendar, lang, now);
  const missing = missingRetrospectives(sheet, plan.positions, candidates);
  const followUp = planFollowUp({
    plan,
    measures: read.measures,
    events,
    missingRetrospectives: missing,
    state,
    settings,
    calendar,
    lang,
    now,
  });
  return { read, plan: followUp, state, measuresGid: read.sheet?.getSheetId() };
}

/** After sending: the measures' 通知記録 cells and the kept state, for the recipients told. */
export function recordFollowUp(planned: PlannedSweep, deliveries: readonly Delivery[]): void {
  const followUp = planned.followUp;
  if (!followUp) return;
  const delivered = new Set(
    deliveries.filter((d) => d.result.kind === 'sent').map((d) => d.digest.recipient.toLowerCase()),
  );
  writeMeasureCells(followUp.read, followUp.plan.measureCells(delivered));
  writeFollowUpState(planned.props, followUp.state, followUp.plan.nextState(delivered));
}

const MAX_RUNS = 8;
const RETROSPECTIVE = ['rootCause', 'wentWell', 'toImprove', 'prevention'] as const;

/** Events from `since` (ms) on, for the reporters' news (its own checkpoint, apart from the review's). */
export function readFollowUpHistory(ss: Spreadsheet, lang: Lang, props: Properties, since: number): HistoryEvent[] {
  return readHistorySince(ss, lang, props, since, { checkpointKey: 'followUpHistoryCheckpoint' });
}

/** The candidate rows whose four retrospective cells (根本原因, 良かった点, 改善点, 再発防止策) are all empty. */
export function missingRetrospectives(sheet: Sheet, positions: ColumnPositions, rows: readonly number[]): Set<number> {
  const missing = new Set<number>();
  const at = RETROSPECTIVE.map((c) => positions[c]).filter((p): p is number => p !== undefined);
  if (rows.length === 0) return missing;
  // A sheet without the columns has no retrospective at all.
  if (at.length === 0) return new Set(rows);
  const left = Math.min(...at);
  const width = Math.max(...at) - left + 1;
  for (const [first, last] of windowsOf(rows, 8)) {
    const block = sheet.getRange(first, left + 1, last - first + 1, width).getValues();
    for (const row of rows)
      if (row >= first && row <= last && at.every((p) => isBlank(block[row - first]?.[p - left]))) missing.add(row);
  }
  return missing;
}

/**
 * The changed 通知記録 cells, in at most MAX_RUNS writes (or one span over the rows between). The rows
 * a span covers without changing them get back what they hold at the moment of the write, read just
 * before it (two reads, for such a span only): a note typed meanwhile, a formula as itself.
 */
export function writeMeasureCells(read: MeasuresRead, cells: ReadonlyMap<number, string>): void {
  const at = read.positions.notifications;
  if (!read.sheet || at === undefined || cells.size === 0) return;
  const rows = [...cells.keys()];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const changed = Array.from({ length: last - first + 1 }, (_, i) => cells.has(first + i));
  const unread = read.unread?.slice(first - 1, last);
  for (const [a, b] of changedRunsWithin(changed, unread, MAX_RUNS)) {
    const range = read.sheet.getRange(first + a, at + 1, b - a + 1, 1);
    const others = changed.slice(a, b + 1).includes(false);
    const values = others ? range.getValues() : [];
    const formulas = others ? range.getFormulas() : [];
    const written = Array.from({ length: b - a + 1 }, (_, i) => [
      cells.get(first + a + i) ?? cellAsItIs(values[i]?.[0], formulas[i]?.[0]),
    ]);
    makeLiteralInPlace(written);
    range.setValues(written);
  }
}

/** What one email lists (digest.ts): the incidents of its notices, then its follow-up items. */
export interface ListedItems {
  readonly incidentIds: readonly string[];
  readonly followUps: readonly FollowUpItem[];
}

export interface ShownMeasures {
  /** By incident ID: its open measures, one line each (openMeasureLines). */
  readonly openMeasures: Map<string, string[]>;
  /** The draft with its follow-up items' measure texts as read (the draft itself when none was). */
  readonly withTexts: (draft: DigestDraft) => DigestDraft;
}

/**
 * The measures the chosen emails show: the open ones of the incidents they list and the measure of
 * each follow-up item they list. When the run's read left the text out (a long sheet), it is read
 * here for those rows only, in the order the emails go out (`listed`), within MEASURE_TEXT_ROWS.
 */
export function shownMeasures(
  read: MeasuresRead,
  listed: readonly ListedItems[],
  lang: Lang,
  timeZone: string,
): ShownMeasures {
  let texts = new Map<number, string>();
  if (read.textUnread) {
    const open = openMeasuresOf(read.measures);
    const rows = listed.flatMap((l) => [
      ...l.incidentIds.flatMap((id) => (open.get(id) ?? []).map((m) => m.sheetRow)),
      ...l.followUps.flatMap((f) => (f.measure ? [f.measure.sheetRow] : [])),
    ]);
    texts = readMeasureTexts(read, rows);
  }
  return {
    openMeasures: openMeasureLines(read.measures, lang, timeZone, texts),
    withTexts: (draft) => (texts.size === 0 || !draft.followUps ? draft : withMeasureTexts(draft, texts)),
  };
}

function withMeasureTexts(draft: DigestDraft, texts: ReadonlyMap<number, string>): DigestDraft {
  const followUps = (draft.followUps ?? []).map((item) => {
    const text = item.measure && texts.get(item.measure.sheetRow);
    return item.measure && text !== undefined ? { ...item, measure: { ...item.measure, text } } : item;
  });
  return { ...draft, followUps };
}
