// The weekly review (週次レビュー): the week's numbers against the week before, the late escalations
// and the measures past their due date, as one mail per recipient. Weeks start at the review's
// moment (default Monday at the start of business hours) on the document's wall clock.
import type { Lang } from '../language';
import { riskLevelLabel } from '../risk-levels';
import { isFinished } from '../vocabulary';
import type { BusinessCalendar } from '../calendar/business-calendar';
import { dayKey, localTime, weekday, zonedInstant } from '../calendar/zoned-time';
import type { HistoryEvent } from '../history/history-events';
import type { Measure } from '../measures/measure-row';
import type { EscalationSettings } from '../settings/settings';
import { DASHBOARD_MESSAGES } from './dashboard-messages';
import { type LateItem, lateSteps } from './late';
import { type Milestones, type ReviewIncident, milestonesOf, stepsOf } from './review-input';
import { type Window, businessHours } from './speed';
import { spreadOf } from './spread';
import { WEEKLY_MESSAGES } from './weekly-messages';

/** When a review week starts: a weekday (0 = Sunday) and a minute of the day. */
export interface ReviewMoment {
  readonly weekday: number;
  readonly minute: number;
}

/** The start (ms) of the review week that holds `now`, and the day key that names it. */
export function reviewWeekStart(now: Date, moment: ReviewMoment, timeZone: string): { at: number; key: string } {
  const today = localTime(now, timeZone).day;
  let day = today - ((weekday(today) - moment.weekday + 7) % 7);
  if (zonedInstant(day, moment.minute, timeZone).getTime() > now.getTime()) day -= 7;
  return { at: zonedInstant(day, moment.minute, timeZone).getTime(), key: dayKey(day) };
}

export interface WeekTotals {
  readonly reported: number;
  readonly escalated: number;
  readonly resolved: number;
  readonly reportToAcknowledgement: number | null;
  readonly reportToResolution: number | null;
  readonly resolvedInTime: number | null;
}

export interface WeeklyReview {
  /** 'YYYY-MM-DD' of the week's first and last day. */
  readonly from: string;
  readonly to: string;
  readonly current: WeekTotals;
  readonly previous: WeekTotals;
  readonly late: readonly LateItem[];
  readonly overdueMeasures: readonly Measure[];
}

const within = (at: number | undefined, w: Window) => at !== undefined && at >= w.from && at < w.to;

function totals(
  incidents: readonly ReviewIncident[],
  milestones: ReadonlyMap<string, Milestones>,
  calendar: BusinessCalendar,
  w: Window,
): WeekTotals {
  let reported = 0;
  let escalated = 0;
  let resolved = 0;
  let due = 0;
  let inTime = 0;
  const toAck: number[] = [];
  const toResolution: number[] = [];
  for (const incident of incidents) {
    const steps = stepsOf(incident, milestones.get(incident.id));
    if (within(steps.escalated, w)) escalated++;
    if (within(steps.resolved, w)) {
      resolved++;
      const resolveBy = incident.resolveBy?.getTime();
      if (resolveBy !== undefined) {
        due++;
        if ((steps.resolved as number) <= resolveBy) inTime++;
      }
    }
    if (!within(steps.reported, w)) continue;
    reported++;
    const from = steps.reported as number;
    if (steps.acknowledged !== undefined) toAck.push(businessHours(from, Math.max(from, steps.acknowledged), calendar));
    if (steps.resolved !== undefined) toResolution.push(businessHours(from, Math.max(from, steps.resolved), calendar));
  }
  return {
    reported,
    escalated,
    resolved,
    reportToAcknowledgement: spreadOf(toAck).median,
    reportToResolution: spreadOf(toResolution).median,
    resolvedInTime: due === 0 ? null : inTime / due,
  };
}

export function weeklyReviewOf(input: {
  incidents: readonly ReviewIncident[];
  events: readonly HistoryEvent[];
  measures: readonly Measure[];
  settings: EscalationSettings;
  calendar: BusinessCalendar;
  /** The review week's start (reviewWeekStart): the week reviewed is the seven days before it. */
  weekStart: number;
  now: Date;
}): WeeklyReview {
  const { calendar, weekStart } = input;
  const tz = calendar.timeZone;
  const startDay = localTime(new Date(weekStart), tz);
  const dayStart = (days: number) => zonedInstant(startDay.day - days, startDay.minute, tz).getTime();
  const week = { from: dayStart(7), to: weekStart };
  const before = { from: dayStart(14), to: dayStart(7) };
  const milestones = milestonesOf(input.events);
  const open = new Map(input.incidents.map((i) => [i.id, !(i.status && isFinished(i.status))]));
  return {
    from: dayKey(startDay.day - 7),
    to: dayKey(startDay.day - 1),
    current: totals(input.incidents, milestones, calendar, week),
    previous: totals(input.incidents, milestones, calendar, before),
    late: lateSteps(input.incidents, milestones, input.settings, calendar, week, input.now.getTime()),
    overdueMeasures: input.measures.filter(
      (m) =>
        m.status !== 'done' &&
        m.status !== 'dropped' &&
        m.dueAt !== null &&
        m.dueAt.getTime() < weekStart &&
        open.get(m.incidentId) !== false,
    ),
  };
}

/** Nothing reported, resolved or escalated, nothing late and no measure overdue: no mail. */
export function hasNews(review: WeeklyReview): boolean {
  const c = review.current;
  return c.reported + c.escalated + c.resolved + review.late.length + review.overdueMeasures.length > 0;
}

const LIST = 20;

export function weeklyMail(
  review: WeeklyReview,
  lang: Lang,
  dashboardUrl: string,
  timeZone: string,
  escape: (text: string) => string,
): { subject: string; text: string; html: string } {
  const m = WEEKLY_MESSAGES[lang];
  const d = DASHBOARD_MESSAGES[lang];
  const share = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
  const hours = (v: number | null) => (v === null ? '—' : m.hours(v));
  const c = review.current;
  const p = review.previous;
  const figures: [string, string, string][] = [
    [m.figures.reported, String(c.reported), String(p.reported)],
    [m.figures.escalated, String(c.escalated), String(p.escalated)],
    [m.figures.resolved, String(c.resolved), String(p.resolved)],
    [m.figures.reportToAcknowledgement, hours(c.reportToAcknowledgement), hours(p.reportToAcknowledgement)],
    [m.figures.reportToResolution, hours(c.reportToResolution), hours(p.reportToResolution)],
    [m.figures.resolvedInTime, share(c.resolvedInTime), share(p.resolvedInTime)],
  ];
  const lateLines = review.late.map((x) =>
    m.lateLine(x.id, riskLevelLabel(x.level, lang), d.lateSteps[x.step], x.hoursLate, x.waiting),
  );
  const measureLines = review.overdueMeasures.map((x) =>
    m.measureLine(x.incidentId, x.measure, x.owner, x.dueAt ? dayKey(localTime(x.dueAt, timeZone).day) : ''),
  );
  const list = (lines: string[]) =>
    lines.length === 0
      ? [m.none]
      : [...lines.slice(0, LIST), ...(lines.length > LIST ? [m.more(lines.length - LIST)] : [])];
  const sections: [string, string[]][] = [
    [m.lateTitle, list(lateLines)],
    [m.measuresTitle, list(measureLines)],
  ];
  const text = [
    m.intro(review.from, review.to),
    '',
    m.figuresTitle,
    ...figures.map(([name, now, then]) => `${name}: ${now} (${then})`),
    ...sections.flatMap(([title, lines]) => ['', title, ...lines]),
    '',
    `${m.dashboardLink}: ${dashboardUrl}`,
  ].join('\n');
  const row = (cells: string[], tag: 'td' | 'th') =>
    `<tr>${cells.map((x) => `<${tag}>${escape(x)}</${tag}>`).join('')}</tr>`;
  const html = [
    `<p>${escape(m.intro(review.from, review.to))}</p>`,
    `<h3>${escape(m.figuresTitle)}</h3>`,
    `<table>${row([...m.figureHeaders], 'th')}${figures.map((f) => row(f, 'td')).join('')}</table>`,
    ...sections.map(
      ([title, lines]) => `<h3>${escape(title)}</h3><ul>${lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>`,
    ),
    `<p><a href="${escape(dashboardUrl)}">${escape(m.dashboardLink)}</a></p>`,
  ].join('');
  return { subject: m.subject(review.from, review.to, c.reported, c.resolved, review.late.length), text, html };
}
