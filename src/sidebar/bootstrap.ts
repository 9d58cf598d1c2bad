// Reads what the server injected into the page (zero round trips to open), with defaults for each
// part that is missing or malformed, e.g. when the file is opened outside the add-on.
import type { LastSweep } from '../domain/notices/escalation-status';
import { type Lang, langFromLocale } from '../domain/language';
import { RISK_LEVELS, type RiskLevel } from '../domain/risk-levels';
import { DEFAULT_MATRIX, matrixLayout } from '../domain/risk-matrix';
import type { SidebarBootstrap } from '../domain/intake/sidebar-contract';
import { isValidTimeZone } from '../domain/calendar/zoned-time';

/** What the browser knows by itself, used wherever the server said nothing usable. */
export interface BrowserDefaults {
  locale: string;
  timeZone: string;
  now: Date;
}

export function readBootstrap(text: string, defaults: BrowserDefaults): SidebarBootstrap {
  const raw = parseObject(text);
  return {
    lang: raw.lang === 'ja' || raw.lang === 'en' ? (raw.lang as Lang) : langFromLocale(defaults.locale),
    owner: typeof raw.owner === 'string' ? raw.owner : '',
    matrix: isLayout(raw.matrix) ? raw.matrix : matrixLayout(DEFAULT_MATRIX),
    timeZone: typeof raw.timeZone === 'string' && isValidTimeZone(raw.timeZone) ? raw.timeZone : defaults.timeZone,
    openedAt:
      typeof raw.openedAt === 'string' && !Number.isNaN(Date.parse(raw.openedAt))
        ? raw.openedAt
        : defaults.now.toISOString(),
    escalationOn: typeof raw.escalationOn === 'boolean' ? raw.escalationOn : null,
    escalationBy: typeof raw.escalationBy === 'string' ? raw.escalationBy : '',
    lastSweep: readLastSweep(raw.lastSweep),
  };
}

/** The unreplaced placeholder is not JSON, so it lands here too and every default applies. */
function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function isLayout(value: unknown): value is RiskLevel[][] {
  const isLevel = (cell: unknown) => (RISK_LEVELS as readonly unknown[]).includes(cell);
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    value.every((row) => Array.isArray(row) && row.length === 3 && row.every(isLevel))
  );
}

/**
 * "Now" by the server's clock: the time it opened the sidebar plus what has elapsed here since, so a
 * browser clock that runs wrong cannot make a valid time look future (or the reverse).
 */
export function serverClock(openedAt: string, browserNow: () => number = Date.now): () => Date {
  const opened = Date.parse(openedAt);
  const start = browserNow();
  return () => new Date(opened + (browserNow() - start));
}

/** A last sweep as the server sent it, or null when it is missing or not of that shape. */
function readLastSweep(value: unknown): LastSweep | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, ok, error } = value as Record<string, unknown>;
  return typeof at === 'string' && typeof ok === 'boolean'
    ? { at, ok, error: typeof error === 'string' ? error : '' }
    : null;
}
