// Reads the settings sheet's grid back into settings, naming every bad cell and what it allows.
// Rows are found by their labels (either language); a missing row keeps its default.
import { readPeople } from './people';
import { type RiskLevel, parseRiskLevel } from '../risk-levels';
import { MATRIX_COLUMN_IMPACT, MATRIX_ROW_URGENCY } from '../risk-matrix';
import { normalizeKey } from '../text';
import { DEFAULT_SETTINGS, type EscalationSettings, type LevelPolicy, type ManagerRoute } from './settings';
import { LEVEL_COLUMNS, MANAGER_ROUTES, routeLabel } from './settings-layout';
import { type AllowedKind, SETTINGS_MESSAGES, type SettingKey } from './settings-messages';
import * as values from './settings-values';
import { isEmail } from '../emails';
import { readRecipientLanguages } from './recipient-languages';
import { type Grid, Reader, type SettingSubject, type SettingsProblem } from './settings-reader';

export interface SettingsReading {
  readonly settings: EscalationSettings;
  /** One per bad cell, as data (settings-problems.ts tells them); empty when the sheet is valid. */
  readonly problems: readonly SettingsProblem[];
}

const label = (pick: (m: (typeof SETTINGS_MESSAGES)['ja']) => string) =>
  new Set([normalizeKey(pick(SETTINGS_MESSAGES.ja)), normalizeKey(pick(SETTINGS_MESSAGES.en))]);

function readMatrix(r: Reader): EscalationSettings['matrix'] {
  const corner = r.rowOf(label((m) => m.matrixCorner));
  if (corner < 0) return DEFAULT_SETTINGS.matrix;
  const what: SettingSubject = { kind: 'matrix' };
  const level = (v: unknown) => parseRiskLevel(v)?.level;
  const rows = MATRIX_ROW_URGENCY.map((urgency, u) => [
    urgency,
    Object.fromEntries(
      MATRIX_COLUMN_IMPACT.map((impact, i) => [
        impact,
        r.read(corner + 1 + u, 1 + i, what, 'level', level, DEFAULT_SETTINGS.matrix[urgency][impact]),
      ]),
    ),
  ]);
  return Object.fromEntries(rows) as EscalationSettings['matrix'];
}

function readLevels(r: Reader): EscalationSettings['levels'] {
  const header = r.rowOf(label((m) => m.levelHeader));
  const levels = { ...DEFAULT_SETTINGS.levels };
  if (header < 0) return levels;
  const seen = new Set<RiskLevel>();
  r.grid.forEach((row, i) => {
    const level = i > header ? parseRiskLevel(row[0])?.level : undefined;
    if (!level || seen.has(level)) return;
    seen.add(level);
    const base = DEFAULT_SETTINGS.levels[level];
    const policy = Object.fromEntries(
      LEVEL_COLUMNS.map((column, c) => {
        const [kind, parse] =
          column === 'breachStage'
            ? (['stage', values.parseStage] as const)
            : column === 'repeat'
              ? (['repeat', values.parseRepeat] as const)
              : (['duration', values.parseDuration] as const);
        return [column, r.read(i, c + 1, { kind: 'level', label: String(row[0]), column }, kind, parse, base[column])];
      }),
    );
    levels[level] = policy as unknown as LevelPolicy;
  });
  return levels;
}

function readEmails(r: Reader, row: number, what: SettingSubject): string[] {
  return r.items(row).flatMap(({ value, column }) => {
    const email = r.read(
      row,
      column,
      what,
      'email',
      (v) => (typeof v === 'string' && isEmail(v) ? v : undefined),
      '',
      value,
    );
    return email ? [email] : [];
  });
}

function readGeneral(r: Reader, timeZone: string): Partial<EscalationSettings> {
  const out: Record<string, unknown> = {};
  const at = (key: SettingKey) => r.rowOf(label((x) => x.keys[key]));
  const one = <T>(key: SettingKey, kind: AllowedKind, parse: (v: unknown) => T | undefined, apply: (v: T) => void) => {
    const row = at(key);
    if (row >= 0) {
      const v = r.read(row, 1, { kind: 'key', key }, kind, parse, undefined);
      if (v !== undefined) apply(v);
    }
  };
  one('businessHours', 'businessHours', values.parseBusinessHours, (v) => (out.businessHours = v));
  one('workdays', 'workdays', values.parseWorkdays, (v) => (out.workdays = v));
  one('nationalHolidays', 'yesNo', values.parseYesNo, (v) => (out.nationalHolidays = v));
  one('quietHours', 'quietHours', values.parseQuietHours, (v) => (out.quietOutsideBusinessHours = v));
  one('warningPoint', 'percent', values.parsePercent, (v) => (out.warningPoint = v));
  one('reminderCap', 'count', values.parseCount, (v) => (out.reminderCap = v));
  one('veryHighNight', 'nightRepeats', values.parseNightRepeats, (v) => (out.veryHighRepeatsOvernight = v));
  one('weeklyReview', 'weekday', values.parseWeekday, (v) => (out.weeklyReviewDay = v));
  const followUp: Record<string, unknown> = { ...DEFAULT_SETTINGS.followUp };
  one('measureGrace', 'followUpDuration', values.parseFollowUpDuration, (v) => (followUp.measureGrace = v));
  one('effectCheckAfter', 'followUpDuration', values.parseFollowUpDuration, (v) => (followUp.effectCheckAfter = v));
  one('retrospectiveAfter', 'followUpDuration', values.parseFollowUpDuration, (v) => (followUp.retrospectiveAfter = v));
  one('retrospectiveLevels', 'levels', values.parseLevelList, (v) => (followUp.retrospectiveLevels = v));
  out.followUp = followUp;
  const daysOff = at('companyDaysOff');
  if (daysOff >= 0) {
    out.companyDaysOff = r
      .items(daysOff)
      .flatMap(({ value, column }) =>
        [
          r.read(
            daysOff,
            column,
            { kind: 'key', key: 'companyDaysOff' },
            'date',
            (v) => values.parseDateKey(v, timeZone),
            '',
            value,
          ),
        ].filter(Boolean),
      );
  }
  const executives = at('executives');
  if (executives >= 0) out.executives = readEmails(r, executives, { kind: 'key', key: 'executives' });
  return out as Partial<EscalationSettings>;
}

function readManagers(r: Reader): EscalationSettings['managers'] {
  const managers: Partial<Record<ManagerRoute, string[]>> = {};
  const title = r.rowOf(label((m) => m.routingTitle));
  for (const route of MANAGER_ROUTES) {
    const row = r.rowOf(new Set([normalizeKey(routeLabel(route, 'ja')), normalizeKey(routeLabel(route, 'en'))]), title);
    const emails = row >= 0 ? readEmails(r, row, { kind: 'route', route }) : [];
    if (emails.length > 0) managers[route] = emails;
  }
  return managers;
}

export function parseSettings(grid: Grid, timeZone: string): SettingsReading {
  const reader = new Reader(grid);
  const settings: EscalationSettings = {
    ...DEFAULT_SETTINGS,
    matrix: readMatrix(reader),
    levels: readLevels(reader),
    ...readGeneral(reader, timeZone),
    managers: readManagers(reader),
    recipientLanguages: readRecipientLanguages(reader),
    people: readPeople(reader),
  };
  return { settings, problems: reader.problems };
}
