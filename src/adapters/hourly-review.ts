// What the hourly run does for the PDCA review after its escalations: the dashboard refreshed from
// the rows it already read, and the weekly review sent when its week has begun. The history is read
// once for both. A failure here is logged, never thrown: the escalations already went out.
import { type DashboardSource, lastRecurrences, writeDashboard } from './dashboard-sheet';
import type { EscalationServices } from './escalation-services';
import { readHistorySince } from './history-sheet';

const REVIEW_HISTORY_MS = 8 * 7 * 86_400_000;
import { sendWeeklyReview } from './weekly-review';

/** `url` is the spreadsheet's; the weekly mail links to the dashboard sheet in it. */
/** `stopAt` (Date.now() ms): the run's send budget; weekly reviews past it wait for the next run. */
export function reviewAfterSweep(
  services: EscalationServices,
  source: DashboardSource,
  url: string,
  now: Date,
  stopAt: number,
): void {
  try {
    // Eight weeks: the dashboard's two windows of four (the weekly review needs two of them).
    const props = services.propertiesService.getDocumentProperties();
    const events = readHistorySince(source.ss, source.lang, props, now.getTime() - REVIEW_HISTORY_MS);
    const dashboard = writeDashboard(source, now, events, lastRecurrences(props));
    const link = `${url.replace(/#.*$/, '')}#gid=${dashboard.getSheetId()}`;
    sendWeeklyReview(services, source, events, link, now, stopAt);
  } catch (error) {
    console.error(`The dashboard or the weekly review waits for the next run: ${String(error)}`);
  }
}
