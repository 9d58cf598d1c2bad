import { describe, expect, it } from 'vitest';
import { parseEmailList } from '../../src/domain/emails';
import { INCIDENT_COLUMN_KEYS, columnHeader, columnPositions, missingColumns } from '../../src/domain/incident-columns';
import { assignIncidentIds, formatIncidentId, highestSequence } from '../../src/domain/incident-ids';
import {
  CATEGORIES,
  STATUSES,
  categoryLabel,
  isFinished,
  parseCategory,
  parseStatus,
  statusLabel,
} from '../../src/domain/vocabulary';

describe('statuses and categories', () => {
  it('read back every label in both languages', () => {
    for (const status of STATUSES) {
      expect(parseStatus(statusLabel(status, 'ja'))).toBe(status);
      expect(parseStatus(statusLabel(status, 'en').toUpperCase())).toBe(status);
    }
    for (const category of CATEGORIES) {
      expect(parseCategory(categoryLabel(category, 'ja'))).toBe(category);
      expect(parseCategory(` ${categoryLabel(category, 'en')} `)).toBe(category);
    }
  });

  it('reads a blank status as open and rejects unknown words', () => {
    expect(parseStatus('')).toBe('open');
    expect(parseStatus('pending?')).toBeUndefined();
    expect(parseCategory('天気')).toBeUndefined();
    expect(STATUSES.filter(isFinished)).toEqual(['resolved', 'closed']);
  });
});

describe('incident columns', () => {
  it('finds columns by header in either language, wherever they stand', () => {
    const positions = columnPositions(['メモ', 'Summary', '影響度', ' urgency ', 'ID', '自分の列']);
    expect(positions).toMatchObject({ summary: 1, impact: 2, urgency: 3, id: 4 });
    expect(positions.owner).toBeUndefined();
    expect(missingColumns(positions)).not.toContain('summary');
    expect(missingColumns(columnPositions([]))).toEqual(INCIDENT_COLUMN_KEYS);
  });

  it('has a distinct header for every column in each language', () => {
    for (const lang of ['ja', 'en'] as const) {
      const headers = INCIDENT_COLUMN_KEYS.map((key) => columnHeader(key, lang));
      expect(new Set(headers).size).toBe(headers.length);
    }
  });
});

describe('incident IDs', () => {
  it('continue after the highest existing one and never reuse a handed-out sequence', () => {
    expect(formatIncidentId(7)).toBe('INC-0007');
    expect(formatIncidentId(12345)).toBe('INC-12345');
    expect(highestSequence(['INC-0003', 'x', 5, 'INC-0010 '])).toBe(10);
    expect(assignIncidentIds(['INC-0002', '', 'INC-0001', ' '])).toEqual({
      ids: ['INC-0002', 'INC-0003', 'INC-0001', 'INC-0004'],
      highest: 4,
    });
    expect(assignIncidentIds(['', ''], 9)).toEqual({ ids: ['INC-0010', 'INC-0011'], highest: 11 });
  });
});

describe('email lists', () => {
  it('splits on commas, semicolons, spaces and Japanese commas; keeps bad parts to report', () => {
    expect(parseEmailList('a@x.jp, b@y.com;c@z.co.jp、 A@X.JP')).toEqual({
      emails: ['a@x.jp', 'b@y.com', 'c@z.co.jp'],
      invalid: [],
    });
    // A stray space: quoted whole, as typed.
    expect(parseEmailList('boss@ example.com')).toEqual({ emails: [], invalid: ['boss@ example.com'] });
    expect(parseEmailList('ｂｏｓｓ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toEqual({ emails: ['boss@example.com'], invalid: [] });
    expect(parseEmailList(undefined)).toEqual({ emails: [], invalid: [] });
  });
});
