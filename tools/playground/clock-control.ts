// Moves simulated time forward and fires installed clock triggers on the way, one run per due
// hour and in order, as Apps Script would have run them while the time passed.
import { createCalendar, isBusinessDay } from '../../src/domain/calendar/business-calendar';
import { localTime, zonedInstant } from '../../src/domain/calendar/zoned-time';
import { zoneOffsetMs } from '../fakes/cell-input';
import { AuthMode } from '../fakes/script-app';
import { refusal } from './messages';
import type { PlaygroundSession } from './session';
import { displayText } from './snapshot';

export type ClockStep = { kind: 'hour' } | { kind: 'businessDay' } | { kind: 'to'; at: string };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A jump longer than this would run thousands of hourly sweeps in one request. */
export const MAX_JUMP_DAYS = 31;

export function advanceClock(session: PlaygroundSession, step: ClockStep): void {
  const { clock, spreadsheet } = session.fakes;
  const target = targetTime(session, step);
  // Both times on the spreadsheet's clock, as the page shows the clock (never UTC).
  const shown = (ms: number) => `${displayText(new Date(ms), spreadsheet.zone)} (${spreadsheet.zone})`;
  if (target < clock.nowMs()) throw refusal('clockBackwards', shown(clock.nowMs()), shown(target));
  if (target - clock.nowMs() > MAX_JUMP_DAYS * DAY) throw refusal('jumpTooFar', String(MAX_JUMP_DAYS));
  fireTriggersUntil(session, target);
  clock.set(target);
}

function targetTime(session: PlaygroundSession, step: ClockStep): number {
  const now = session.fakes.clock.nowMs();
  if (step.kind === 'hour') return now + HOUR;
  if (step.kind === 'businessDay') return nextBusinessDay(now, session.fakes.spreadsheet.zone);
  if (step.kind === 'to') return parseTime(step.at, session.fakes.spreadsheet.zone);
  throw refusal('unknownAdvance', String((step as { kind: unknown }).kind));
}

/** An ISO time with a zone, or a wall-clock time ('2026-11-25T09:00') read in the spreadsheet's zone. */
export function parseTime(text: unknown, timeZone: string): number {
  const raw = typeof text === 'string' ? text.trim() : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/.exec(raw);
  if (!match) throw refusal('notATime', String(text));
  const [, y, mo, d, h, mi, s = '0', zone] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== Number(d)) throw refusal('notATime', raw);
  if (zone) return new Date(raw.replace(' ', 'T')).getTime();
  return asUtc - zoneOffsetMs(new Date(asUtc), timeZone);
}

/**
 * The same wall-clock time on the next weekday that is not a Japanese national holiday, by the
 * escalation domain's own calendar (the company's extra days off are the add-on's settings, not the clock's).
 */
export function nextBusinessDay(fromMs: number, timeZone: string): number {
  const calendar = createCalendar({
    timeZone,
    startMinute: 0,
    endMinute: 1440,
    workdays: [1, 2, 3, 4, 5],
    companyDaysOff: [],
    nationalHolidays: true,
  });
  const { day, minute } = localTime(new Date(fromMs), timeZone);
  let next = day + 1;
  while (!isBusinessDay(next, calendar)) next++;
  return zonedInstant(next, minute, timeZone).getTime() + (fromMs % 60_000);
}

function fireTriggersUntil(session: PlaygroundSession, target: number): void {
  const { clock, scriptApp } = session.fakes;
  for (;;) {
    const next = Math.min(...scriptApp.triggers.map((t) => t.nextRunMs ?? Infinity));
    if (!Number.isFinite(next) || next > target) return;
    clock.set(Math.max(next, clock.nowMs()));
    for (const trigger of scriptApp.dueTriggers()) {
      const event = clockEvent(trigger.id, clock.now());
      try {
        // A trigger runs as the user who made it (Apps Script runs installable triggers as their owner).
        const user = session.fakes.user.email;
        if (trigger.owner) session.fakes.actAs(trigger.owner);
        try {
          session.run('trigger', trigger.handler, () => session.bundle.call(trigger.handler, event));
        } finally {
          session.fakes.actAs(user);
        }
      } catch {
        // a failed run is recorded in the executions list, and the next hour still runs, as in Apps Script
      }
    }
  }
}

/** The event object Apps Script passes a time-driven trigger (fields in UTC, as it documents). */
function clockEvent(triggerUid: string, at: Date) {
  return {
    authMode: AuthMode.FULL,
    triggerUid,
    timezone: 'UTC',
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  };
}
