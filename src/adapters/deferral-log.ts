// A digest held back by the day's mail quota is logged once per day it waits, not once per hourly
// run: 5,000 managers waiting would otherwise write ~100,000 "not sent" log rows an hour. Kept per
// recipient (a short fingerprint each, so 5,000 recipients stay well under a store's 500 KB).
import type { Delivery } from '../domain/sweep/sweep-log';
import { localParts } from '../domain/calendar/zoned-time';
import type { Properties } from './escalation-services';
import { fingerprint, readLargeProperty, writeLargeProperty } from './large-property';

const KEY = 'escalationDeferralsLogged';

/**
 * The deliveries to log: all but quota deferrals of recipients already logged as waiting today (on
 * the spreadsheet's calendar). Remembers today's.
 */
export function deliveriesToLog(
  props: Properties,
  deliveries: readonly Delivery[],
  now: Date,
  timeZone: string,
): Delivery[] {
  const isWaiting = (d: Delivery) => d.result.kind === 'deferred' && d.result.reason === 'quota';
  if (!deliveries.some(isWaiting)) return [...deliveries];
  const today = localParts(now, timeZone).dayKey;
  const saved = (readLargeProperty(props, KEY) ?? '').split('\n');
  const logged = new Set(saved[0] === today ? saved.slice(1) : []);
  const before = logged.size;
  const toLog = deliveries.filter((d) => {
    if (!isWaiting(d)) return true;
    const key = fingerprint(d.digest.recipient.toLowerCase());
    if (logged.has(key)) return false;
    logged.add(key);
    return true;
  });
  if (logged.size !== before || saved[0] !== today) writeLargeProperty(props, KEY, [today, ...logged].join('\n'));
  return toLog;
}
