// The escalation settings the team sees and changes, with the defaults of docs/domain.md §8.
import type { Lang } from '../language';
import type { RiskLevel } from '../risk-levels';
import { DEFAULT_MATRIX, type RiskMatrix } from '../risk-matrix';
import type { Category } from '../vocabulary';
import { type BusinessCalendar, businessDayMinutes, createCalendar } from '../calendar/business-calendar';
import { dayNumber } from '../calendar/zoned-time';

export type Stage = 1 | 2 | 3;
export const STAGES: readonly Stage[] = [1, 2, 3];

/** Business time: hours of it, or business days (one business day = the business hours of a day). */
export interface Duration {
  readonly amount: number;
  readonly unit: 'hours' | 'days';
}

export interface LevelPolicy {
  /** Unacknowledged past this, the manager is told (null: no respond-by target). 0 = at once. */
  readonly respondBy: Duration | null;
  readonly resolveBy: Duration | null;
  /** Between reminders of the same notice (null: told once). 0 = every run. */
  readonly repeat: Duration | null;
  /** After respond-by, still unacknowledged, executives are told (null: never by this rule). */
  readonly stage3After: Duration | null;
  /** Who is told when resolve-by passes unresolved: 1 owner, 2 managers, 3 managers and executives. */
  readonly breachStage: Stage;
}

export type ManagerRoute = Category | 'default';

export interface EscalationSettings {
  readonly matrix: RiskMatrix;
  readonly levels: Readonly<Record<RiskLevel, LevelPolicy>>;
  readonly businessHours: { readonly startMinute: number; readonly endMinute: number };
  readonly workdays: readonly number[];
  readonly nationalHolidays: boolean;
  /** 'YYYY-MM-DD' in the spreadsheet's time zone. */
  readonly companyDaysOff: readonly string[];
  readonly executives: readonly string[];
  readonly managers: Readonly<Partial<Record<ManagerRoute, readonly string[]>>>;
  /** Outside business hours only very-high notices go out. */
  readonly quietOutsideBusinessHours: boolean;
  /** Fraction of the way to a deadline at which the owner is warned (0.75). */
  readonly warningPoint: number;
  /** Most reminders of one notice to one person. */
  readonly reminderCap: number;
  /** Recipients (addresses in lower case) who read another language than the spreadsheet's. */
  readonly recipientLanguages: Readonly<Record<string, Lang>>;
  /** Steps 4–7 (follow-up, resolution check, retrospective): see FollowUpSettings. */
  readonly followUp: FollowUpSettings;
  /**
   * Outside business hours a very-high incident's first notice goes at once; its repeats either
   * follow every run ('everyRun') or wait for business hours ('businessHours'), so the reminder
   * cap is not spent while everyone sleeps.
   */
  readonly veryHighRepeatsOvernight: 'everyRun' | 'businessHours';
  /**
   * The people table (名簿): a name as people write it in 担当者 or エスカレーション先, keyed by
   * normalizeKey(name), to the address mail goes to.
   */
  readonly people: Readonly<Record<string, string>>;
  /**
   * The weekday (0 = Sunday) whose business opening starts a review week: the weekly review mail
   * goes then to the managers and executives. null: no weekly review.
   */
  readonly weeklyReviewDay: number | null;
}

export interface FollowUpSettings {
  /** A measure past due and not done reaches the incident's managers after this much more. */
  readonly measureGrace: Duration;
  /** A measure done without an effect check is reminded this long after it was done. */
  readonly effectCheckAfter: Duration;
  /** Levels whose incidents need a retrospective (振り返り) before 完了. */
  readonly retrospectiveLevels: readonly RiskLevel[];
  /** A resolved incident still without its retrospective reminds its owner after this long. */
  readonly retrospectiveAfter: Duration;
}

/**
 * How far each setting may go: generous for any real team, and each bound is told in the message
 * (settings-messages.ts `allowed` reads these numbers), so a typo such as 99999 days is reported by cell, not obeyed.
 * A deadline up to a business year; a repeat from an hour (0 is "every run") to about a week.
 */
export const SETTING_BOUNDS = {
  deadlineHours: 2000,
  deadlineDays: 250,
  repeatHours: { min: 1, max: 40 },
  repeatDays: { min: 0.5, max: 5 },
  reminderCap: 100,
} as const;

const hours = (amount: number): Duration => ({ amount, unit: 'hours' });
const days = (amount: number): Duration => ({ amount, unit: 'days' });

export const DEFAULT_SETTINGS: EscalationSettings = {
  matrix: DEFAULT_MATRIX,
  levels: {
    veryHigh: { respondBy: hours(0), resolveBy: hours(4), repeat: hours(0), stage3After: hours(0), breachStage: 3 },
    high: { respondBy: hours(4), resolveBy: days(1), repeat: hours(4), stage3After: days(1), breachStage: 3 },
    medium: { respondBy: null, resolveBy: days(5), repeat: days(1), stage3After: null, breachStage: 2 },
    low: { respondBy: null, resolveBy: days(10), repeat: days(1), stage3After: null, breachStage: 1 },
  },
  businessHours: { startMinute: 9 * 60, endMinute: 18 * 60 },
  workdays: [1, 2, 3, 4, 5],
  nationalHolidays: true,
  companyDaysOff: [],
  executives: [],
  managers: {},
  quietOutsideBusinessHours: true,
  warningPoint: 0.75,
  reminderCap: 10,
  recipientLanguages: {},
  followUp: {
    measureGrace: days(2),
    effectCheckAfter: days(10),
    retrospectiveLevels: ['veryHigh', 'high'],
    retrospectiveAfter: days(5),
  },
  veryHighRepeatsOvernight: 'businessHours',
  people: {},
  weeklyReviewDay: 1,
};

export function calendarOf(settings: EscalationSettings, timeZone: string): BusinessCalendar {
  return createCalendar({
    timeZone,
    ...settings.businessHours,
    workdays: settings.workdays,
    nationalHolidays: settings.nationalHolidays,
    companyDaysOff: settings.companyDaysOff.map((key) => {
      const [y, m, d] = key.split('-').map(Number);
      return dayNumber(y as number, m as number, d as number);
    }),
  });
}

export function durationMinutes(duration: Duration, calendar: BusinessCalendar): number {
  return Math.round(duration.amount * (duration.unit === 'hours' ? 60 : businessDayMinutes(calendar)));
}
