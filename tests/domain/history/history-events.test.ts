import { describe, expect, it } from 'vitest';
import {
  HISTORY_KINDS,
  historyEventOf,
  historyKindLabel,
  historyRow,
  parseHistoryKind,
} from '../../../src/domain/history/history-events';
import { measurePositions, parseMeasureKind, parseMeasureStatus } from '../../../src/domain/measures/measure-columns';

describe('history events', () => {
  it('read back as written, in either language', () => {
    const event = {
      at: new Date('2026-12-01T01:00:00Z'),
      id: '12',
      kind: 'escalatedNow' as const,
      by: 'sato@example.com',
      stage: 3 as const,
      detail: '現場対応で改善せず',
    };
    expect(historyEventOf(historyRow(event, 'ja'))).toEqual(event);
    expect(historyEventOf(historyRow(event, 'en'))).toEqual(event);
  });

  it('has a distinct label for every kind in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const labels = HISTORY_KINDS.map((k) => historyKindLabel(k, lang));
      expect(new Set(labels).size).toBe(HISTORY_KINDS.length);
      for (const kind of HISTORY_KINDS) expect(parseHistoryKind(historyKindLabel(kind, lang))).toBe(kind);
    }
  });

  it('skips rows that are not events: no date, unknown kind, no ID', () => {
    expect(historyEventOf(['2026-12-01', '1', '報告', '', '', ''])).toBeNull();
    expect(historyEventOf([new Date(), '1', 'メモ', '', '', ''])).toBeNull();
    expect(historyEventOf([new Date(), ' ', '報告', '', '', ''])).toBeNull();
  });
});

describe('measure words', () => {
  it('reads kinds and statuses in both languages and the headers in either', () => {
    expect(parseMeasureKind('恒久対策')).toBe('permanent');
    expect(parseMeasureKind('Roll-out')).toBe('rollOut');
    expect(parseMeasureStatus('完了')).toBe('done');
    expect(parseMeasureStatus('In progress')).toBe('doing');
    expect(parseMeasureStatus('なにか')).toBeUndefined();
    expect(measurePositions(['メモ', 'Incident ID', '対策内容', 'Due'])).toEqual({
      incidentId: 1,
      measure: 2,
      dueAt: 3,
    });
  });
});
