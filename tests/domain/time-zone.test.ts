// Proves each unit project really runs in the zone it names, so "runs under two zones" is true.
import { describe, expect, it } from 'vitest';

describe('test time zone', () => {
  it('is the zone the project set', () => {
    const expected = process.env.TZ;
    expect(['UTC', 'Asia/Tokyo']).toContain(expected);
    const offset = new Date(2026, 0, 1).getTimezoneOffset();
    expect(offset).toBe(expected === 'UTC' ? 0 : -540);
  });
});
