// A rehearsal of the rules (エスカレーションフローのテスト): the notices an incident would bring over the
// next business days if nobody acted — to whom, when, in which language and why — worked out by the
// real rules on the real calendar, run after run on the hourly trigger's grid, each run's deliveries
// fed back as the records the sweep would write. Nothing is sent.
import type { Lang } from '../language';
import { type BusinessCalendar, addBusinessMinutes, businessDayMinutes } from '../calendar/business-calendar';
import { type Notice, decideIncident } from '../escalation/decide';
import type { Incident } from '../escalation/incident';
import { type NoticeKey, withDelivery } from '../escalation/notification-records';
import { recipientLang } from '../settings/recipient-languages';
import type { EscalationSettings } from '../settings/settings';

export interface RehearsalStep {
  readonly at: Date;
  readonly recipient: string;
  readonly stage: number;
  readonly key: NoticeKey;
  readonly lang: Lang;
}

/** How far a rehearsal looks: ten business days, or this many notices, whichever comes first. */
export const REHEARSAL_DAYS = 10;
export const REHEARSAL_STEPS = 200;
const HOUR = 3_600_000;

export interface Rehearsal {
  readonly steps: readonly RehearsalStep[];
  /** Until when it looked; true when it stopped at REHEARSAL_STEPS rather than at the horizon. */
  readonly until: Date;
  readonly cut: boolean;
}

/**
 * From `start` (the first hourly run to consider; later runs fall on the same minute of each hour),
 * as if nobody acknowledged, resolved or edited anything.
 */
export function rehearse(
  incident: Incident,
  settings: EscalationSettings,
  calendar: BusinessCalendar,
  start: Date,
  lang: Lang,
): Rehearsal {
  const horizon = addBusinessMinutes(start, REHEARSAL_DAYS * businessDayMinutes(calendar), calendar).getTime();
  const steps: RehearsalStep[] = [];
  let records = incident.records;
  let t = start.getTime();
  while (t <= horizon && steps.length < REHEARSAL_STEPS) {
    const now = new Date(t);
    const decision = decideIncident({ ...incident, records }, settings, calendar, now);
    records = decision.records;
    for (const notice of decision.notices as Notice[]) {
      steps.push({
        at: now,
        recipient: notice.recipient,
        stage: notice.stage,
        key: notice.key,
        lang: recipientLang(notice.recipient, settings.recipientLanguages, lang),
      });
      records = withDelivery(records, notice.key, notice.recipient, now);
    }
    // The next run that could send something: the decision's next check, on the hourly grid.
    // (decide counts the notices it sends now as sent: their repeats are timed from now.)
    const next = Math.max(decision.nextCheck, t + 1);
    if (!Number.isFinite(next)) break;
    t += Math.ceil((next - t) / HOUR) * HOUR;
  }
  return {
    steps: steps.slice(0, REHEARSAL_STEPS),
    until: new Date(Math.min(t, horizon)),
    cut: steps.length >= REHEARSAL_STEPS,
  };
}
