// Respond-by and resolve-by in business time, pushed out by time on hold (保留), and the row's
// bookkeeping the sweep keeps: when a hold began, hours held, when it was resolved.
import { isFinished } from '../vocabulary';
import {
  type BusinessCalendar,
  addBusinessMinutes,
  addBusinessMinutesEach,
  businessMinutesBetween,
} from '../calendar/business-calendar';
import type { Incident } from './incident';
import { type Duration, type EscalationSettings, durationMinutes } from '../settings/settings';

export interface Deadlines {
  readonly respondBy: Date | null;
  readonly resolveBy: Date | null;
  /** Business minutes on hold so far, the current hold included. */
  readonly heldMinutes: number;
}

export interface Bookkeeping {
  readonly holdSince: Date | null;
  /** Closed holds only; a running hold is counted from holdSince. */
  readonly holdMinutes: number;
  readonly resolvedAt: Date | null;
}

/** Status changes are seen by the sweep, so a hold starts or ends at the run that first sees it. */
export function nextBookkeeping(incident: Incident, now: Date, calendar: BusinessCalendar): Bookkeeping {
  const onHold = incident.status === 'onHold';
  let { holdSince, holdMinutes } = incident;
  if (onHold && !holdSince) holdSince = now;
  if (!onHold && holdSince) {
    holdMinutes += businessMinutesBetween(holdSince, now, calendar);
    holdSince = null;
  }
  const finished = isFinished(incident.status);
  const resolvedAt = finished ? (incident.resolvedAt ?? now) : null;
  // Most incidents were never on hold and are open: they share one record rather than keep one each.
  if (!holdSince && holdMinutes === 0 && !resolvedAt) return NO_BOOKKEEPING;
  return { holdSince, holdMinutes, resolvedAt };
}

const NO_BOOKKEEPING: Bookkeeping = Object.freeze({ holdSince: null, holdMinutes: 0, resolvedAt: null });

export function deadlinesOf(
  incident: Incident,
  book: Bookkeeping,
  settings: EscalationSettings,
  calendar: BusinessCalendar,
  now: Date,
): Deadlines {
  const heldMinutes = book.holdMinutes + (book.holdSince ? businessMinutesBetween(book.holdSince, now, calendar) : 0);
  const policy = settings.levels[incident.level];
  return bothAfter(
    incident.reportedAt,
    targetMinutes(policy.respondBy, heldMinutes, calendar),
    targetMinutes(policy.resolveBy, heldMinutes, calendar),
    heldMinutes,
    calendar,
  );
}

/** "At once" is 0 minutes: the deadline stays at the report time; a hold still pushes it out. */
function targetMinutes(target: Duration | null, heldMinutes: number, calendar: BusinessCalendar): number | null {
  return target ? durationMinutes(target, calendar) + heldMinutes : null;
}

/** Both deadlines (after `respond` and `resolve` minutes) from one placing of the report time on the business line. */
function bothAfter(
  start: Date,
  respond: number | null,
  resolve: number | null,
  heldMinutes: number,
  calendar: BusinessCalendar,
): Deadlines {
  if (respond === null || resolve === null) {
    const after = (minutes: number | null) => (minutes === null ? null : addBusinessMinutes(start, minutes, calendar));
    return { respondBy: after(respond), resolveBy: after(resolve), heldMinutes };
  }
  const amounts = [Math.min(respond, resolve), Math.max(respond, resolve)];
  const [first, second] = addBusinessMinutesEach(start, amounts, calendar) as [Date, Date];
  return respond <= resolve
    ? { respondBy: first, resolveBy: second, heldMinutes }
    : { respondBy: second, resolveBy: first, heldMinutes };
}

/** The point, in business time, a share of the way from the report to a deadline. */
export function warningAt(incident: Incident, deadline: Date, share: number, calendar: BusinessCalendar): Date {
  const span = businessMinutesBetween(incident.reportedAt, deadline, calendar);
  return addBusinessMinutes(incident.reportedAt, Math.floor(span * share), calendar);
}
