// Reading and writing single settings values, accepting the words of both languages.
import { isBlank } from '../cells';
import { type RiskLevel, parseRiskLevel } from '../risk-levels';
import type { Lang } from '../language';
import { normalizeKey } from '../text';
import { type Duration, SETTING_BOUNDS, type Stage } from './settings';
import { SETTINGS_MESSAGES } from './settings-messages';
import { isCalendarDay } from '../calendar/calendar-date';
import { dayKey, dayNumber, localTime } from '../calendar/zoned-time';

const both = (pick: (m: (typeof SETTINGS_MESSAGES)['ja']) => string) =>
  [pick(SETTINGS_MESSAGES.ja), pick(SETTINGS_MESSAGES.en)].map(normalizeKey);
const NONE = new Set([...both((m) => m.words.none), '-', 'never']);
const AT_ONCE = new Set([...both((m) => m.words.atOnce), ...both((m) => m.words.everyRun), 'immediately', '0']);

/** A deadline (respond-by, resolve-by, stage 3 after) within SETTING_BOUNDS; see readDuration. */
export function parseDuration(value: unknown): Duration | null | undefined {
  const duration = readDuration(value);
  if (!duration) return duration;
  const max = duration.unit === 'hours' ? SETTING_BOUNDS.deadlineHours : SETTING_BOUNDS.deadlineDays;
  return duration.amount <= max ? duration : undefined;
}

/** A follow-up span (settings.followUp): a duration that must be there ("none" is not one). */
export function parseFollowUpDuration(value: unknown): Duration | undefined {
  return parseDuration(value) ?? undefined;
}

/** Risk levels in either language, separated by commas (full-width too) or 「・」; "none" is the empty list. */
export function parseLevelList(value: unknown): RiskLevel[] | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFKC').trim();
  if (text === '' || NONE.has(normalizeKey(text))) return [];
  const levels: RiskLevel[] = [];
  for (const part of text.split(/[,、・]/)) {
    const level = parseRiskLevel(part.trim())?.level;
    if (!level) return undefined;
    if (!levels.includes(level)) levels.push(level);
  }
  return levels;
}

/** An interval between reminders: 0 ("every run"), or from an hour to about a week of business time. */
export function parseRepeat(value: unknown): Duration | null | undefined {
  const duration = readDuration(value);
  if (!duration || duration.amount === 0) return duration;
  const { min, max } = duration.unit === 'hours' ? SETTING_BOUNDS.repeatHours : SETTING_BOUNDS.repeatDays;
  return duration.amount >= min && duration.amount <= max ? duration : undefined;
}

/** undefined = unreadable; null = "none". Plain numbers read as hours (Sheets turns "4" into 4). */
function readDuration(value: unknown): Duration | null | undefined {
  if (typeof value === 'number')
    return value >= 0 && Number.isFinite(value) ? { amount: value, unit: 'hours' } : undefined;
  if (typeof value !== 'string') return isBlank(value) ? null : undefined;
  const text = normalizeKey(value);
  if (text === '' || NONE.has(text)) return null;
  if (AT_ONCE.has(text)) return { amount: 0, unit: 'hours' };
  const match = /^(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?|時間|d|days?|business days?|営業日|日)$/.exec(text);
  if (!match) return undefined;
  const unit = /^(h|hr|hrs|hours?|時間)$/.test(match[2] as string) ? 'hours' : 'days';
  return { amount: Number(match[1]), unit };
}

export function formatDuration(duration: Duration | null, lang: Lang, zeroWord: 'atOnce' | 'everyRun'): string {
  const words = SETTINGS_MESSAGES[lang].words;
  if (!duration) return words.none;
  if (duration.amount === 0) return words[zeroWord];
  const unit = duration.unit === 'hours' ? words.hours : words.days;
  return lang === 'ja' ? `${duration.amount}${unit}` : `${duration.amount} ${unit}`;
}

export function parseStage(value: unknown): Stage | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? normalizeKey(value) : '';
  const match = /^(?:第|stage\s*)?([123])(?:段階|\b)/.exec(text);
  return match ? (Number(match[1]) as Stage) : undefined;
}

export function parseBusinessHours(value: unknown): { startMinute: number; endMinute: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})\s*[-~〜–—]\s*(\d{1,2}):(\d{2})$/.exec(normalizeKey(value));
  if (!match) return undefined;
  const [h1, m1, h2, m2] = match.slice(1).map(Number) as [number, number, number, number];
  const startMinute = h1 * 60 + m1;
  const endMinute = h2 * 60 + m2;
  const valid = m1 < 60 && m2 < 60 && endMinute <= 24 * 60 && startMinute < endMinute;
  return valid ? { startMinute, endMinute } : undefined;
}

export function formatBusinessHours(hours: { startMinute: number; endMinute: number }): string {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hhmm(hours.startMinute)}-${hhmm(hours.endMinute)}`;
}

const WEEKDAY_WORDS = new Map<string, number>([
  ...SETTINGS_MESSAGES.ja.weekdays.map((w, i) => [w, i] as const),
  ...SETTINGS_MESSAGES.en.weekdays.map((w, i) => [normalizeKey(w), i] as const),
  ...['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((w, i) => [w, i] as const),
]);

export function parseWorkdays(value: unknown): number[] | undefined {
  if (typeof value !== 'string') return undefined;
  const words = normalizeKey(value)
    .split(/[,、・\s]+/)
    .filter(Boolean)
    .map((w) => w.replace(/曜日?$/, ''));
  const days = words.map((w) => WEEKDAY_WORDS.get(w));
  if (days.length === 0 || days.some((d) => d === undefined)) return undefined;
  return [...new Set(days as number[])].sort();
}

/** One weekday (0 = Sunday), or null for "none" or a blank cell: the weekly review's day. */
export function parseWeekday(value: unknown): number | null | undefined {
  if (isBlank(value)) return null;
  const text = typeof value === 'string' ? normalizeKey(value).replace(/曜日?$/, '') : '';
  if (NONE.has(text)) return null;
  return WEEKDAY_WORDS.get(text);
}

export function parseYesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const text = normalizeKey(value);
  if ([...both((m) => m.words.yes), 'true', 'on'].includes(text)) return true;
  if ([...both((m) => m.words.no), 'false', 'off'].includes(text)) return false;
  return undefined;
}

/** Very-high reminders at night: every run, or held for business hours. */
export function parseNightRepeats(value: unknown): 'everyRun' | 'businessHours' | undefined {
  const text = typeof value === 'string' ? normalizeKey(value) : '';
  if (both((m) => m.words.everyRun).includes(text)) return 'everyRun';
  if (both((m) => m.words.inBusinessHours).includes(text)) return 'businessHours';
  return undefined;
}

export function parseQuietHours(value: unknown): boolean | undefined {
  if (isBlank(value)) return false;
  const text = typeof value === 'string' ? normalizeKey(value) : '';
  if (both((m) => m.words.outsideHours).includes(text)) return true;
  if (NONE.has(text)) return false;
  return undefined;
}

/** 0.75, 75 and "75%" all mean three quarters of the way; a bare 1 is 100% (Sheets stores 100% as 1). */
export function parsePercent(value: unknown): number | undefined {
  const text = typeof value === 'string' ? normalizeKey(value) : '';
  const number = typeof value === 'number' ? value : text !== '' ? Number(text.replace(/%$/, '')) : NaN;
  const share = text.endsWith('%') || number > 1 ? number / 100 : number;
  return share > 0 && share < 1 ? share : undefined;
}

/** The reminder cap: 1 to SETTING_BOUNDS.reminderCap (a hundred hourly reminders is already four days). */
export function parseCount(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(normalizeKey(value)) : NaN;
  return Number.isInteger(number) && number >= 1 && number <= SETTING_BOUNDS.reminderCap ? number : undefined;
}

/** Items of a list cell: comma, 、, semicolon or line separated. */
export function listItems(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .normalize('NFKC')
        .split(/[,、;；\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** A date cell (Sheets hands over a Date at local midnight) or 'YYYY-MM-DD' text, as 'YYYY-MM-DD'. */
export function parseDateKey(value: unknown, timeZone: string): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : dayKey(localTime(value, timeZone).day);
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.trim());
  if (!match) return undefined;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  return isCalendarDay(y, m, d) ? dayKey(dayNumber(y, m, d)) : undefined;
}
