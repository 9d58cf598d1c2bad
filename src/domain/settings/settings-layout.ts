// The settings sheet as a grid of cells: what set-up writes, in the spreadsheet's language.
import type { Lang } from '../language';
import { RISK_LEVELS, riskLevelLabel } from '../risk-levels';
import { MATRIX_COLUMN_IMPACT, MATRIX_ROW_URGENCY } from '../risk-matrix';
import { gradeLabel } from '../grades';
import { CATEGORIES, categoryLabel } from '../vocabulary';
import type { EscalationSettings, ManagerRoute } from './settings';
import { type FollowUpKey, type LevelColumn, SETTINGS_MESSAGES, type SettingKey } from './settings-messages';
import { formatBusinessHours, formatDuration } from './settings-values';
import { languageSectionRows } from './recipient-languages';
import { peopleSectionRows } from './people';

export const SETTINGS_WIDTH = 6;
export const LEVEL_COLUMNS: readonly LevelColumn[] = ['respondBy', 'resolveBy', 'repeat', 'stage3After', 'breachStage'];
export const SETTING_KEYS: readonly SettingKey[] = [
  'businessHours',
  'workdays',
  'nationalHolidays',
  'companyDaysOff',
  'quietHours',
  'warningPoint',
  'reminderCap',
  'executives',
  'veryHighNight',
  'weeklyReview',
];
/** The follow-up block, below the general one: settings.followUp. */
export const FOLLOW_UP_KEYS: readonly FollowUpKey[] = [
  'measureGrace',
  'effectCheckAfter',
  'retrospectiveLevels',
  'retrospectiveAfter',
];
export const MANAGER_ROUTES: readonly ManagerRoute[] = [...CATEGORIES, 'default'];

export function routeLabel(route: ManagerRoute, lang: Lang): string {
  return route === 'default' ? SETTINGS_MESSAGES[lang].routingDefault : categoryLabel(route, lang);
}

function generalValue(key: SettingKey, settings: EscalationSettings, lang: Lang): string | number {
  const m = SETTINGS_MESSAGES[lang];
  switch (key) {
    case 'businessHours':
      return formatBusinessHours(settings.businessHours);
    case 'workdays':
      return settings.workdays.map((d) => m.weekdays[d]).join(lang === 'ja' ? ',' : ', ');
    case 'nationalHolidays':
      return settings.nationalHolidays ? m.words.yes : m.words.no;
    case 'companyDaysOff':
      return settings.companyDaysOff.join(', ');
    case 'quietHours':
      return settings.quietOutsideBusinessHours ? m.words.outsideHours : m.words.none;
    case 'warningPoint':
      return `${Math.round(settings.warningPoint * 100)}%`;
    case 'reminderCap':
      return settings.reminderCap;
    case 'executives':
      return settings.executives.join(', ');
    case 'veryHighNight':
      return settings.veryHighRepeatsOvernight === 'everyRun' ? m.words.everyRun : m.words.inBusinessHours;
    case 'weeklyReview':
      return settings.weeklyReviewDay === null ? m.words.none : (m.weekdays[settings.weeklyReviewDay] as string);
    case 'measureGrace':
    case 'effectCheckAfter':
    case 'retrospectiveAfter':
      return formatDuration(settings.followUp[key], lang, 'atOnce');
    case 'retrospectiveLevels':
      return settings.followUp.retrospectiveLevels.length === 0
        ? m.words.none
        : settings.followUp.retrospectiveLevels.map((l) => riskLevelLabel(l, lang)).join(lang === 'ja' ? ',' : ', ');
  }
}

function levelRow(settings: EscalationSettings, lang: Lang, level: (typeof RISK_LEVELS)[number]): (string | number)[] {
  const policy = settings.levels[level];
  return [
    riskLevelLabel(level, lang),
    formatDuration(policy.respondBy, lang, 'atOnce'),
    formatDuration(policy.resolveBy, lang, 'atOnce'),
    formatDuration(policy.repeat, lang, 'everyRun'),
    formatDuration(policy.stage3After, lang, 'atOnce'),
    SETTINGS_MESSAGES[lang].stageNames[policy.breachStage - 1] as string,
  ];
}

/** Rows of SETTINGS_WIDTH cells; found again by their labels in column A, so people may move them. */
export function settingsGrid(settings: EscalationSettings, lang: Lang): (string | number)[][] {
  const m = SETTINGS_MESSAGES[lang];
  const rows: (string | number)[][] = [
    [m.matrixTitle],
    [m.matrixCorner, ...MATRIX_COLUMN_IMPACT.map((g) => gradeLabel(g, lang))],
    ...MATRIX_ROW_URGENCY.map((u) => [
      gradeLabel(u, lang),
      ...MATRIX_COLUMN_IMPACT.map((i) => riskLevelLabel(settings.matrix[u][i], lang)),
    ]),
    [],
    [m.levelsTitle],
    [m.levelHeader, ...LEVEL_COLUMNS.map((c) => m.levelColumns[c])],
    ...RISK_LEVELS.map((level) => levelRow(settings, lang, level)),
    [],
    [m.generalTitle],
    ...SETTING_KEYS.map((key) => [m.keys[key], generalValue(key, settings, lang)]),
    [],
    [m.followUpTitle],
    ...FOLLOW_UP_KEYS.map((key) => [m.keys[key], generalValue(key, settings, lang)]),
    [],
    [m.routingTitle],
    ...MANAGER_ROUTES.map((route) => [routeLabel(route, lang), (settings.managers[route] ?? []).join(', ')]),
    [],
    ...peopleSectionRows(settings, lang),
    [],
    // Last: a long list of recipients grows downwards with nothing below it.
    ...languageSectionRows(settings, lang),
  ];
  return padded(rows);
}

/** Rows of exactly SETTINGS_WIDTH cells, as one setValues needs. */
export function padded(rows: readonly (readonly (string | number)[])[]): (string | number)[][] {
  return rows.map((row) => Array.from({ length: SETTINGS_WIDTH }, (_, i) => row[i] ?? ''));
}
