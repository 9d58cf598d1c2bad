// Reads the settings sheet's grid back into settings, naming every bad cell and what it allows.
// Rows are found by their labels (either language); a missing row keeps its default.
import { isBlank } from '../cells';
import type { Lang } from '../language';
import { type RiskLevel, parseRiskLevel } from '../risk-levels';
import { MATRIX_COLUMN_IMPACT, MATRIX_ROW_URGENCY } from '../risk-matrix';
import { normalizeKey, quoteValue } from '../text';
import { DEFAULT_SETTINGS, type EscalationSettings, type LevelPolicy, type ManagerRoute } from './settings';
import { LEVEL_COLUMNS, MANAGER_ROUTES, routeLabel } from './settings-layout';
import { type AllowedKind, SETTINGS_MESSAGES, type SettingKey } from './settings-messages';
import * as values from './settings-values';
import { isEmail } from '../emails';

type Grid = readonly (readonly unknown[])[];
export interface SettingsReading {
  readonly settings: EscalationSettings;
  /** One sentence per bad cell, in the owner's language; empty when the sheet is valid. */
  readonly problems: readonly string[];
}

const label = (pick: (m: (typeof SETTINGS_MESSAGES)['ja']) => string) =>
  new Set([normalizeKey(pick(SETTINGS_MESSAGES.ja)), normalizeKey(pick(SETTINGS_MESSAGES.en))]);

function cellName(row: number, column: number): string {
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

class Reader {
  readonly problems: string[] = [];
  constructor(readonly grid: Grid, readonly lang: Lang) {}

  rowOf(labels: Set<string>, after = -1): number {
    return this.grid.findIndex((row, i) => i > after && typeof row[0] === 'string' && labels.has(normalizeKey(row[0])));
  }
  read<T>(row: number, column: number, what: string, kind: AllowedKind, parse: (v: unknown) => T | undefined, fallback: T,
    raw: unknown = this.grid[row]?.[column]): T {
    const parsed = parse(raw);
    if (parsed !== undefined) return parsed;
    const m = SETTINGS_MESSAGES[this.lang];
    this.problems.push(m.problem(cellName(row, column), what, quoteValue(raw ?? ''), m.allowed[kind]));
    return fallback;
  }
  /** Items of a list row: every non-blank cell right of the label, each possibly comma-separated. */
  items(row: number): { value: unknown; column: number }[] {
    return (this.grid[row] ?? []).slice(1).flatMap((value, i) => {
      if (isBlank(value)) return [];
      const parts = typeof value === 'string' ? values.listItems(value) : [value];
      return parts.map((part) => ({ value: part, column: i + 1 }));
    });
  }
}

function readMatrix(r: Reader): EscalationSettings['matrix'] {
  const corner = r.rowOf(label((m) => m.matrixCorner));
  if (corner < 0) return DEFAULT_SETTINGS.matrix;
  const what = SETTINGS_MESSAGES[r.lang].matrixTitle.replace(/^■\s*/, '');
  const level = (v: unknown) => parseRiskLevel(v)?.level;
  const rows = MATRIX_ROW_URGENCY.map((urgency, u) => [urgency, Object.fromEntries(MATRIX_COLUMN_IMPACT.map((impact, i) =>
    [impact, r.read(corner + 1 + u, 1 + i, what, 'level', level, DEFAULT_SETTINGS.matrix[urgency][impact])]))]);
  return Object.fromEntries(rows) as EscalationSettings['matrix'];
}

function readLevels(r: Reader): EscalationSettings['levels'] {
  const header = r.rowOf(label((m) => m.levelHeader));
  const m = SETTINGS_MESSAGES[r.lang];
  const levels = { ...DEFAULT_SETTINGS.levels };
  if (header < 0) return levels;
  const seen = new Set<RiskLevel>();
  r.grid.forEach((row, i) => {
    const level = i > header ? parseRiskLevel(row[0])?.level : undefined;
    if (!level || seen.has(level)) return;
    seen.add(level);
    const base = DEFAULT_SETTINGS.levels[level];
    const policy = Object.fromEntries(LEVEL_COLUMNS.map((column, c) => {
      const [kind, parse] = column === 'breachStage' ? ['stage', values.parseStage] as const
        : [column === 'repeat' ? 'repeat' : 'duration', values.parseDuration] as const;
      return [column, r.read(i, c + 1, `${String(row[0])} / ${m.levelColumns[column]}`, kind, parse, base[column])];
    }));
    levels[level] = policy as unknown as LevelPolicy;
  });
  return levels;
}

function readEmails(r: Reader, row: number, what: string): string[] {
  return r.items(row).flatMap(({ value, column }) => {
    const email = r.read(row, column, what, 'email', (v) => (typeof v === 'string' && isEmail(v) ? v : undefined), '', value);
    return email ? [email] : [];
  });
}

function readGeneral(r: Reader, timeZone: string): Partial<EscalationSettings> {
  const m = SETTINGS_MESSAGES[r.lang];
  const out: Record<string, unknown> = {};
  const at = (key: SettingKey) => r.rowOf(label((x) => x.keys[key]));
  const one = <T>(key: SettingKey, kind: AllowedKind, parse: (v: unknown) => T | undefined, apply: (v: T) => void) => {
    const row = at(key);
    if (row >= 0) { const v = r.read(row, 1, m.keys[key], kind, parse, undefined); if (v !== undefined) apply(v); }
  };
  one('businessHours', 'businessHours', values.parseBusinessHours, (v) => (out.businessHours = v));
  one('workdays', 'workdays', values.parseWorkdays, (v) => (out.workdays = v));
  one('nationalHolidays', 'yesNo', values.parseYesNo, (v) => (out.nationalHolidays = v));
  one('quietHours', 'quietHours', values.parseQuietHours, (v) => (out.quietOutsideBusinessHours = v));
  one('warningPoint', 'percent', values.parsePercent, (v) => (out.warningPoint = v));
  one('reminderCap', 'count', values.parseCount, (v) => (out.reminderCap = v));
  const daysOff = at('companyDaysOff');
  if (daysOff >= 0) {
    out.companyDaysOff = r.items(daysOff).flatMap(({ value, column }) =>
      [r.read(daysOff, column, m.keys.companyDaysOff, 'date', (v) => values.parseDateKey(v, timeZone), '', value)].filter(Boolean));
  }
  const executives = at('executives');
  if (executives >= 0) out.executives = readEmails(r, executives, m.keys.executives);
  return out as Partial<EscalationSettings>;
}

function readManagers(r: Reader): EscalationSettings['managers'] {
  const managers: Partial<Record<ManagerRoute, string[]>> = {};
  const title = r.rowOf(label((m) => m.routingTitle));
  for (const route of MANAGER_ROUTES) {
    const row = r.rowOf(new Set([normalizeKey(routeLabel(route, 'ja')), normalizeKey(routeLabel(route, 'en'))]), title);
    const emails = row >= 0 ? readEmails(r, row, routeLabel(route, r.lang)) : [];
    if (emails.length > 0) managers[route] = emails;
  }
  return managers;
}

export function parseSettings(grid: Grid, timeZone: string, lang: Lang): SettingsReading {
  const reader = new Reader(grid, lang);
  const settings: EscalationSettings = {
    ...DEFAULT_SETTINGS,
    matrix: readMatrix(reader),
    levels: readLevels(reader),
    ...readGeneral(reader, timeZone),
    managers: readManagers(reader),
  };
  return { settings, problems: reader.problems };
}
