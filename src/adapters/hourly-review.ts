// What the hourly run does for the PDCA review after its escalations, once a business day (at the
// first run after the opening: review-schedule.ts) and whenever this week's review is still to
// send: the dashboard refreshed and the weekly review sent. The history is read once for both. A
// failure here is logged, never thrown: the escalations already went out.
import { nextDailyReview } from '../domain/review/review-schedule';
import type { BusinessCalendar } from '../domain/calendar/business-calendar';
import { type DashboardSource, lastRecurrences, writeDashboard } from './dashboard-sheet';
import type { EscalationServices, Properties } from './escalation-services';
import { type Appended, readHistorySince } from './history-sheet';
import { sendWeeklyReview, weeklyReviewCheck } from './weekly-review';

const REVIEW_HISTORY_MS = 8 * 7 * 86_400_000;
const REVIEWED_AT = 'dashboardReviewedAt';

function reviewedAt(props: Properties): number | null {
  const kept = Number(props.getProperty(REVIEWED_AT) ?? '');
  return Number.isFinite(kept) && kept > 0 ? kept : null;
}

/** The moment (ms) the hourly run must next read the sheet for the review: for the quiet-hour gate. */
export function nextReviewCheck(props: Properties, known: ReviewKnown, now: Date): number {
  const daily = nextDailyReview(reviewedAt(props), known.calendar, now);
  return Math.min(daily, weeklyReviewCheck(props, known.settings, known.timeZone, now));
}

/** What the review's moment depends on, known before the sheet is read for it. */
export type ReviewKnown = Pick<DashboardSource, 'settings' | 'timeZone'> & { readonly calendar: BusinessCalendar };

/**
 * `source` is asked for only when the review is due (it may read the whole sheet); `settings` and
 * `timeZone` are its own, known before. `run.url` is the spreadsheet's; the weekly mail links to the
 * dashboard sheet in it. `run.stopAt` (Date.now() ms): the run's send budget; weekly reviews past it
 * wait for the next run. `run.appended`: the history rows the run just wrote, not read back.
 */
export function reviewAfterSweep(
  services: EscalationServices,
  known: ReviewKnown,
  source: () => DashboardSource,
  run: { readonly url: string; readonly stopAt: number; readonly appended?: Appended },
  now: Date,
): void {
  const { url, stopAt } = run;
  try {
    const props = services.propertiesService.getDocumentProperties();
    if (nextReviewCheck(props, known, now) > now.getTime()) return;
    // A run whose sends used its budget leaves the review (a read of every row) to the next hour,
    // inside the 6 minutes Apps Script allows: the gate stays open for it.
    if (Date.now() >= stopAt) return;
    const read = source();
    // Eight weeks: the dashboard's two windows of four (the weekly review needs two of them).
    const events = readHistorySince(read.ss, read.lang, props, now.getTime() - REVIEW_HISTORY_MS, {
      appended: run.appended,
    });
    const dashboard = writeDashboard(read, now, events, lastRecurrences(props));
    props.setProperty(REVIEWED_AT, String(now.getTime()));
    const link = `${url.replace(/#.*$/, '')}#gid=${dashboard.getSheetId()}`;
    sendWeeklyReview(services, read, events, link, now, stopAt);
  } catch (error) {
    console.error(`The dashboard or the weekly review waits for the next run: ${String(error)}`);
  }
}
