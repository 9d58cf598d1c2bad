// The Notifications cell: written in the sheet's language on its wall clock, read back in either.
import { describe, expect, it } from 'vitest';
import type { NotificationRecord } from '../../../src/domain/escalation/notification-records';
import { formatRecords, parseRecords } from '../../../src/domain/sweep/record-text';

const records: NotificationRecord[] = [
  { key: 'ack', recipient: '', count: 0, at: new Date('2026-11-24T02:10:00Z') },
  { key: 'respond2', recipient: 'boss@example.com', count: 1, at: new Date('2026-11-24T05:10:00Z') },
  { key: 'resolve3', recipient: 'exec+ops@example.co.jp', count: 7, at: new Date('2026-11-27T06:10:00Z') },
];

describe('formatRecords', () => {
  it('writes Japanese lines on the spreadsheet wall clock', () => {
    expect(formatRecords(records, 'ja', 'Asia/Tokyo').split('\n')).toEqual([
      '2026-11-24 11:10 確認を記録',
      '2026-11-24 14:10 初動期限超過・第2段階 → boss@example.com（1回）',
      '2026-11-27 15:10 解決期限超過・第3段階 → exec+ops@example.co.jp（7回）',
    ]);
  });
  it('writes English lines, in a zone with daylight saving time', () => {
    expect(formatRecords(records, 'en', 'America/New_York').split('\n')).toEqual([
      '2026-11-23 21:10 Acknowledgement recorded',
      '2026-11-24 00:10 Respond-by passed, stage 2 → boss@example.com (1 time)',
      '2026-11-27 01:10 Resolve-by passed, stage 3 → exec+ops@example.co.jp (7 times)',
    ]);
  });
});

describe('parseRecords', () => {
  it.each([
    ['ja', 'Asia/Tokyo'],
    ['en', 'America/New_York'],
    ['ja', 'Europe/London'],
  ] as const)('reads back what it wrote (%s, %s)', (lang, zone) => {
    expect(parseRecords(formatRecords(records, lang, zone), zone)).toEqual(records);
  });
  it('reads a line in the other language, so a sheet whose language changed keeps its history', () => {
    expect(
      parseRecords('2026-11-24 14:10 Respond-by passed, stage 2 → boss@example.com (1 time)', 'Asia/Tokyo'),
    ).toEqual([records[1]]);
  });
  it('reads a line retyped with full-width digits and spaces', () => {
    expect(
      parseRecords('２０２６-１１-２４　１４:１０ 初動期限超過・第２段階 → boss@example.com（１回）', 'Asia/Tokyo'),
    ).toEqual([records[1]]);
  });
  it('reads the machine lines earlier versions wrote', () => {
    expect(
      parseRecords('ack - 0 2026-11-24T02:10Z\nresolve3 exec+ops@example.co.jp 7 2026-11-27T06:10Z', 'Asia/Tokyo'),
    ).toEqual([records[0], records[2]]);
  });
  it('drops lines it cannot read, keeping the others', () => {
    const cell = [
      'メモ: 電話で確認済み',
      '2026-11-24 14:10 何かの通知 → boss@example.com（1回）',
      '2026-11-24 14:10 確認を記録 → boss@example.com（1回）',
      '2026-11-24 14:10 初動期限超過・第2段階',
      '2026-11-24 14:10 初動期限超過・第2段階 → boss@example.com（1回）',
    ].join('\n');
    expect(parseRecords(cell, 'Asia/Tokyo')).toEqual([records[1]]);
    expect(parseRecords('', 'Asia/Tokyo')).toEqual([]);
    expect(parseRecords(42, 'Asia/Tokyo')).toEqual([]);
  });
});
