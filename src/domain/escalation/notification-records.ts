// What the visible "Notifications" cell records: who was told what about the incident, how often
// and when last, plus when an acknowledgement was first seen (record-text.ts writes and reads it).
import type { Stage } from '../settings/settings';

export type NoticeKey =
  | 'warnRespond'
  | 'warnResolve'
  | 'respond2'
  | 'respond3'
  | 'resolve1'
  | 'resolve2'
  | 'resolve3'
  /** A stage raised by hand (escalateNow): told once per raise, at once, not on a deadline. */
  | 'raised2'
  | 'raised3';

/**
 * Lines with no recipient: an acknowledgement first seen, a stage raised by hand (the next sweep, or
 * the same execution, tells that stage's people), the incident handed back to the site.
 */
export type MarkKey = 'ack' | 'raise2' | 'raise3' | 'back' | 'respondByHand' | 'resolveByHand';
export const MARK_KEYS: ReadonlySet<string> = new Set<MarkKey>([
  'ack',
  'raise2',
  'raise3',
  'back',
  'respondByHand',
  'resolveByHand',
]);

export function isMark(key: NoticeKey | MarkKey): key is MarkKey {
  return MARK_KEYS.has(key);
}

export interface NotificationRecord {
  readonly key: NoticeKey | MarkKey;
  readonly recipient: string;
  readonly count: number;
  readonly at: Date;
}

const STAGE_OF: Readonly<Record<NoticeKey, Stage>> = {
  warnRespond: 1,
  warnResolve: 1,
  respond2: 2,
  respond3: 3,
  resolve1: 1,
  resolve2: 2,
  resolve3: 3,
  raised2: 2,
  raised3: 3,
};

export function noticeStage(key: NoticeKey): Stage {
  return STAGE_OF[key];
}

/** A loop rather than find(): asked several times for each of 100,000s of incidents, most with no records. */
export function findRecord(
  records: readonly NotificationRecord[],
  key: NotificationRecord['key'],
  recipient: string,
): NotificationRecord | undefined {
  for (const r of records) if (r.key === key && r.recipient === recipient) return r;
  return undefined;
}

/** A delivery is recorded to the minute, as the Notifications cell shows it. */
function runMinute(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/** A delivered notice: the count goes up and the time moves to now. */
export function withDelivery(
  records: readonly NotificationRecord[],
  key: NoticeKey,
  recipient: string,
  now: Date,
): NotificationRecord[] {
  const previous = findRecord(records, key, recipient);
  const others = previous ? records.filter((r) => r !== previous) : records;
  return [...others, { key, recipient, count: (previous?.count ?? 0) + 1, at: runMinute(now) }];
}

/** The latest mark of `key`, or undefined. */
function lastMark(records: readonly NotificationRecord[], keys: readonly MarkKey[]): NotificationRecord | undefined {
  let last: NotificationRecord | undefined;
  for (const r of records) if (keys.includes(r.key as MarkKey) && (!last || r.at >= last.at)) last = r;
  return last;
}

/**
 * The highest stage anyone has been told at since the incident was last handed back to the site:
 * what the Escalation stage column shows.
 */
export function stageReached(records: readonly NotificationRecord[]): Stage | 0 {
  const back = records.length === 0 ? undefined : lastMark(records, ['back']);
  let stage: Stage | 0 = 0;
  for (const r of records) {
    if (isMark(r.key) || (back && r.at < back.at)) continue;
    const reached = noticeStage(r.key);
    if (reached > stage) stage = reached;
  }
  return stage;
}

/** A stage raised by hand and not since handed back: its notice key and when it was raised. */
export function raisedByHand(
  records: readonly NotificationRecord[],
): { key: 'raised2' | 'raised3'; at: Date } | undefined {
  if (records.length === 0) return undefined;
  const last = lastMark(records, ['raise2', 'raise3', 'back']);
  if (!last || last.key === 'back') return undefined;
  return { key: last.key === 'raise3' ? 'raised3' : 'raised2', at: last.at };
}

/** A mark set now (to the minute, as the cell shows it), replacing an earlier one of its kind. */
export function withMark(records: readonly NotificationRecord[], key: MarkKey, now: Date): NotificationRecord[] {
  return [...records.filter((r) => r.key !== key), { key, recipient: '', count: 0, at: runMinute(now) }];
}

/**
 * A deadline a person typed over the one the sweep wrote (a new date agreed with the customer): the
 * mark's time is that deadline, and the sweep keeps it rather than its own. null: back to the rules.
 */
export function withHandDeadline(
  records: readonly NotificationRecord[],
  key: 'respondByHand' | 'resolveByHand',
  deadline: Date | null,
): NotificationRecord[] {
  const others = records.filter((r) => r.key !== key);
  return deadline ? [...others, { key, recipient: '', count: 0, at: runMinute(deadline) }] : others;
}

/** The deadlines set by hand, where a person set one. */
export function handDeadlines(records: readonly NotificationRecord[]): { respondBy?: Date; resolveBy?: Date } {
  const out: { respondBy?: Date; resolveBy?: Date } = {};
  for (const r of records) {
    if (r.key === 'respondByHand') out.respondBy = r.at;
    else if (r.key === 'resolveByHand') out.resolveBy = r.at;
  }
  return out;
}
