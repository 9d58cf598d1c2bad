// The weekly review mail (週次レビュー), sent by the first hourly run at or after the review week's
// start, once per recipient and week: each send is remembered at once (one property write), so a
// run cut off half way sends the rest next hour and never one twice; a recipient the day's quota
// leaves out is sent to by a later run.
import { escapeHtml } from '../domain/notices/digest';
import { type EscalationSettings, calendarOf } from '../domain/settings/settings';
import { recipientLang } from '../domain/settings/recipient-languages';
import type { HistoryEvent } from '../domain/history/history-events';
import { hasNews, reviewWeekStart, weeklyMail, weeklyReviewOf } from '../domain/review/weekly-review';
import { type DashboardSource, reviewIncidents } from './dashboard-sheet';
import type { EscalationServices } from './escalation-services';
import { fingerprint, readLargeProperty, writeLargeProperty } from './large-property';
import { readMeasures } from './measures-sheet';

const KEY = 'weeklyReviewSent';

interface Sent {
  /** The review week's key ('YYYY-MM-DD' of its start). */
  readonly week: string;
  /** Fingerprints of the recipients told this week. */
  readonly to: readonly string[];
  /** Everyone is told (or there was nothing to say): the quiet-hour gate may wait for next week. */
  readonly settled?: boolean;
}

function readSent(value: string | null): Sent | null {
  try {
    const parsed = value ? (JSON.parse(value) as Sent) : null;
    return parsed && typeof parsed.week === 'string' && Array.isArray(parsed.to) ? parsed : null;
  } catch {
    return null;
  }
}

/** Managers of every route and the executives, each once (addresses compared in lower case). */
function reviewRecipients(source: DashboardSource): string[] {
  const all = [...Object.values(source.settings.managers).flat(), ...source.settings.executives];
  const seen = new Set<string>();
  return all.filter((e) => e && !seen.has(e.toLowerCase()) && seen.add(e.toLowerCase()));
}

/**
 * For the quiet-hour gate: the moment (ms) a run must read the sheet for the weekly review. Now when
 * this week's review is not yet settled (its run was cut short, or the quota left someone out);
 * else the next week's start.
 */
export function weeklyReviewCheck(
  props: GoogleAppsScript.Properties.Properties,
  settings: EscalationSettings,
  timeZone: string,
  now: Date,
): number {
  if (settings.weeklyReviewDay === null) return Infinity;
  const moment = { weekday: settings.weeklyReviewDay, minute: settings.businessHours.startMinute };
  const week = reviewWeekStart(now, moment, timeZone);
  const sent = readSent(readLargeProperty(props, KEY));
  if (sent?.week !== week.key || sent.settled !== true) return now.getTime();
  const nextWeek = new Date(week.at + 8 * 86_400_000); // into next week, whatever the clock change
  return reviewWeekStart(nextWeek, moment, timeZone).at;
}

/** Returns how many reviews went out. `dashboardUrl` is where the mail's link points. */
export function sendWeeklyReview(
  services: EscalationServices,
  source: DashboardSource,
  events: readonly HistoryEvent[],
  dashboardUrl: string,
  now: Date,
  /** The run's send budget (Date.now() ms), as the digests keep: the rest go next run. */
  stopAt = Infinity,
): number {
  const { settings, timeZone } = source;
  if (settings.weeklyReviewDay === null) return 0;
  const props = services.propertiesService.getDocumentProperties();
  const moment = { weekday: settings.weeklyReviewDay, minute: settings.businessHours.startMinute };
  const week = reviewWeekStart(now, moment, timeZone);
  const stored = readSent(readLargeProperty(props, KEY));
  const told = new Set(stored?.week === week.key ? stored.to : []);
  const waiting = reviewRecipients(source).filter((r) => !told.has(fingerprint(r.toLowerCase())));
  let left = waiting.length;
  // Past a few hundred recipients the list passes a property's 9 KB: kept in parts.
  const done = () =>
    writeLargeProperty(props, KEY, JSON.stringify({ week: week.key, to: [...told], settled: left === 0 }));
  if (waiting.length === 0) {
    if (stored?.week !== week.key || stored.settled !== true) done(); // checked once, not every hour
    return 0;
  }
  const review = weeklyReviewOf({
    incidents: reviewIncidents(source, now, false),
    events,
    measures: readMeasures(source.ss, source.lang, timeZone).measures,
    settings,
    calendar: calendarOf(settings, timeZone),
    weekStart: week.at,
    now,
  });
  if (!hasNews(review)) {
    waiting.forEach((r) => told.add(fingerprint(r.toLowerCase())));
    left = 0;
    done();
    return 0;
  }
  let quota = services.mailApp.getRemainingDailyQuota();
  let sent = 0;
  for (const recipient of waiting) {
    if (quota < 1 || Date.now() >= stopAt) break; // the rest wait for a later run: never lost
    const lang = recipientLang(recipient, settings.recipientLanguages, source.lang);
    const mail = weeklyMail(review, lang, dashboardUrl, timeZone, escapeHtml);
    try {
      services.mailApp.sendEmail({ to: recipient, subject: mail.subject, body: mail.text, htmlBody: mail.html });
    } catch (error) {
      console.error(`Weekly review to ${recipient} left for the next run: ${String(error)}`);
      continue;
    }
    quota--;
    sent++;
    left--;
    told.add(fingerprint(recipient.toLowerCase()));
    done();
  }
  return sent;
}
