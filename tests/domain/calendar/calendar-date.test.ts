import { describe, expect, it } from 'vitest';
import { isCalendarDay, isClockTime } from '../../../src/domain/calendar/calendar-date';

describe('isCalendarDay', () => {
  it('refuses days the calendar lacks instead of rolling them over', () => {
    expect(isCalendarDay(2026, 2, 30)).toBe(false);
    expect(isCalendarDay(2026, 4, 31)).toBe(false);
    expect(isCalendarDay(2026, 13, 1)).toBe(false);
    expect(isCalendarDay(2026, 2, 29)).toBe(false);
    expect(isCalendarDay(2028, 2, 29)).toBe(true);
    expect(isCalendarDay(2026, 12, 31)).toBe(true);
  });

  it('refuses clock times that would roll into the next hour or day', () => {
    expect(isClockTime(24, 0)).toBe(false);
    expect(isClockTime(10, 60)).toBe(false);
    expect(isClockTime(23, 59, 59)).toBe(true);
  });
});
