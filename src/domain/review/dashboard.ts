// The dashboard sheet as one grid of cells in a language: what the refresh writes with one setValues,
// where the level colours go, and the ranges its charts point at.
import type { Lang } from '../language';
import { gradeLabel } from '../grades';
import { RISK_LEVELS, type RiskLevel, riskLevelLabel } from '../risk-levels';
import { MATRIX_COLUMN_IMPACT, MATRIX_ROW_URGENCY, type RiskMatrix } from '../risk-matrix';
import { STATUSES, categoryLabel, statusLabel } from '../vocabulary';
import type { BusinessCalendar } from '../calendar/business-calendar';
import type { HistoryEvent } from '../history/history-events';
import type { EscalationSettings } from '../settings/settings';
import { DASHBOARD_MESSAGES } from './dashboard-messages';
import { type LateItem, lateSteps } from './late';
import { type OpenRisk, openRiskOf } from './open-risk';
import { type ReviewIncident, milestonesOf } from './review-input';
import { type LevelSpeed, type SpeedTable, speedOf } from './speed';
import type { Spread } from './spread';
import { CATEGORY_ROWS, type MonthlyCounts, type Recurrence, monthlyCounts, recurrencesOf } from './trends';

export const DASHBOARD_WIDTH = 13;
/** Longest list shown in each section; the rest is counted in one line. */
export const LIST_ROWS = 20;
const WEEK = 7 * 86_400_000;

/**
 * Recurrences need the summaries, the longest text the review reads: they are counted when someone
 * refreshes the dashboard from the menu, and the hourly runs carry that count over (with its time).
 */
export interface CountedRecurrences {
  /** When they were counted (ms); null: not yet. */
  readonly at: number | null;
  readonly days: number;
  readonly total: number;
  /** The newest LIST_ROWS of them. */
  readonly items: readonly Recurrence[];
}

export function countRecurrences(incidents: readonly ReviewIncident[], days: number, now: Date): CountedRecurrences {
  const all = recurrencesOf(incidents, days);
  return { at: now.getTime(), days, total: all.length, items: all.slice(0, LIST_ROWS) };
}

export interface DashboardData {
  readonly openRisk: OpenRisk;
  readonly current: SpeedTable;
  readonly previous: SpeedTable;
  readonly late: readonly LateItem[];
  readonly monthly: MonthlyCounts;
  readonly recurrences: CountedRecurrences;
  readonly matrix: RiskMatrix;
}

/** One pass over the incidents per figure and one over the history: linear in both. */
export function dashboardData(
  incidents: readonly ReviewIncident[],
  events: readonly HistoryEvent[],
  settings: EscalationSettings,
  calendar: BusinessCalendar,
  now: Date,
  recurrences: CountedRecurrences,
): DashboardData {
  const milestones = milestonesOf(events);
  const t = now.getTime();
  const last4 = { from: t - 4 * WEEK, to: t + 1 };
  const before4 = { from: t - 8 * WEEK, to: t - 4 * WEEK };
  return {
    openRisk: openRiskOf(incidents, calendar, t),
    current: speedOf(incidents, milestones, calendar, last4, t),
    previous: speedOf(incidents, milestones, calendar, before4, t),
    late: lateSteps(incidents, milestones, settings, calendar, { from: before4.from, to: last4.to }, t),
    monthly: monthlyCounts(incidents, calendar.timeZone, now),
    recurrences,
    matrix: settings.matrix,
  };
}

/** 1-based, as getRange takes them. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface DashboardGrid {
  /** DASHBOARD_WIDTH cells each. */
  readonly rows: (string | number)[][];
  /** The matrix's count cells with the level that colours each. */
  readonly levelCells: readonly { readonly row: number; readonly column: number; readonly level: RiskLevel }[];
  /**
   * The ranges the native charts read (headers included). They come before every list whose length
   * varies, so they stand at the same cells on every refresh and a chart made once stays right.
   */
  readonly charts: { readonly monthly: Block; readonly medians: Block };
}

const share = (value: number | null) => (value === null ? '' : Math.round(value * 1000) / 10 + '%');
const figure = (value: number | null) => (value === null ? '' : value);

export function dashboardGrid(
  data: DashboardData,
  lang: Lang,
  refreshedAt: string,
  /** An instant as the sheet's clock shows it. */
  countedAt: (ms: number) => string,
): DashboardGrid {
  const m = DASHBOARD_MESSAGES[lang];
  const rows: (string | number)[][] = [];
  const levelCells: { row: number; column: number; level: RiskLevel }[] = [];
  const add = (...cells: (string | number)[]) => rows.push(cells);
  const level = (l: RiskLevel) => riskLevelLabel(l, lang);
  const list = <T>(items: readonly T[], row: (item: T) => (string | number)[]) => {
    if (items.length === 0) add(m.nothing);
    for (const item of items.slice(0, LIST_ROWS)) add(...row(item));
    if (items.length > LIST_ROWS) add(m.more(items.length - LIST_ROWS));
  };

  add(m.title, '', m.refreshedAt, refreshedAt);
  add();
  add(m.openRisk);
  add(m.matrixCorner, ...MATRIX_COLUMN_IMPACT.map((g) => gradeLabel(g, lang)));
  for (const urgency of MATRIX_ROW_URGENCY) {
    MATRIX_COLUMN_IMPACT.forEach((impact, i) =>
      levelCells.push({ row: rows.length + 1, column: i + 2, level: data.matrix[urgency][impact] }),
    );
    add(gradeLabel(urgency, lang), ...MATRIX_COLUMN_IMPACT.map((impact) => data.openRisk.grid[urgency][impact]));
  }
  add();
  add(m.level, m.count, '', m.status, m.count);
  const statuses = STATUSES.map((s) => [statusLabel(s, lang), data.openRisk.byStatus[s]] as const);
  for (let i = 0; i < Math.max(RISK_LEVELS.length, statuses.length); i++) {
    const l = RISK_LEVELS[i];
    const s = statuses[i];
    add(l ? level(l) : '', l ? data.openRisk.byLevel[l] : '', '', s?.[0] ?? '', s?.[1] ?? '');
  }
  add();
  add(m.mediansTitle);
  const medians: Block = { row: rows.length + 1, column: 1, rows: RISK_LEVELS.length + 1, columns: 5 };
  add(
    m.level,
    m.steps.occurrenceToReport,
    m.steps.reportToEscalation,
    m.steps.reportToAcknowledgement,
    m.steps.reportToResolution,
  );
  for (const l of RISK_LEVELS) {
    const s = data.current[l];
    add(
      level(l),
      ...[s.occurrenceToReport, s.reportToEscalation, s.reportToAcknowledgement, s.reportToResolution].map(
        (x) => x.median ?? 0,
      ),
    );
  }
  add();

  add(m.frequencyTitle);
  const monthly: Block = { row: rows.length + 1, column: 1, rows: CATEGORY_ROWS.length + 1, columns: 13 };
  add('', ...data.monthly.months);
  for (const c of CATEGORY_ROWS) add(c === 'none' ? m.noCategory : categoryLabel(c, lang), ...data.monthly.counts[c]);
  add();

  add(m.speedTitle);
  add(...m.speedHeaders);
  for (const l of RISK_LEVELS) speedRows(data.current[l], data.previous[l], level(l), m).forEach((r) => add(...r));
  add();
  add(m.overdueTitle);
  add(...m.overdueHeaders);
  list(data.openRisk.overdue, (o) => [o.id, level(o.level), m.deadlines[o.deadline], o.hoursOverdue]);
  add();

  add(m.lateTitle);
  add(...m.lateHeaders);
  list(data.late, (x) => [x.id, level(x.level), m.lateSteps[x.step], x.hoursLate, x.waiting ? m.stillWaiting : '']);
  add();

  const counted = data.recurrences;
  add(m.recurrenceTitle(counted.days), '', '', counted.at === null ? m.notCounted : m.countedAt(countedAt(counted.at)));
  add(...m.recurrenceHeaders);
  if (counted.at !== null) list(counted.items, (r) => [r.id, r.earlierId, m.basis[r.basis], r.daysApart]);
  if (counted.total > counted.items.length) add(m.more(counted.total - counted.items.length));

  const padded = rows.map((r) => Array.from({ length: DASHBOARD_WIDTH }, (_, i) => r[i] ?? ''));
  return { rows: padded, levelCells, charts: { monthly, medians } };
}

function speedRows(
  current: LevelSpeed,
  previous: LevelSpeed,
  label: string,
  m: (typeof DASHBOARD_MESSAGES)['ja'],
): (string | number)[][] {
  const spread = (name: string, a: Spread, b: Spread) => [
    label,
    name,
    figure(a.median),
    figure(a.p90),
    figure(b.median),
    figure(b.p90),
    a.count,
    b.count,
  ];
  return [
    spread(m.steps.occurrenceToReport, current.occurrenceToReport, previous.occurrenceToReport),
    spread(m.steps.reportToEscalation, current.reportToEscalation, previous.reportToEscalation),
    spread(m.steps.reportToAcknowledgement, current.reportToAcknowledgement, previous.reportToAcknowledgement),
    spread(m.steps.reportToResolution, current.reportToResolution, previous.reportToResolution),
    [
      label,
      m.steps.resolvedInTime,
      share(current.resolvedInTime),
      '',
      share(previous.resolvedInTime),
      '',
      current.incidents,
      previous.incidents,
    ],
    [
      label,
      m.steps.escalated,
      share(current.escalated),
      '',
      share(previous.escalated),
      '',
      current.incidents,
      previous.incidents,
    ],
  ];
}
