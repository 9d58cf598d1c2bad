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

const STAGE_OF: Readonly<Record<NoticeKey, Stage>> = {
  warnRespond: 1, warnResolve: 1, respond2: 2, respond3: 3, resolve1: 1, resolve2: 2, resolve3: 3,
};

export function noticeStage(key: NoticeKey): Stage {
  return STAGE_OF[key];
}

const LINE = /^(\w+) (\S+) (\d+) (\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)Z$/;

/** Lines that do not read back (a person edited the cell) are dropped, so at worst a notice repeats. */
const NO_RECORDS: readonly NotificationRecord[] = [];

export function parseRecords(cell: unknown): readonly NotificationRecord[] {
  if (typeof cell !== 'string' || cell === '') return NO_RECORDS; // shared: most rows have none
  const records: NotificationRecord[] = [];
  for (const line of cell.split('\n')) {
    const m = LINE.exec(line.trim());
    if (!m || !KEYS.has(m[1] as string)) continue;
    const [y, mo, d, h, mi] = m.slice(4).map(Number) as [number, number, number, number, number];
    const recipient = m[2] === '-' ? '' : (m[2] as string);
    records.push({ key: m[1] as NotificationRecord['key'], recipient, count: Number(m[3]), at: new Date(Date.UTC(y, mo - 1, d, h, mi)) });
  }
  return records;
}

let lastMinute = { ms: NaN, text: '' };
/** Most records of a run carry the run's own time, so the last formatting is kept. */
function isoMinute(at: Date): string {
  if (at.getTime() !== lastMinute.ms) lastMinute = { ms: at.getTime(), text: `${at.toISOString().slice(0, 16)}Z` };
  return lastMinute.text;
}

/**
 * Joined rather than concatenated: the text is kept for every row until the state is written, and
 * `a + b` keeps a chain of pieces (about 170 bytes a row) where join makes one flat string.
 */
export function formatRecords(records: readonly NotificationRecord[]): string {
  return records.map((r) => [r.key, r.recipient || '-', r.count, isoMinute(r.at)].join(' ')).join('\n');
}

/** A loop rather than find(): asked several times for each of 100,000s of incidents, most with no records. */
export function findRecord(records: readonly NotificationRecord[], key: NotificationRecord['key'], recipient: string): NotificationRecord | undefined {
  for (const r of records) if (r.key === key && r.recipient === recipient) return r;
  return undefined;
}

let lastRun = { ms: NaN, minute: new Date(NaN) };
/** A run records one time for all its deliveries (to the minute): one Date shared, not one per row. */
function runMinute(now: Date): Date {
  if (now.getTime() !== lastRun.ms) lastRun = { ms: now.getTime(), minute: new Date(Math.floor(now.getTime() / 60_000) * 60_000) };
  return lastRun.minute;
}

/** A delivered notice: the count goes up and the time moves to now. */
export function withDelivery(records: readonly NotificationRecord[], key: NoticeKey, recipient: string, now: Date): NotificationRecord[] {
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
