// normalizeKey folds widths, spaces and case; its memo of short words gives the same answers
// however many distinct words it has seen.
import { describe, expect, it } from 'vitest';
import { normalizeKey, utf8Bytes } from '../../src/domain/text';

describe('normalizeKey', () => {
  it('folds full-width forms, spaces and case', () => {
    expect(normalizeKey('　Ｈｉｇｈ　')).toBe('high');
    expect(normalizeKey('高  リスク')).toBe('高 リスク');
  });

  it('answers the same for a word seen again, after many others, and for long text', () => {
    expect(normalizeKey('Ｍｅｄｉｕｍ')).toBe('medium');
    for (let i = 0; i < 12_000; i++) expect(normalizeKey(`Ｗ${i}`)).toBe(`w${i}`);
    expect(normalizeKey('Ｍｅｄｉｕｍ')).toBe('medium');
    const long = `${'Ａ'.repeat(60)}  b`;
    expect(normalizeKey(long)).toBe(`${'a'.repeat(60)} b`);
  });
});

describe('utf8Bytes', () => {
  it('counts what Buffer does', () => {
    for (const text of ['INC-1', '大口解約', 'é', '𠮷', 'a大𠮷']) expect(utf8Bytes(text)).toBe(Buffer.byteLength(text));
  });
});
