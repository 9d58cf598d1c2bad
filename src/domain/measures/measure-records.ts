// The measures sheet's 通知記録 cell: who the follow-up run told what about this measure, how often
// and when last, one line per record in the same shape as the incidents' cell (sweep/record-text.ts):
//   2026-12-07 09:10 対策の期限超過 → owner@example.com（2回）
//   2026-12-07 09:10 Measure overdue → owner@example.com (2 times)
// Read back in either language; a line that does not read (a person edited it) is dropped, so at
// worst a reminder repeats.
import type { Lang } from '../language';
import { normalizeKey } from '../text';
import { dayNumber, localParts, zonedInstant } from '../calendar/zoned-time';

/** warn: due soon; overdue: to the owner; escalated: to the managers after the grace; effect: the check is due. */
export type MeasureReminderKey = 'warn' | 'overdue' | 'escalated' | 'effect' | 'unreadable';
export const MEASURE_REMINDER_KEYS: readonly MeasureReminderKey[] = [
  'warn',
  'overdue',
  'escalated',
  'effect',
  'unreadable',
];

export interface MeasureRecord {
  readonly key: MeasureReminderKey;
  readonly recipient: string;
  readonly count: number;
  readonly at: Date;
}

export const MEASURE_RECORD_LABELS: Readonly<Record<Lang, Readonly<Record<MeasureReminderKey, string>>>> = {
  ja: {
    warn: '対策の期限間近',
    overdue: '対策の期限超過',
    escalated: '対策の期限超過・上位者',
    effect: '効果確認の時期',
    unreadable: '読めないセル',
  },
  en: {
    warn: 'Measure due soon',
    overdue: 'Measure overdue',
    escalated: 'Measure overdue, managers',
    effect: 'Effect check due',
    unreadable: 'Unreadable cell',
  },
};

const KEY_OF_LABEL = new Map<string, MeasureReminderKey>(
  (['ja', 'en'] as const).flatMap((lang) =>
    MEASURE_REMINDER_KEYS.map((key) => [normalizeKey(MEASURE_RECORD_LABELS[lang][key]), key] as const),
  ),
);

const LINE = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}) (.+?) → (\S+)\s*[（(]\s*(\d+)\s*(?:回|times?)\s*[）)]$/;

export function parseMeasureRecords(cell: string, timeZone: string): MeasureRecord[] {
  const records: MeasureRecord[] = [];
  for (const raw of cell.split('\n')) {
    const m = LINE.exec(raw.trim().normalize('NFKC')) ?? LINE.exec(raw.trim());
    const key = m && KEY_OF_LABEL.get(normalizeKey(m[6] as string));
    if (!m || !key) continue;
    const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
    records.push({
      key,
      recipient: m[7] as string,
      count: Number(m[8]),
      at: zonedInstant(dayNumber(y, mo, d), h * 60 + mi, timeZone),
    });
  }
  return records;
}

export function formatMeasureRecords(records: readonly MeasureRecord[], lang: Lang, timeZone: string): string {
  return records
    .map((r) => {
      const { dayKey, hhmm } = localParts(r.at, timeZone);
      const count = lang === 'ja' ? `（${r.count}回）` : ` (${r.count} ${r.count === 1 ? 'time' : 'times'})`;
      return `${dayKey} ${hhmm} ${MEASURE_RECORD_LABELS[lang][r.key]} → ${r.recipient}${count}`;
    })
    .join('\n');
}

export function findMeasureRecord(
  records: readonly MeasureRecord[],
  key: MeasureReminderKey,
  recipient: string,
): MeasureRecord | undefined {
  const lower = recipient.toLowerCase();
  return records.find((r) => r.key === key && r.recipient.toLowerCase() === lower);
}

/** A delivered reminder: the count goes up and the time moves to the run's minute. */
export function withMeasureDelivery(
  records: readonly MeasureRecord[],
  key: MeasureReminderKey,
  recipient: string,
  now: Date,
): MeasureRecord[] {
  const previous = findMeasureRecord(records, key, recipient);
  const at = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return [...records.filter((r) => r !== previous), { key, recipient, count: (previous?.count ?? 0) + 1, at }];
}
