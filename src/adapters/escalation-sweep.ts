// One sweep: read settings and incidents, decide in the domain, send, log and write the state
// back (escalation-record.ts). The same path serves the hourly trigger, the preview and the emergency notices.
import { readFloor } from '../domain/incident-ids';
import {
  type Digest,
  type DigestContext,
  type DigestDraft,
  draftDigests,
  prioritiseDigests,
} from '../domain/notices/digest';
import { calendarOf } from '../domain/settings/settings';
import type { BusinessCalendar } from '../domain/calendar/business-calendar';
import type { Delivery } from '../domain/sweep/sweep-log';
import { type SweepPlan, planSweep } from '../domain/sweep/sweep-plan';
import { ESCALATION_MESSAGES } from '../domain/notices/escalation-messages';
import { INCIDENTS_SHEET_NAMES } from '../domain/incident-columns';
import { type DocumentFacts, documentFacts, refreshFacts } from './document-facts';
import { sendDigests } from './escalation-mail';
import { reportProblems, writeDrafts } from './sweep-mail';
import { recordDeliveries } from './escalation-record';
import { SendJournal, clearJournal, readJournal } from './send-journal';
import { type SheetShape, clearGate, saveGate } from './quiet-gate';
import { deliveriesToLog } from './deferral-log';
import type { DashboardSource } from './dashboard-sheet';
import { type ReviewKnown, nextReviewCheck, reviewAfterSweep } from './hourly-review';
import { type EscalationServices, PROPERTY_KEYS, type Properties, type Spreadsheet } from './escalation-services';
import { readReviewValues } from './incidents-table';
import { readSweepRows } from './open-rows';
import { settledBefore } from '../domain/sweep/settled-rows';
import { type SettingsInForce, settingsFromGrid, settingsGridOf } from './settings-sheet';
import { settingsProblemLines } from '../domain/settings/settings-problems';
import { withFollowUps } from '../domain/notices/follow-up-drafts';
import { type FollowUpPlanned, planFollowUpFromSheets, readFollowUpNews } from './follow-up-sheets';

export interface PlannedSweep {
  readonly ss: Spreadsheet;
  readonly props: Properties;
  readonly facts: DocumentFacts;
  readonly settings: SettingsInForce;
  /** The settings' business calendar, made once per run (it memoises its business line). */
  readonly calendar: BusinessCalendar;
  /** The settings sheet as read: what the quiet-hour gate compares against. */
  readonly settingsGrid: unknown[][] | null;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly values: unknown[][];
  readonly plan: SweepPlan;
  /** Every recipient's notices, most severe first: written into emails only when they will be sent. */
  readonly drafts: DigestDraft[];
  readonly context: DigestContext;
  /** The hourly run's follow-up (measures, retrospectives, reporters' news), when it was planned. */
  readonly followUp?: FollowUpPlanned;
}

export interface SweepOutcome {
  readonly digests: readonly Digest[];
  readonly deliveries: readonly Delivery[];
  readonly plan: SweepPlan;
  readonly settingsProblems: readonly string[];
}

function incidentsSheet(ss: Spreadsheet, props: Properties, facts: DocumentFacts, now: Date) {
  const cached = facts.incidentsSheet ? ss.getSheetByName(facts.incidentsSheet) : null;
  if (cached) return { sheet: cached, facts };
  const fresh = refreshFacts(ss, props, now);
  const sheet = fresh.incidentsSheet ? ss.getSheetByName(fresh.incidentsSheet) : null;
  if (!sheet)
    throw new Error(ESCALATION_MESSAGES[fresh.lang].noIncidentsSheet(Object.values(INCIDENTS_SHEET_NAMES).join(' / ')));
  return { sheet, facts: fresh };
}

export function planSweepFromSheet(
  services: EscalationServices,
  now: Date,
  /**
   * `ss`, when the caller already holds the spreadsheet, saves a call. `followUp`: plan the
   * follow-up too (the hourly run and its replay; not the emergency path nor the previews).
   */
  options: { refresh?: boolean; onlyIds?: ReadonlySet<string>; ss?: Spreadsheet; followUp?: boolean } = {},
): PlannedSweep {
  const ss = options.ss ?? services.spreadsheetApp.getActive();
  const props = services.propertiesService.getDocumentProperties();
  const found = incidentsSheet(ss, props, documentFacts(ss, props, now, options.refresh), now);
  const { facts, sheet } = found;
  const settingsGrid = settingsGridOf(ss, facts.settingsSheet);
  const settings = settingsFromGrid(settingsGrid, props, facts.timeZone);
  const calendar = calendarOf(settings.settings, facts.timeZone);
  const news = options.followUp ? readFollowUpNews(ss, facts.lang, props) : undefined;
  const newsIds = new Set(news?.events.map((e) => e.id));
  const { values, unread } = readSweepRows(sheet, settledBefore(settings.settings, calendar, now), newsIds);
  const plan = planSweep({
    values,
    settings: settings.settings,
    calendar,
    lang: facts.lang,
    now,
    idFloor: readFloor(props.getProperty(PROPERTY_KEYS.idFloor)),
    onlyIds: options.onlyIds,
    unread,
  });
  const followUp = news
    ? planFollowUpFromSheets({
        ss,
        sheet,
        plan,
        settings: settings.settings,
        calendar,
        lang: facts.lang,
        timeZone: facts.timeZone,
        now,
        news,
      })
    : undefined;
  const context: DigestContext = {
    lang: facts.lang,
    languages: settings.settings.recipientLanguages,
    timeZone: facts.timeZone,
    spreadsheetUrl: facts.url,
    sheetGid: facts.incidentsGid,
    now,
    ...(followUp?.measuresGid === undefined ? {} : { measuresGid: followUp.measuresGid }),
  };
  const notices = draftDigests(plan.notices);
  const drafts = followUp ? withFollowUps(notices, followUp.plan.items) : notices;
  return { ss, props, facts, settings, calendar, settingsGrid, sheet, values, plan, drafts, context, followUp };
}

/**
 * Apps Script kills a run at 6 minutes: sending stops 4 minutes after the run began (the rest wait
 * for the next run), leaving the last two for the log and the rows, whose writes must not be cut off.
 */
export const SEND_BUDGET_MS = 4 * 60_000;

/** Sends what is due and records it. The caller holds the document lock. */
export function sweepHoldingLock(
  services: EscalationServices,
  now: Date,
  /**
   * `startedAt`: when the execution began (Date.now()), the start of its time budget. `gate`: an
   * hourly run, which keeps the quiet-hour gate (quiet-gate.ts) for the hours after it.
   */
  options: { onlyIds?: ReadonlySet<string>; ss?: Spreadsheet; startedAt?: number; gate?: boolean } = {},
): SweepOutcome {
  const startedAt = options.startedAt ?? Date.now();
  if (options.gate) clearGate(services.propertiesService.getDocumentProperties());
  recordLeftJournal(services, options.ss);
  const planned = planSweepFromSheet(services, now, { ...options, followUp: !options.onlyIds });
  // The quota first: only what can go out today is written into emails (and has its summaries read).
  const quota = services.mailApp.getRemainingDailyQuota();
  const { send, deferred } = prioritiseDigests(planned.drafts, quota);
  const { digests } = writeDrafts(planned, send);
  const journal = new SendJournal(planned.props, now);
  const sending = { journal, stopAt: startedAt + SEND_BUDGET_MS };
  const { deliveries, quotaLeft } = sendDigests(services.mailApp, digests, quota, sending);
  for (const digest of deferred) deliveries.push({ digest, result: { kind: 'deferred', reason: 'quota' } });
  const toLog = deliveriesToLog(planned.props, deliveries, now, planned.facts.timeZone);
  const appended = recordDeliveries(planned, deliveries, now, journal, toLog);
  reportProblems(services, planned, quotaLeft);
  if (options.gate) {
    // The hourly run only: the PDCA review from the rows already read (never the emergency path).
    const known = reviewKnown(planned);
    const review = { url: planned.facts.url, stopAt: startedAt + SEND_BUDGET_MS, appended };
    reviewAfterSweep(services, known, () => reviewSource(planned), review, now);
    keepGate(planned, deliveries, now);
  }
  return {
    digests,
    deliveries,
    plan: planned.plan,
    settingsProblems: settingsProblemLines(planned.settings.problems, planned.facts.lang),
  };
}

function reviewKnown(planned: PlannedSweep): ReviewKnown {
  const { settings } = planned.settings;
  return { settings, timeZone: planned.facts.timeZone, calendar: planned.calendar };
}

function reviewSource(planned: PlannedSweep): DashboardSource {
  const { ss, facts, sheet } = planned;
  // The review counts finished incidents too: rows the sweep left unread (open-rows.ts) are read for it.
  const values = planned.plan.rows.some((r) => r.unread) ? readReviewValues(sheet) : planned.values;
  return {
    ss,
    lang: facts.lang,
    timeZone: facts.timeZone,
    settings: planned.settings.settings,
    incidentsSheet: sheet,
    values,
  };
}

/**
 * Quiet until the plan's next check or the weekly review's moment, unless something due now is
 * still waiting (quota, failure, time).
 */
function keepGate(planned: PlannedSweep, deliveries: readonly Delivery[], now: Date): void {
  const waiting = deliveries.some((d) => d.result.kind !== 'sent');
  const shape = waiting
    ? null
    : { rows: planned.sheet.getLastRow(), columns: planned.sheet.getLastColumn(), settingsGrid: planned.settingsGrid };
  const review = nextReviewCheck(planned.props, reviewKnown(planned), now);
  const followUp = planned.followUp?.plan.nextCheck ?? Infinity;
  saveGate(planned.props, shape, Math.min(planned.plan.nextCheck, review, followUp), now);
}

/** The incidents sheet's size and the settings as they are now, for the quiet-hour gate (a few calls). */
export function currentShape(services: EscalationServices, ss: Spreadsheet, now: Date): SheetShape {
  const props = services.propertiesService.getDocumentProperties();
  const facts = documentFacts(ss, props, now);
  const sheet = incidentsSheet(ss, props, facts, now).sheet;
  return {
    rows: sheet.getLastRow(),
    columns: sheet.getLastColumn(),
    settingsGrid: settingsGridOf(ss, facts.settingsSheet),
  };
}

/**
 * A run cut off after sending left its journal: its emails are logged (unless they were) and
 * written to their rows before anything is decided, decided again as at the time they were sent.
 */
function recordLeftJournal(services: EscalationServices, ss: Spreadsheet | undefined): void {
  const props = services.propertiesService.getDocumentProperties();
  const left = readJournal(props);
  if (!left) return;
  const planned = planSweepFromSheet(services, left.at, { ss, followUp: true });
  const sent = new Set(left.recipients.map((r) => r.toLowerCase()));
  const deliveries: Delivery[] = planned.drafts
    .filter((d) => sent.has(d.recipient.toLowerCase()))
    .map((digest) => ({ digest, result: { kind: 'sent' } }));
  recordDeliveries(planned, deliveries, left.at, left.logged ? 'logged' : null);
  clearJournal(props);
}

/**
 * The emergency path for submitIncident: a 非常に高リスク incident is told to its managers and the
 * executives in the same execution, through the same decide/digest/state/log path, so the next
 * hourly sweep does not send it again. Call right after appending the row, holding the document lock.
 * It never throws: the row is already saved, and whatever could not be sent now goes out on the next
 * hourly sweep (null then, with the reason in the execution log).
 */
export function notifyEmergencyIncidents(
  services: EscalationServices,
  incidentIds: readonly string[],
  now: Date,
): SweepOutcome | null {
  try {
    return sweepHoldingLock(services, now, { onlyIds: new Set(incidentIds) });
  } catch (error) {
    console.error(`Emergency escalation deferred to the next hourly sweep: ${String(error)}`);
    return null;
  }
}
