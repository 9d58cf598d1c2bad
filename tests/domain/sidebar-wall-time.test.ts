import { describe, expect, it } from 'vitest';
import { wallTime, zonedIso } from '../../src/sidebar/wall-time';

describe('the occurrence time on the spreadsheet clock, whatever zone this process runs in', () => {
  const instant = new Date('2026-11-24T01:30:00Z');

  it('shows an instant as the zone clock shows it', () => {
    expect(wallTime(instant, 'Asia/Tokyo')).toBe('2026-11-24T10:30');
    expect(wallTime(instant, 'UTC')).toBe('2026-11-24T01:30');
    expect(wallTime(instant, 'America/New_York')).toBe('2026-11-23T20:30');
    expect(wallTime(new Date('2026-11-23T15:00:00Z'), 'Asia/Tokyo')).toBe('2026-11-24T00:00');
  });

  it('turns a wall time back into ISO 8601 with the zone offset', () => {
    expect(zonedIso('2026-11-24T10:30', 'Asia/Tokyo')).toBe('2026-11-24T10:30:00+09:00');
    expect(zonedIso('2026-11-24T10:30', 'UTC')).toBe('2026-11-24T10:30:00+00:00');
    expect(zonedIso('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T09:00:00-04:00');
    expect(zonedIso('2026-12-01T09:00', 'America/New_York')).toBe('2026-12-01T09:00:00-05:00');
    expect(zonedIso('2026-11-24T10:30', 'Asia/Kolkata')).toBe('2026-11-24T10:30:00+05:30');
  });

  it('round-trips: the ISO text names the same instant the wall time showed', () => {
    for (const zone of ['Asia/Tokyo', 'UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata']) {
      expect(new Date(zonedIso(wallTime(instant, zone), zone) ?? '').getTime()).toBe(instant.getTime());
    }
  });

  it('rejects what is not a wall time', () => {
    expect(zonedIso('2026-02-30T10:00', 'Asia/Tokyo')).toBeNull();
    expect(zonedIso('2026-11-24 10:30', 'Asia/Tokyo')).toBeNull();
    expect(zonedIso('', 'Asia/Tokyo')).toBeNull();
  });
});
