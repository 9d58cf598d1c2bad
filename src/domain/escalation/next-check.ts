// The earliest moment an incident's notices can change with nothing edited: a deadline, a warning
// point, the step to stage 3, a repeat falling due, or business hours opening. Until the earliest of
// these over every incident, an hour in which nobody touched the sheet has nothing to send, and the
// run need not read the incidents at all (the hourly run's quiet-hour gate).
import { type BusinessCalendar, addBusinessMinutes, isBusinessTime } from '../calendar/business-calendar';
import { isFinished } from '../vocabulary';
import { type EscalationSettings, durationMinutes } from '../settings/settings';
import { type Deadlines, warningAt } from './deadlines';
import type { Incident } from './incident';
import type { NotificationRecord } from './notification-records';

const MINUTE = 60_000;

/** The same allowances decide.ts makes: a repeat may be seen 15 minutes early, never within 45. */
export const REPEAT_ALLOWANCE = { jitter: 15 * MINUTE, minGap: 45 * MINUTE } as const;

/** The next opening of business hours after `now` (now itself when open). */
export function nextOpening(now: Date, cal: BusinessCalendar): number {
  if (isBusinessTime(now, cal)) return now.getTime();
  return addBusinessMinutes(now, 1, cal).getTime() - MINUTE;
}

/** When a notice sent now may repeat: the same for every incident of a policy, so worked out once per run. */
function repeatFromNow(now: Date, minutes: number, cal: BusinessCalendar): number {
  if (cal.memo.fromNow?.at !== now.getTime()) cal.memo.fromNow = { at: now.getTime(), by: new Map() };
  let at = cal.memo.fromNow.by.get(minutes);
  if (at === undefined) {
    const { jitter, minGap } = REPEAT_ALLOWANCE;
    at = Math.max(addBusinessMinutes(now, minutes, cal).getTime() - jitter, now.getTime() + minGap);
    cal.memo.fromNow.by.set(minutes, at);
  }
  return at;
}

/**
 * The earliest moment after `now` at which this incident's notices could differ from now's, or
 * Infinity (finished, on hold: only an edit changes those). Errs early, never late: a moment that
 * turns out to change nothing costs one ordinary run.
 */
export function nextCheckAt(
  incident: Incident,
  d: Deadlines,
  records: readonly NotificationRecord[],
  s: EscalationSettings,
  cal: BusinessCalendar,
  now: Date,
  /** Notices go out now: their records, made after sending, repeat from now. */
  sendsNow: boolean,
): number {
  if (isFinished(incident.status) || incident.status === 'onHold') return Infinity;
  const t = now.getTime();
  let next = Infinity;
  const consider = (at: number) => {
    if (at > t && at < next) next = at;
  };
  const policy = s.levels[incident.level];
  for (const deadline of [d.respondBy, d.resolveBy]) {
    if (!deadline) continue;
    consider(deadline.getTime());
    if (deadline.getTime() > t) consider(warningAt(incident, deadline, s.warningPoint, cal).getTime());
  }
  if (d.respondBy && policy.stage3After)
    consider(addBusinessMinutes(d.respondBy, durationMinutes(policy.stage3After, cal), cal).getTime());
  if (policy.repeat) {
    const repeat = durationMinutes(policy.repeat, cal);
    const { jitter, minGap } = REPEAT_ALLOWANCE;
    const repeatFrom = (at: Date) =>
      consider(Math.max(addBusinessMinutes(at, repeat, cal).getTime() - jitter, at.getTime() + minGap));
    for (const r of records)
      if (r.key !== 'ack' && !r.key.startsWith('warn') && r.count < s.reminderCap) repeatFrom(r.at);
    if (sendsNow) consider(repeatFromNow(now, repeat, cal));
  }
  return next;
}
