// Follow-up in the hourly run (フォローアップ, steps 5–7), pure: each measure glued to its incident
// (owner, managers, level) and decided by measure-reminders.ts; resolved incidents still without a
// retrospective; and what happened to each report since its reporter was last told. The adapter
// reads the measures sheet and the history once, sends, then writes back what was delivered.
import { cellText, cellsOf, readIncident } from './incident-row';
import type { SweepPlan } from './sweep-plan';
import type { Lang } from '../language';
import { parseEmailList } from '../emails';
import { parseStatus } from '../vocabulary';
import type { BusinessCalendar } from '../calendar/business-calendar';
import {
  addBusinessMinutes,
  addBusinessMinutesEach,
  businessDayMinutes as businessDay,
  isBusinessTime,
} from '../calendar/business-calendar';
import { parseRiskLevel } from '../risk-levels';
import { nextOpening } from '../escalation/next-check';
import { addressOf } from '../settings/people';
import { type EscalationSettings, durationMinutes } from '../settings/settings';
import type { HistoryEvent, HistoryKind } from '../history/history-events';
import type { Measure } from '../measures/measure-row';
import { decideMeasure } from '../measures/measure-reminders';
import { formatMeasureRecords, withMeasureDelivery } from '../measures/measure-records';
import type { Incident } from '../escalation/incident';
import { managersOf } from '../escalation/decide';
import type { FollowUpItem } from '../notices/follow-up-items';

/** What the run keeps between runs (a document property): see adapters/follow-up-state.ts. */
export interface FollowUpState {
  /** Reporters have been told every event before this (ms); null before the first run. */
  readonly feedbackSince: number | null;
  /** Reporters whose digest did not go out (quota, failure): told from this moment instead. */
  readonly owed: Readonly<Record<string, number>>;
  /** Retrospective reminders per incident ID: when last and how many. */
  readonly retrospectives: Readonly<Record<string, { readonly at: number; readonly count: number }>>;
}

export const EMPTY_FOLLOW_UP_STATE: FollowUpState = { feedbackSince: null, owed: {}, retrospectives: {} };

/** What a reporter hears of (the second article's 結果をフィードバック). */
export const FEEDBACK_KINDS: ReadonlySet<HistoryKind> = new Set<HistoryKind>([
  'acknowledged',
  'instructed',
  'escalatedNow',
  'resolved',
  'confirmed',
  'closed',
]);

export interface FollowUpInput {
  readonly plan: SweepPlan;
  readonly measures: readonly Measure[];
  /** History events at or after the earliest `since` of the state (ms), oldest first. */
  readonly events: readonly HistoryEvent[];
  /** Sheet rows (of retrospective candidates) whose four retrospective cells are all empty. */
  readonly missingRetrospectives: ReadonlySet<number>;
  readonly state: FollowUpState;
  readonly settings: EscalationSettings;
  readonly calendar: BusinessCalendar;
  readonly lang: Lang;
  readonly now: Date;
}

export interface FollowUpPlan {
  readonly items: readonly FollowUpItem[];
  readonly nextCheck: number;
  /** The 通知記録 cells to write, by measures-sheet row, once these recipients were told. */
  measureCells(delivered: ReadonlySet<string>): Map<number, string>;
  /** The state to keep once these recipients (lower case) were told. */
  nextState(delivered: ReadonlySet<string>): FollowUpState;
}

/** An address from a cell that holds one, or a name in the people table; '' otherwise. */
function addressIn(cell: unknown, settings: EscalationSettings): string {
  const text = cellText(cell).trim();
  if (text === '') return '';
  if (!text.includes('@')) return addressOf(text, settings.people) ?? '';
  const { emails } = parseEmailList(text);
  return emails.length === 1 ? (emails[0] as string) : '';
}

interface Row {
  readonly incident: Incident;
  readonly reporter: string;
}

/** The incidents of these IDs, read from the rows the sweep already holds (only those rows). */
function incidentsOf(input: FollowUpInput, ids: ReadonlySet<string>): Map<string, Row> {
  const { plan, settings, calendar, lang } = input;
  const out = new Map<string, Row>();
  for (const row of plan.rows) {
    // An unread row is settled: its measures wait on nothing (the incident is finished).
    if (row.unread || !ids.has(row.id) || out.has(row.id)) continue;
    const cells = cellsOf(row.raw, plan.positions);
    const { incident } = readIncident(row.id, row.sheetRow, cells, settings, calendar.timeZone, lang);
    if (incident) out.set(row.id, { incident, reporter: addressIn(cells('reporter'), settings) });
  }
  return out;
}

const subjectOf = (i: Incident) => ({ id: i.id, sheetRow: i.sheetRow, level: i.level, summary: i.summary });
const isOpen = (i: Incident) => i.status !== 'resolved' && i.status !== 'closed';

/**
 * The resolved rows of a retrospective level past `retrospectiveAfter`: whose four cells the adapter
 * reads. A row resolved so long ago that its reminders would have reached the cap by now (an old
 * sheet the follow-up was just turned on for) is left alone rather than flooding its owner.
 * Cheap checks first: the run looks at every row.
 */
export function retrospectiveCandidates(
  plan: SweepPlan,
  settings: EscalationSettings,
  calendar: BusinessCalendar,
  lang: Lang,
  now: Date,
): number[] {
  const rows: number[] = [];
  const { status: statusAt, resolvedAt: resolvedAtAt, riskLevel: levelAt } = plan.positions;
  const levels = settings.followUp.retrospectiveLevels;
  if (statusAt === undefined || resolvedAtAt === undefined || levels.length === 0) return rows;
  const after = durationMinutes(settings.followUp.retrospectiveAfter, calendar);
  const t = now.getTime();
  for (const row of plan.rows) {
    if (row.unread) continue; // resolved before any retrospective reminder could still be due (settled-rows.ts)
    const resolvedAt = row.raw[resolvedAtAt];
    if (!(resolvedAt instanceof Date) || resolvedAt.getTime() + after * 60_000 > t) continue;
    if (parseStatus(row.raw[statusAt]) !== 'resolved') continue;
    const level =
      (levelAt === undefined ? undefined : parseRiskLevel(row.raw[levelAt])?.level) ??
      readIncident(row.id, row.sheetRow, cellsOf(row.raw, plan.positions), settings, calendar.timeZone, lang).incident
        ?.level;
    if (!level || !levels.includes(level)) continue;
    const repeat = settings.levels[level].repeat;
    const span = Math.max(repeat ? durationMinutes(repeat, calendar) * settings.reminderCap : 0, businessDay(calendar));
    const [due, last] = addBusinessMinutesEach(resolvedAt, [after, after + span], calendar) as [Date, Date];
    if (due.getTime() <= t && last.getTime() > t) rows.push(row.sheetRow);
  }
  return rows;
}

export function planFollowUp(input: FollowUpInput): FollowUpPlan {
  const { settings: s, calendar: cal, now } = input;
  // Outside business hours nothing of follow-up goes out (none of it is an emergency): all of it
  // waits for the opening, and the kept state stays as it is.
  if (s.quietOutsideBusinessHours && !isBusinessTime(now, cal)) {
    return {
      items: [],
      nextCheck: nextOpening(now, cal),
      measureCells: () => new Map(),
      nextState: () => input.state,
    };
  }
  return planOpenHours(input);
}

function planOpenHours(input: FollowUpInput): FollowUpPlan {
  const { settings: s, calendar: cal, now, state } = input;
  const t = now.getTime();
  const items: FollowUpItem[] = [];
  let nextCheck = Infinity;
  const ids = new Set<string>(input.measures.map((m) => m.incidentId));
  for (const e of input.events) ids.add(e.id);
  const rows = incidentsOf(input, ids);

  // Measures: each decided with its incident; a measure of an unknown or unreadable incident waits.
  const measureRecords = new Map<number, { measure: Measure; decision: ReturnType<typeof decideMeasure> }>();
  for (const measure of input.measures) {
    const row = rows.get(measure.incidentId);
    if (!row) continue;
    const { incident } = row;
    const owner = addressIn(measure.owner, s) || incident.ownerEmail || '';
    const decision = decideMeasure(
      measure,
      {
        owner,
        managers: managersOf(incident, s),
        incidentOpen: isOpen(incident),
        repeat: s.levels[incident.level].repeat,
      },
      s,
      cal,
      now,
    );
    nextCheck = Math.min(nextCheck, decision.nextCheck);
    if (decision.reminders.length === 0) continue;
    measureRecords.set(measure.sheetRow, { measure, decision });
    const about = {
      sheetRow: measure.sheetRow,
      text: measure.measure,
      kind: measure.kind,
      owner: measure.owner,
      dueAt: measure.dueAt,
      unreadable: measure.unreadable,
    };
    for (const r of decision.reminders)
      items.push({
        kind: r.key,
        recipient: r.recipient,
        incident: subjectOf(incident),
        deadline: r.deadline,
        measure: about,
        ...(r.lastTold ? { lastTold: r.lastTold } : {}),
      });
  }

  // Retrospectives: once, then at the level's repeat interval up to the cap.
  const retroKept: Record<string, { at: number; count: number }> = {};
  for (const row of input.plan.rows) {
    if (!input.missingRetrospectives.has(row.sheetRow)) continue;
    const cells = cellsOf(row.raw, input.plan.positions);
    const { incident } = readIncident(row.id, row.sheetRow, cells, s, cal.timeZone, input.lang);
    if (!incident?.ownerEmail || !incident.resolvedAt) continue;
    const record = state.retrospectives[incident.id];
    if (record) retroKept[incident.id] = record;
    const repeat = s.levels[incident.level].repeat;
    const again =
      record && repeat
        ? addBusinessMinutes(new Date(record.at), durationMinutes(repeat, cal), cal).getTime() - 15 * 60_000
        : Infinity;
    const due = !record || (record.count < s.reminderCap && t >= Math.max(again, record.at + 45 * 60_000));
    if (!due) {
      if (record && record.count < s.reminderCap) nextCheck = Math.min(nextCheck, again);
      continue;
    }
    const deadline = addBusinessMinutes(incident.resolvedAt, durationMinutes(s.followUp.retrospectiveAfter, cal), cal);
    items.push({
      kind: 'retrospective',
      recipient: incident.ownerEmail,
      incident: subjectOf(incident),
      deadline,
      ...(record ? { lastTold: new Date(record.at) } : {}),
    });
  }

  // Feedback: each reporter hears what others did with their report since they were last told.
  const feedbackItems = new Map<string, { recipient: string; incident: Incident; events: HistoryEvent[] }>();
  const since = (reporter: string) => state.owed[reporter.toLowerCase()] ?? state.feedbackSince ?? t;
  for (const event of input.events) {
    if (!FEEDBACK_KINDS.has(event.kind)) continue;
    const row = rows.get(event.id);
    const reporter = row?.reporter ?? '';
    const at = event.at.getTime();
    // Events of this very run are written after sending: told by the next run (at < now).
    if (!row || !reporter || at < since(reporter) || at >= t) continue;
    if (event.by.trim().toLowerCase() === reporter.toLowerCase()) continue;
    const key = `${reporter.toLowerCase()}\u0000${event.id}`;
    const entry = feedbackItems.get(key) ?? { recipient: reporter, incident: row.incident, events: [] };
    entry.events.push(event);
    feedbackItems.set(key, entry);
  }
  for (const { recipient, incident, events } of feedbackItems.values())
    items.push({
      kind: 'feedback',
      recipient,
      incident: subjectOf(incident),
      deadline: (events[events.length - 1] as HistoryEvent).at,
      events,
    });

  return {
    items,
    nextCheck,
    measureCells(delivered) {
      const cells = new Map<number, string>();
      for (const [sheetRow, { measure, decision }] of measureRecords) {
        let records = decision.records;
        for (const r of decision.reminders)
          if (delivered.has(r.recipient.toLowerCase())) records = withMeasureDelivery(records, r.key, r.recipient, now);
        if (records === decision.records) continue;
        const text = formatMeasureRecords(records, input.lang, cal.timeZone);
        if (text !== measure.notifications) cells.set(sheetRow, text);
      }
      return cells;
    },
    nextState(delivered) {
      const retrospectives = { ...retroKept };
      for (const item of items) {
        if (item.kind !== 'retrospective' || !delivered.has(item.recipient.toLowerCase())) continue;
        const before = state.retrospectives[item.incident.id];
        retrospectives[item.incident.id] = { at: t, count: (before?.count ?? 0) + 1 };
      }
      const owed: Record<string, number> = {};
      for (const { recipient } of feedbackItems.values()) {
        const key = recipient.toLowerCase();
        if (!delivered.has(key)) owed[key] = since(recipient);
      }
      return { feedbackSince: t, owed, retrospectives };
    },
  };
}
