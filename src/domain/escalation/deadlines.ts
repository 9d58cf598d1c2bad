// Respond-by and resolve-by in business time, pushed out by time on hold (保留), and the row's
// bookkeeping the sweep keeps: when a hold began, hours held, when it was resolved.
import { isFinished } from '../vocabulary';
import { type BusinessCalendar, addBusinessMinutes, businessMinutesBetween } from './business-calendar';
import type { Incident } from './incident-row';
import { type Duration, type EscalationSettings, durationMinutes } from './settings';

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
  const resolvedAt = finished ? incident.resolvedAt ?? now : null;
  return { holdSince, holdMinutes, resolvedAt };
}

export function deadlinesOf(
  incident: Incident, book: Bookkeeping, settings: EscalationSettings, calendar: BusinessCalendar, now: Date,
): Deadlines {
  const heldMinutes = book.holdMinutes + (book.holdSince ? businessMinutesBetween(book.holdSince, now, calendar) : 0);
  const policy = settings.levels[incident.level];
  const at = (target: Duration | null) => {
    if (!target) return null;
    const minutes = durationMinutes(target, calendar);
    // "At once" stays at the report time; a hold still pushes it out.
    return minutes === 0 && heldMinutes === 0 ? incident.reportedAt : addBusinessMinutes(incident.reportedAt, minutes + heldMinutes, calendar);
  };
  return { respondBy: at(policy.respondBy), resolveBy: at(policy.resolveBy), heldMinutes };
}

/** The point, in business time, a share of the way from the report to a deadline. */
export function warningAt(incident: Incident, deadline: Date, share: number, calendar: BusinessCalendar): Date {
  const span = businessMinutesBetween(incident.reportedAt, deadline, calendar);
  return addBusinessMinutes(incident.reportedAt, Math.floor(span * share), calendar);
}
