// The follow-up rules for one measure (フォローアップ, step 5): which reminders are due now and to
// whom, from its due date, status, effect check and its own 通知記録 records. Pure; the sweep glues
// each measure to its incident (owner, managers, level) and carries the decisions out.
import {
  type BusinessCalendar,
  addBusinessMinutes,
  businessDayMinutes,
  isBusinessDay,
} from '../calendar/business-calendar';
import { localTime, zonedInstant } from '../calendar/zoned-time';
import { type Duration, type EscalationSettings, durationMinutes } from '../settings/settings';
import type { Measure } from './measure-row';
import { type MeasureRecord, type MeasureReminderKey, findMeasureRecord, parseMeasureRecords } from './measure-records';

export interface MeasureReminder {
  readonly key: MeasureReminderKey;
  readonly recipient: string;
  /** The moment it is about: the due date, or when the effect check fell due. */
  readonly deadline: Date;
  readonly lastTold?: Date;
}

export interface MeasureContext {
  /** The measure's owner's address (its own 担当者, else the incident's owner); '' when none. */
  readonly owner: string;
  /** The incident's managers (decide.ts managersOf). */
  readonly managers: readonly string[];
  /** The incident is neither resolved nor closed. */
  readonly incidentOpen: boolean;
  /** The incident level's repeat interval (null: told once). */
  readonly repeat: Duration | null;
}

export interface MeasureDecision {
  readonly records: readonly MeasureRecord[];
  readonly reminders: readonly MeasureReminder[];
  /** The earliest moment (ms) after now at which its reminders could change with nothing edited. */
  readonly nextCheck: number;
}

/** As decide.ts allows: an hourly trigger may fire a few minutes early, never twice within 45 minutes. */
const JITTER = 15 * 60_000;
const MIN_GAP = 45 * 60_000;

/**
 * A due date typed without a time (midnight on the sheet) means "by the end of that day": the end
 * of business hours then. A time typed with it is kept.
 */
export function measureDeadline(dueAt: Date, cal: BusinessCalendar): Date {
  const { day, minute } = localTime(dueAt, cal.timeZone);
  return minute === 0 ? zonedInstant(day, cal.endMinute, cal.timeZone) : dueAt;
}

/**
 * The warning point is taken of one business day before the deadline (a measure's row says nothing
 * of when it was added, and the history is read only from the last run on): at 75 %, a measure due
 * at the close of business warns its owner a quarter of a business day before.
 */
export function measureWarningAt(deadline: Date, s: EscalationSettings, cal: BusinessCalendar): Date {
  // The span's start: the same wall-clock minute on the business day before (a month back at most).
  const { day, minute } = localTime(deadline, cal.timeZone);
  let before = day - 1;
  while (before > day - 31 && !isBusinessDay(before, cal)) before--;
  const start = zonedInstant(before, minute, cal.timeZone);
  return addBusinessMinutes(start, Math.round(s.warningPoint * businessDayMinutes(cal)), cal);
}

export function decideMeasure(
  measure: Measure,
  ctx: MeasureContext,
  s: EscalationSettings,
  cal: BusinessCalendar,
  now: Date,
): MeasureDecision {
  const records = parseMeasureRecords(measure.notifications, cal.timeZone);
  const t = now.getTime();
  const reminders: MeasureReminder[] = [];
  let next = Infinity;
  const consider = (at: number) => {
    if (at > t && at < next) next = at;
  };
  const repeatMinutes = ctx.repeat ? durationMinutes(ctx.repeat, cal) : null;
  /** Once, or again at the level's repeat interval up to the cap (`repeats`). */
  const remind = (key: MeasureReminderKey, recipient: string, deadline: Date, repeats: boolean) => {
    if (!recipient) return;
    const record = findMeasureRecord(records, key, recipient);
    if (!record) {
      reminders.push({ key, recipient, deadline });
      if (repeats && repeatMinutes !== null) consider(repeatAt(now, repeatMinutes, cal));
      return;
    }
    if (!repeats || repeatMinutes === null || record.count >= s.reminderCap) return;
    const again = repeatAt(record.at, repeatMinutes, cal);
    if (t >= again) {
      reminders.push({ key, recipient, deadline, lastTold: record.at });
      consider(repeatAt(now, repeatMinutes, cal));
    } else consider(again);
  };
  if (!ctx.incidentOpen || measure.status === 'dropped') return { records, reminders, nextCheck: Infinity };
  if (measure.unreadable.length > 0) remind('unreadable', ctx.owner, now, false);
  if (measure.status === 'done') {
    const checked = measure.effectResult !== '' || measure.effectCheckedAt !== null;
    if (!checked && measure.doneAt) {
      const due = addBusinessMinutes(measure.doneAt, durationMinutes(s.followUp.effectCheckAfter, cal), cal);
      if (t >= due.getTime()) remind('effect', ctx.owner, due, false);
      else consider(due.getTime());
    }
    return { records, reminders, nextCheck: next };
  }
  if (!measure.dueAt) return { records, reminders, nextCheck: next };
  const deadline = measureDeadline(measure.dueAt, cal);
  if (t >= deadline.getTime()) {
    remind('overdue', ctx.owner, deadline, true);
    const escalateAt = addBusinessMinutes(deadline, durationMinutes(s.followUp.measureGrace, cal), cal);
    if (t >= escalateAt.getTime()) for (const manager of ctx.managers) remind('escalated', manager, deadline, true);
    else consider(escalateAt.getTime());
  } else {
    const warnAt = measureWarningAt(deadline, s, cal);
    if (t >= warnAt.getTime()) remind('warn', ctx.owner, deadline, false);
    else consider(warnAt.getTime());
    consider(deadline.getTime());
  }
  return { records, reminders, nextCheck: next };
}

function repeatAt(from: Date, minutes: number, cal: BusinessCalendar): number {
  return Math.max(addBusinessMinutes(from, minutes, cal).getTime() - JITTER, from.getTime() + MIN_GAP);
}

export type { MeasureRecord };
