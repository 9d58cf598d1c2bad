// Settled rows: incidents finished, recorded as resolved (解決日時) and with nothing to attend to.
// Nothing a run decides can change them, so after the first years of use they are most of the
// sheet. The hourly run reads a few narrow columns of every row to find them, and the rest of the
// row only for the others: at 100,000 incidents that is the difference between ~2 MB and ~30 MB read.
import { isBlank } from '../cells';
import type { IncidentColumn } from '../incident-columns';
import { isFinished, parseStatus } from '../vocabulary';
import { type BusinessCalendar, businessDayMinutes, nthBusinessDay } from '../calendar/business-calendar';
import { localTime, zonedInstant } from '../calendar/zoned-time';
import { type EscalationSettings, durationMinutes } from '../settings/settings';

/** The columns that tell a settled row; the ID too, so no row the run must number is ever skipped. */
export const SETTLED_PROBE_COLUMNS = [
  'id',
  'status',
  'resolvedAt',
  'rowProblems',
] as const satisfies readonly IncidentColumn[];

/** Finished and already recorded as resolved, with no problem shown: the sweep decides nothing for it. */
export function isSettled(status: unknown, resolvedAt: unknown, rowProblems: unknown): boolean {
  const parsed = parseStatus(status);
  return parsed !== undefined && isFinished(parsed) && resolvedAt instanceof Date && isBlank(rowProblems);
}

/**
 * How long (business minutes) after its resolution a row may still concern the follow-up: the
 * retrospective's wait and its reminders up to the cap (follow-up-plan.ts retrospectiveCandidates),
 * at least a business day (the reporter's news goes out in the next digest).
 */
function followUpSpan(settings: EscalationSettings, calendar: BusinessCalendar): number {
  const day = businessDayMinutes(calendar);
  let span = day;
  for (const level of settings.followUp.retrospectiveLevels) {
    const repeat = settings.levels[level].repeat;
    span = Math.max(span, repeat ? durationMinutes(repeat, calendar) * settings.reminderCap : 0);
  }
  return durationMinutes(settings.followUp.retrospectiveAfter, calendar) + span;
}

/**
 * The moment (ms) before which a settled row was resolved long enough ago to be left unread: the
 * follow-up's span counted back in whole business days from today (today included), the day before
 * the earliest of them, with a week's margin on top. Rows resolved since are read in full, as every
 * row was before.
 */
export function settledBefore(settings: EscalationSettings, calendar: BusinessCalendar, now: Date): number {
  const dayMinutes = businessDayMinutes(calendar);
  if (dayMinutes <= 0) return -Infinity; // no business hours: nothing is ever left unread
  const days = Math.ceil(followUpSpan(settings, calendar) / dayMinutes) + 1;
  const today = localTime(now, calendar.timeZone).day;
  const earliest = nthBusinessDay(today + 1, days, -1, calendar);
  return earliest === null ? -Infinity : zonedInstant(earliest - 1 - 7, 0, calendar.timeZone).getTime();
}
