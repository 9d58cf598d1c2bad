// The stage rules: from each incident's level, deadlines, acknowledgement and what was already
// sent, which notices are due now and to whom. Decisions are data; adapters carry them out.
import { isFinished } from '../vocabulary';
import { type BusinessCalendar, addBusinessMinutes, isBusinessTime } from '../calendar/business-calendar';
import { type Bookkeeping, type Deadlines, deadlinesOf, nextBookkeeping, warningAt } from './deadlines';
import type { Incident } from './incident';
import { REPEAT_ALLOWANCE, nextCheckAt, nextOpening } from './next-check';
import {
  type NoticeKey,
  type NotificationRecord,
  findRecord,
  handDeadlines,
  noticeStage,
  raisedByHand,
} from './notification-records';
import { type EscalationSettings, type LevelPolicy, type Stage, durationMinutes } from '../settings/settings';

/** What a digest says about the incident: a slim copy, so the full row read is not kept for the whole run. */
export type NoticeSubject = Pick<Incident, 'id' | 'sheetRow' | 'level' | 'summary'>;

export interface Notice {
  readonly incident: NoticeSubject;
  readonly key: NoticeKey;
  readonly stage: Stage;
  readonly recipient: string;
  /** The deadline the notice is about (passed, or near for a warning). */
  readonly deadline: Date;
  /** When this recipient was last told of it (a repeat), absent when never: who waited longest goes first. */
  readonly lastTold?: Date;
}

/**
 * Kept for every row until the run ends (100,000s of them), so it holds only what the state cells
 * need after sending: no copy of the incident, and the deadlines as fields rather than an object.
 */
export interface IncidentDecision {
  readonly book: Bookkeeping;
  readonly respondBy: Date | null;
  readonly resolveBy: Date | null;
  /** The incident's records with the acknowledgement brought up to date (deliveries not yet added). */
  readonly records: readonly NotificationRecord[];
  /** An acknowledgement was first seen, or was withdrawn, in this run. */
  readonly acknowledgementChanged: boolean;
  readonly notices: readonly Notice[];
  /** A notice for managers is due but nobody is set to receive it. */
  readonly noManager: boolean;
  /** The earliest moment (ms) its notices could change with nothing edited (next-check.ts). */
  readonly nextCheck: number;
}

/** A deadline a person set by hand (handDeadlines) stands instead of the rules' own. */
function withHandDeadlines(d: Deadlines, records: readonly NotificationRecord[]): Deadlines {
  if (records.length === 0) return d;
  const hand = handDeadlines(records);
  if (!hand.respondBy && !hand.resolveBy) return d;
  return { ...d, respondBy: hand.respondBy ?? d.respondBy, resolveBy: hand.resolveBy ?? d.resolveBy };
}

/**
 * Hourly triggers fire at a slightly random minute: a reminder due "in 4 hours" may be seen a few
 * minutes early (jitter). "Every run" still means at most once per hourly run, also when an
 * emergency notice went out minutes ago (minGap).
 */
const { jitter: TRIGGER_JITTER, minGap: MIN_GAP } = REPEAT_ALLOWANCE;

export function managersOf(incident: Incident, settings: EscalationSettings): readonly string[] {
  if (incident.managerEmails.length > 0) return incident.managerEmails;
  return (incident.category && settings.managers[incident.category]) || settings.managers.default || [];
}

function recipientsOf(stage: Stage, incident: Incident, settings: EscalationSettings): readonly string[] {
  const list =
    stage === 1
      ? incident.ownerEmail
        ? [incident.ownerEmail]
        : []
      : stage === 2 || settings.executives.length === 0
        ? managersOf(incident, settings)
        : [...managersOf(incident, settings), ...settings.executives];
  if (list.length < 2) return list;
  const seen = new Set<string>();
  return list.filter((e) => !seen.has(e.toLowerCase()) && seen.add(e.toLowerCase()));
}

function withAcknowledgement(incident: Incident, now: Date): readonly NotificationRecord[] {
  const ack = findRecord(incident.records, 'ack', '');
  if (incident.acknowledged && !ack) return [...incident.records, { key: 'ack', recipient: '', count: 0, at: now }];
  if (!incident.acknowledged && ack) return incident.records.filter((r) => r !== ack);
  return incident.records as NotificationRecord[];
}

type Due = { key: NoticeKey; deadline: Date };
const NOTHING_DUE: readonly Due[] = [];
const NO_NOTICES: readonly Notice[] = Object.freeze([]);
/** From a table, not a template: one string for every notice (a template makes one per notice, kept all run). */
const RESOLVE_KEYS: Readonly<Record<Stage, NoticeKey>> = { 1: 'resolve1', 2: 'resolve2', 3: 'resolve3' };

/** Past resolve-by, the re-escalation replaces the respond-by notices; an earlier acknowledgement does not stop it. */
function dueKeys(
  incident: Incident,
  d: Deadlines,
  ackAt: Date | undefined,
  s: EscalationSettings,
  cal: BusinessCalendar,
  now: Date,
): Due[] {
  const policy = s.levels[incident.level];
  const t = now.getTime();
  if (d.resolveBy && t >= d.resolveBy.getTime()) {
    return !ackAt || ackAt < d.resolveBy ? [{ key: RESOLVE_KEYS[policy.breachStage], deadline: d.resolveBy }] : [];
  }
  const due: Due[] = [];
  if (d.respondBy && !ackAt && t >= d.respondBy.getTime()) {
    const stage3At = policy.stage3After
      ? addBusinessMinutes(d.respondBy, durationMinutes(policy.stage3After, cal), cal)
      : null;
    due.push({ key: stage3At && t >= stage3At.getTime() ? 'respond3' : 'respond2', deadline: d.respondBy });
  }
  const warn = (deadline: Date | null) =>
    deadline && t < deadline.getTime() && t >= warningAt(incident, deadline, s.warningPoint, cal).getTime();
  if (d.respondBy && !ackAt && warn(d.respondBy)) due.push({ key: 'warnRespond', deadline: d.respondBy });
  if (warn(d.resolveBy)) due.push({ key: 'warnResolve', deadline: d.resolveBy as Date });
  return due;
}

function isDue(
  record: NotificationRecord | undefined,
  key: NoticeKey,
  policy: LevelPolicy,
  s: EscalationSettings,
  cal: BusinessCalendar,
  now: Date,
): boolean {
  if (!record) return true;
  if (key.startsWith('warn') || !policy.repeat || record.count >= s.reminderCap) return false;
  const repeatAt = addBusinessMinutes(record.at, durationMinutes(policy.repeat, cal), cal).getTime() - TRIGGER_JITTER;
  return now.getTime() >= Math.max(repeatAt, record.at.getTime() + MIN_GAP);
}

/** Whether `now` is in business hours, worked out once per run (the calendar's memo) rather than per incident. */
function isOpen(now: Date, cal: BusinessCalendar): boolean {
  if (cal.memo.openAt?.at !== now.getTime()) cal.memo.openAt = { at: now.getTime(), open: isBusinessTime(now, cal) };
  return cal.memo.openAt.open;
}

export function decideIncident(
  incident: Incident,
  s: EscalationSettings,
  cal: BusinessCalendar,
  now: Date,
): IncidentDecision {
  const book = nextBookkeeping(incident, now, cal);
  const deadlines = withHandDeadlines(deadlinesOf(incident, book, s, cal, now), incident.records);
  const records = withAcknowledgement(incident, now);
  const night = s.quietOutsideBusinessHours && !isOpen(now, cal);
  const quiet = night && incident.level !== 'veryHigh';
  // A very-high incident's first notice goes at once, night or not; its repeats may wait for the
  // morning (a setting), so the reminder cap is not spent while everyone sleeps.
  const holdRepeats = night && incident.level === 'veryHigh' && s.veryHighRepeatsOvernight === 'businessHours';
  let heldRepeat = false;
  const held = isFinished(incident.status) || incident.status === 'onHold';
  const silent = held || quiet;
  // Most incidents have no notice or one: no array is grown (to 17 slots) for them.
  let notices: Notice[] | undefined;
  let subject: NoticeSubject | undefined;
  let noManager = false;
  let due = silent ? NOTHING_DUE : dueKeys(incident, deadlines, findRecord(records, 'ack', '')?.at, s, cal, now);
  // A stage raised by hand (escalateNow) is told once per raise, quiet hours or not: a person asked for it now.
  const raised = held ? undefined : raisedByHand(records);
  if (raised) due = [...due, { key: raised.key, deadline: raised.at }];
  for (const { key, deadline } of due) {
    const stage = noticeStage(key);
    if (stage >= 2 && managersOf(incident, s).length === 0) noManager = true;
    for (const recipient of recipientsOf(stage, incident, s)) {
      const record = findRecord(records, key, recipient);
      // A stage raised by hand is told once per raise: never a repeat, so never held for the morning.
      const byHand = raised?.key === key;
      if (record && holdRepeats && !byHand) {
        heldRepeat ||= isDue(record, key, s.levels[incident.level], s, cal, now);
        continue;
      }
      if (byHand ? !record || record.at < raised.at : isDue(record, key, s.levels[incident.level], s, cal, now)) {
        subject ??= { id: incident.id, sheetRow: incident.sheetRow, level: incident.level, summary: incident.summary };
        const notice: Notice = record
          ? { incident: subject, key, stage, recipient, deadline, lastTold: record.at }
          : { incident: subject, key, stage, recipient, deadline };
        if (notices) notices.push(notice);
        else notices = [notice];
      }
    }
  }
  const acknowledgementChanged = records.length !== incident.records.length;
  const { respondBy, resolveBy } = deadlines;
  let nextCheck = nextCheckAt(incident, deadlines, records, s, cal, now, notices !== undefined);
  // Held overnight: what is due goes out when business hours open.
  if ((quiet && !isFinished(incident.status) && incident.status !== 'onHold') || heldRepeat) {
    if (cal.memo.opening?.at !== now.getTime()) cal.memo.opening = { at: now.getTime(), next: nextOpening(now, cal) };
    nextCheck = Math.min(nextCheck, cal.memo.opening.next);
  }
  return {
    book,
    respondBy,
    resolveBy,
    records,
    acknowledgementChanged,
    notices: notices ?? NO_NOTICES,
    noManager,
    nextCheck,
  };
}

export function decideEscalations(
  incidents: readonly Incident[],
  s: EscalationSettings,
  cal: BusinessCalendar,
  now: Date,
): IncidentDecision[] {
  return incidents.map((incident) => decideIncident(incident, s, cal, now));
}
