// The visible "Notifications" cell: who was told what about the incident, how often and when
// last, plus when an acknowledgement was first seen. One line per notice kind and recipient.
import type { Stage } from './settings';

export type NoticeKey = 'warnRespond' | 'warnResolve' | 'respond2' | 'respond3' | 'resolve1' | 'resolve2' | 'resolve3';

export interface NotificationRecord {
  readonly key: NoticeKey | 'ack';
  readonly recipient: string;
  readonly count: number;
  readonly at: Date;
}

const KEYS = new Set<string>(['warnRespond', 'warnResolve', 'respond2', 'respond3', 'resolve1', 'resolve2', 'resolve3', 'ack']);

export function noticeStage(key: NoticeKey): Stage {
  if (key.startsWith('warn')) return 1;
  return Number(key.slice(-1)) as Stage;
}

/** Lines that do not read back (a person edited the cell) are dropped, so at worst a notice repeats. */
export function parseRecords(cell: unknown): NotificationRecord[] {
  if (typeof cell !== 'string') return [];
  return cell.split('\n').flatMap((line) => {
    const [key, recipient, count, at] = line.trim().split(' ');
    const time = new Date(at ?? '');
    if (!key || !KEYS.has(key) || recipient === undefined || Number.isNaN(time.getTime())) return [];
    return [{ key: key as NotificationRecord['key'], recipient: recipient === '-' ? '' : recipient, count: Number(count) || 0, at: time }];
  });
}

function isoMinute(at: Date): string {
  return `${at.toISOString().slice(0, 16)}Z`;
}

export function formatRecords(records: readonly NotificationRecord[]): string {
  return records.map((r) => `${r.key} ${r.recipient || '-'} ${r.count} ${isoMinute(r.at)}`).join('\n');
}

export function findRecord(records: readonly NotificationRecord[], key: NotificationRecord['key'], recipient: string) {
  return records.find((r) => r.key === key && r.recipient === recipient);
}

/** A delivered notice: the count goes up and the time moves to now. */
export function withDelivery(records: readonly NotificationRecord[], key: NoticeKey, recipient: string, now: Date): NotificationRecord[] {
  const previous = findRecord(records, key, recipient);
  const others = records.filter((r) => r !== previous);
  return [...others, { key, recipient, count: (previous?.count ?? 0) + 1, at: new Date(Math.floor(now.getTime() / 60_000) * 60_000) }];
}

/** The highest stage anyone has been told at: what the Escalation stage column shows. */
export function stageReached(records: readonly NotificationRecord[]): Stage | 0 {
  let stage: Stage | 0 = 0;
  for (const r of records) if (r.key !== 'ack') stage = Math.max(stage, noticeStage(r.key)) as Stage;
  return stage;
}
