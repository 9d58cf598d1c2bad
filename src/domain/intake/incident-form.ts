// The escalation report form (docs/domain.md §5): what the sidebar sends, and its validation, used by
// the sidebar (as the person types) and by the server (again, on submit) alike.
import { isCalendarDay, isClockTime } from '../calendar/calendar-date';
import { parseEmailList } from '../emails';
import { type Grade, parseGrade } from '../grades';
import { type FormField, INTAKE_MESSAGES, type IntakeMessages } from './intake-messages';
import type { Lang } from '../language';
import { type Category, parseCategory } from '../vocabulary';

export type { FormField } from './intake-messages';

/** Plain strings only: Date cannot cross google.script.run, so times are ISO 8601 text. */
export type IncidentForm = Record<FormField, string>;

export interface ValidIncident {
  summary: string;
  actionsTaken: string;
  impact: Grade;
  urgency: Grade;
  assessment: string;
  supportRequested: string;
  category: Category | null;
  customer: string;
  occurredAt: Date;
  owner: string;
  managerEmails: string[];
}

export type FormErrors = Partial<Record<FormField, string>>;
export type FormResult = { ok: true; incident: ValidIncident } | { ok: false; errors: FormErrors };

const FREE_TEXT: readonly FormField[] = [
  'summary',
  'actionsTaken',
  'assessment',
  'supportRequested',
  'customer',
  'owner',
];
const MAX_LENGTH: Partial<Record<FormField, number>> = { summary: 1000, customer: 200, owner: 200 };
const DEFAULT_MAX_LENGTH = 5000; // far below a cell's 50,000 characters, far above a real report
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
// Any text that starts like a date and time, with or without an offset (the sidebar sends as typed
// what it cannot read), so an impossible day is named as such rather than as unreadable.
const DATE_TIME_START = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;
const CLOCK_SKEW_MS = 5 * 60_000;

/** Validates a submitted form; `now` bounds the occurrence time (a browser clock may run ahead). */
export function validateIncidentForm(input: unknown, lang: Lang, now: Date): FormResult {
  const messages = INTAKE_MESSAGES[lang];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { summary: messages.notAForm() } };
  }
  const raw = input as Record<string, unknown>;
  const errors: FormErrors = {};
  const text = readText(raw, messages, errors);
  if (!text.summary?.trim()) errors.summary ??= messages.required(messages.fieldLabel.summary);
  const impact = readGrade(raw.impact, 'impact', messages, errors);
  const urgency = readGrade(raw.urgency, 'urgency', messages, errors);
  const category = readCategory(raw.category, messages, errors);
  const occurredAt = readTime(raw.occurredAt, now, messages, errors);
  const managerEmails = readEmails(raw.managerEmail, messages, errors);
  if (Object.keys(errors).length > 0 || !impact || !urgency || !occurredAt) return { ok: false, errors };
  return {
    ok: true,
    incident: {
      summary: text.summary ?? '',
      actionsTaken: text.actionsTaken ?? '',
      impact,
      urgency,
      assessment: text.assessment ?? '',
      supportRequested: text.supportRequested ?? '',
      category,
      customer: text.customer ?? '',
      occurredAt,
      owner: text.owner ?? '',
      managerEmails,
    },
  };
}

function readText(
  raw: Record<string, unknown>,
  messages: IntakeMessages,
  errors: FormErrors,
): Partial<Record<FormField, string>> {
  const text: Partial<Record<FormField, string>> = {};
  for (const field of FREE_TEXT) {
    const value = raw[field] ?? '';
    const label = messages.fieldLabel[field];
    if (typeof value !== 'string') errors[field] = messages.notText(label);
    else if (value.length > (MAX_LENGTH[field] ?? DEFAULT_MAX_LENGTH)) {
      errors[field] = messages.tooLong(label, MAX_LENGTH[field] ?? DEFAULT_MAX_LENGTH);
    } else text[field] = value; // kept exactly as typed: the writer makes it literal, nothing is trimmed away
  }
  return text;
}

function readGrade(
  value: unknown,
  field: 'impact' | 'urgency',
  messages: IntakeMessages,
  errors: FormErrors,
): Grade | null {
  const label = messages.fieldLabel[field];
  if (value === undefined || value === null || value === '') {
    errors[field] = messages.required(label);
    return null;
  }
  const parsed = parseGrade(value);
  if (!parsed) errors[field] = messages.badGrade(label, String(value));
  return parsed?.grade ?? null;
}

function readCategory(value: unknown, messages: IntakeMessages, errors: FormErrors): Category | null {
  if (value === undefined || value === null || value === '') return null;
  const category = parseCategory(value);
  if (!category) errors.category = messages.badCategory(String(value));
  return category ?? null;
}

/** A blank time means "now": most reports are written as the problem is found. */
function readTime(value: unknown, now: Date, messages: IntakeMessages, errors: FormErrors): Date | null {
  if (value === undefined || value === null || value === '') return now;
  if (typeof value === 'string' && !isRealTime(value.trim())) {
    errors.occurredAt = messages.impossibleDate(value.trim());
    return null;
  }
  const time = typeof value === 'string' && ISO_TIME.test(value.trim()) ? new Date(value.trim()) : null;
  if (!time || Number.isNaN(time.getTime())) {
    errors.occurredAt = messages.badDate(String(value));
    return null;
  }
  if (time.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    errors.occurredAt = messages.futureDate();
    return null;
  }
  return time;
}

/** False only for a day or clock time that does not exist; new Date() would roll it over. */
function isRealTime(text: string): boolean {
  const match = DATE_TIME_START.exec(text);
  if (!match) return true; // not date-shaped: readTime reports it as unreadable
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((n) => Number(n ?? 0));
  return isCalendarDay(year as number, month as number, day as number) && isClockTime(hour, minute, second);
}

function readEmails(value: unknown, messages: IntakeMessages, errors: FormErrors): string[] {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    errors.managerEmail = messages.notText(messages.fieldLabel.managerEmail);
    return [];
  }
  const { emails, invalid } = parseEmailList(value ?? '');
  if (invalid.length > 0) errors.managerEmail = messages.badEmail(invalid.join(', '));
  return emails;
}
