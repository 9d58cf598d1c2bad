import { describe, expect, it } from 'vitest';
import { parseEmailList } from '../../src/domain/emails';

describe('parseEmailList', () => {
  it('splits a cell into addresses and the parts that are not addresses', () => {
    expect(parseEmailList('a@example.com, b@example.com；x')).toEqual({
      emails: ['a@example.com', 'b@example.com'],
      invalid: ['x'],
    });
  });

  it('returns a number, a date or a checkbox as one invalid item naming it, never as an empty cell', () => {
    expect(parseEmailList(12345)).toEqual({ emails: [], invalid: ['12345'] });
    expect(parseEmailList(new Date('2026-11-25T00:00:00Z'))).toEqual({
      emails: [],
      invalid: ['2026-11-25T00:00:00.000Z'],
    });
    expect(parseEmailList(true)).toEqual({ emails: [], invalid: ['true'] });
    expect(parseEmailList('')).toEqual({ emails: [], invalid: [] });
    expect(parseEmailList(null)).toEqual({ emails: [], invalid: [] });
  });

  it('reads addresses as Outlook and Gmail paste them, with the name in front', () => {
    expect(parseEmailList('山田 太郎 <yamada@example.co.jp>; "Sato, Hanako" <sato@example.co.jp>')).toEqual({
      emails: ['yamada@example.co.jp', 'sato@example.co.jp'],
      invalid: [],
    });
    expect(parseEmailList('山田 太郎 <yamada@example.co.jp>；佐藤 花子 <sato@example.co.jp>、c@example.com')).toEqual({
      emails: ['yamada@example.co.jp', 'sato@example.co.jp', 'c@example.com'],
      invalid: [],
    });
    expect(parseEmailList('a@example.com b@example.com')).toEqual({
      emails: ['a@example.com', 'b@example.com'],
      invalid: [],
    });
  });

  it('keeps a name with a space whole, to be looked up in the people table', () => {
    expect(parseEmailList('山田 太郎, 佐藤')).toEqual({ emails: [], invalid: ['山田 太郎', '佐藤'] });
    expect(parseEmailList('山田 <not-an-address>')).toEqual({ emails: [], invalid: ['山田 <not-an-address>'] });
  });
});
