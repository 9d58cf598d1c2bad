// What the hourly run does for the PDCA review after its escalations: the dashboard refreshed from
// the rows it already read, and the weekly review sent when its week has begun. The history is read
// once for both. A failure here is logged, never thrown: the escalations already went out.
import { writeDashboard, type DashboardSource } from './dashboard-sheet';
import type { EscalationServices } from './escalation-services';
import { readHistory } from './history-sheet';
import { sendWeeklyReview } from './weekly-review';

/** `url` is the spreadsheet's; the weekly mail links to the dashboard sheet in it. */
export function reviewAfterSweep(services: EscalationServices, source: DashboardSource, url: string, now: Date): void {
  try {
    const events = readHistory(source.ss, source.lang);
    const dashboard = writeDashboard(source, now, events);
    const link = `${url.replace(/#.*$/, '')}#gid=${dashboard.getSheetId()}`;
    sendWeeklyReview(services, source, events, link, now);
  } catch (error) {
    console.error(`The dashboard or the weekly review waits for the next run: ${String(error)}`);
  }
}
