// The Notifications cell as people read it: one line per record, in the sheet's language and on its
// wall clock, newest information first on each line:
//   2026-11-30 10:10 解決期限超過・第3段階 → boss@example.com（2回）
//   2026-11-30 10:10 Resolve-by passed, stage 3 → boss@example.com (2 times)
//   2026-11-24 11:10 確認を記録
// Lines are read back in either language (a sheet's language may change) and in the machine format
// of earlier versions; a line that does not read (a person edited it) is dropped, so at worst a
// notice repeats.
import type { Lang } from '../language';
import { normalizeKey } from '../text';
import { ESCALATION_MESSAGES } from '../notices/escalation-messages';
import { type NotificationRecord, isMark } from '../escalation/notification-records';
import { dayNumber, localParts, zonedInstant } from '../calendar/zoned-time';

type RecordKey = NotificationRecord['key'];

const NO_RECORDS: readonly NotificationRecord[] = [];

/** Every label in both languages, normalised, to its record key. */
const KEY_OF_LABEL = new Map<string, RecordKey>(
  (['ja', 'en'] as const).flatMap((lang) =>
    Object.entries(ESCALATION_MESSAGES[lang].recordLabel).map(
      ([key, label]) => [normalizeKey(label), key as RecordKey] as const,
    ),
  ),
);

/** "2026-11-30 10:10 label" then, but for the acknowledgement, " → address（2回）" or " → address (2 times)". */
const LINE =
  /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}) (.+?)(?: → (\S+)\s*[（(]\s*(\d+)\s*(?:回|times?)\s*[）)])?$/;
/** Earlier versions wrote "resolve3 boss@example.com 2 2026-11-30T01:10Z" (UTC). */
const MACHINE_LINE = /^(\w+) (\S+) (\d+) (\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)Z$/;

function readLine(line: string, timeZone: string): NotificationRecord | undefined {
  // As written by formatRecords it matches as it is; only a retyped line (full-width digits) is normalised.
  const m = LINE.exec(line) ?? LINE.exec(line.normalize('NFKC'));
  if (!m) return readMachineLine(line);
  const key = KEY_OF_LABEL.get(normalizeKey(m[6] as string));
  if (key === undefined || isMark(key) !== (m[7] === undefined)) return undefined;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const at = zonedInstant(dayNumber(y, mo, d), h * 60 + mi, timeZone);
  return isMark(key)
    ? { key, recipient: '', count: 0, at }
    : { key, recipient: m[7] as string, count: Number(m[8]), at };
}

const RECORD_KEYS: ReadonlySet<string> = new Set(KEY_OF_LABEL.values());

function readMachineLine(line: string): NotificationRecord | undefined {
  const m = MACHINE_LINE.exec(line);
  if (!m || !RECORD_KEYS.has(m[1] as string)) return undefined;
  const [y, mo, d, h, mi] = m.slice(4).map(Number) as [number, number, number, number, number];
  return {
    key: m[1] as RecordKey,
    recipient: m[2] === '-' ? '' : (m[2] as string),
    count: Number(m[3]),
    at: new Date(Date.UTC(y, mo - 1, d, h, mi)),
  };
}

export function parseRecords(cell: unknown, timeZone: string): readonly NotificationRecord[] {
  if (typeof cell !== 'string' || cell === '') return NO_RECORDS; // shared: most rows have none
  const records: NotificationRecord[] = [];
  for (const line of cell.split('\n')) {
    const record = readLine(line.trim(), timeZone);
    if (record) records.push(record);
  }
  return records;
}

function wallMinute(at: Date, timeZone: string): string {
  const parts = localParts(at, timeZone);
  return `${parts.dayKey} ${parts.hhmm}`;
}

/** The Notifications cell: one line per record, as the header comment shows. */
export function formatRecords(records: readonly NotificationRecord[], lang: Lang, timeZone: string): string {
  const m = ESCALATION_MESSAGES[lang];
  return records
    .map((r) =>
      (isMark(r.key)
        ? [wallMinute(r.at, timeZone), m.recordLabel[r.key]]
        : [wallMinute(r.at, timeZone), m.recordLabel[r.key], '→', `${r.recipient}${m.recordCount(r.count)}`]
      ).join(' '),
    )
    .join('\n');
}
