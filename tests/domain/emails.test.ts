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
});
