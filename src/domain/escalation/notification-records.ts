// What the visible "Notifications" cell records: who was told what about the incident, how often
// and when last, plus when an acknowledgement was first seen (record-text.ts writes and reads it).
import type { Stage } from '../settings/settings';

export type NoticeKey = 'warnRespond' | 'warnResolve' | 'respond2' | 'respond3' | 'resolve1' | 'resolve2' | 'resolve3';

export interface NotificationRecord {
  readonly key: NoticeKey | 'ack';
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

/** The highest stage anyone has been told at: what the Escalation stage column shows. */
export function stageReached(records: readonly NotificationRecord[]): Stage | 0 {
  let stage: Stage | 0 = 0;
  for (const r of records) {
    const reached = r.key === 'ack' ? 0 : noticeStage(r.key);
    if (reached > stage) stage = reached;
  }
  return stage;
}
