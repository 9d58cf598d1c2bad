// Business time across weekends, Japanese holidays, company days off, year ends and DST.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, createCalendar, isBusinessTime } from '../../../src/domain/escalation/business-calendar';
import { HOLIDAY_YEARS, JAPANESE_HOLIDAYS_MMDD } from '../../../src/domain/escalation/japanese-holidays';
import { dayNumber } from '../../../src/domain/escalation/zoned-time';

const holidayJp = createRequire(import.meta.url)('@holiday-jp/holiday_jp') as { holidays: Record<string, unknown> };

function calendar(timeZone = 'Asia/Tokyo', companyDaysOff: number[] = []) {
  return createCalendar({ timeZone, startMinute: 540, endMinute: 1080, workdays: [1, 2, 3, 4, 5], companyDaysOff, nationalHolidays: true });
}
const at = (iso: string) => new Date(iso);

describe('the generated holiday table', () => {
  it('holds exactly the package holidays for every year it covers', () => {
    const fromTable = Object.entries(JAPANESE_HOLIDAYS_MMDD).flatMap(([year, days]) =>
      days.split(' ').map((mmdd) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`));
    const fromPackage = Object.keys(holidayJp.holidays).filter((d) => {
      const year = Number(d.slice(0, 4));
      return year >= HOLIDAY_YEARS.first && year <= HOLIDAY_YEARS.last;
    });
    expect(fromTable.sort()).toEqual(fromPackage.sort());
    expect(fromTable).toContain('2026-11-23');
  });
});

describe('addBusinessMinutes (Asia/Tokyo, 09:00–18:00 Mon–Fri)', () => {
  const tokyo = calendar();
  it('skips a weekend and a national holiday (Mon 2026-11-23, 勤労感謝の日)', () => {
    expect(addBusinessMinutes(at('2026-11-20T17:00:00+09:00'), 120, tokyo)).toEqual(at('2026-11-24T10:00:00+09:00'));
  });
  it('crosses the year end (元日 on Friday, then the weekend)', () => {
    expect(addBusinessMinutes(at('2026-12-31T17:00:00+09:00'), 120, tokyo)).toEqual(at('2027-01-04T10:00:00+09:00'));
  });
  it("skips the company's own days off", () => {
    const withDayOff = calendar('Asia/Tokyo', [dayNumber(2027, 1, 4)]);
    expect(addBusinessMinutes(at('2026-12-31T17:00:00+09:00'), 120, withDayOff)).toEqual(at('2027-01-05T10:00:00+09:00'));
  });
  it('starts counting at opening time when started before it, and ends exactly at closing time', () => {
    expect(addBusinessMinutes(at('2026-11-25T07:00:00+09:00'), 60, tokyo)).toEqual(at('2026-11-25T10:00:00+09:00'));
    expect(addBusinessMinutes(at('2026-11-25T09:00:00+09:00'), 540, tokyo)).toEqual(at('2026-11-25T18:00:00+09:00'));
    expect(addBusinessMinutes(at('2026-11-25T09:00:00+09:00'), 541, tokyo)).toEqual(at('2026-11-26T09:01:00+09:00'));
  });
  it('treats zero minutes as "at once", even outside business hours', () => {
    expect(addBusinessMinutes(at('2026-11-28T03:00:00+09:00'), 0, tokyo)).toEqual(at('2026-11-28T03:00:00+09:00'));
  });
});

describe('businessMinutesBetween', () => {
  const tokyo = calendar();
  it('counts only open hours, over a weekend and a holiday', () => {
    expect(businessMinutesBetween(at('2026-11-20T17:00:00+09:00'), at('2026-11-24T10:00:00+09:00'), tokyo)).toBe(120);
  });
  it('is zero when the end is not later', () => {
    expect(businessMinutesBetween(at('2026-11-24T10:00:00+09:00'), at('2026-11-24T10:00:00+09:00'), tokyo)).toBe(0);
  });
  it('is the inverse of addBusinessMinutes', () => {
    const start = at('2026-11-19T15:20:00+09:00');
    for (const minutes of [1, 100, 539, 540, 2000, 5400]) {
      expect(businessMinutesBetween(start, addBusinessMinutes(start, minutes, tokyo), tokyo)).toBe(minutes);
    }
  });
});

describe('a time zone with daylight saving time (America/New_York)', () => {
  const newYork = createCalendar({ timeZone: 'America/New_York', startMinute: 540, endMinute: 1080, workdays: [1, 2, 3, 4, 5], companyDaysOff: [], nationalHolidays: false });
  it('keeps 09:00–18:00 local when the clocks go forward', () => {
    // Fri 17:00 EST + 2 h → Mon 10:00 EDT (DST began Sun 2026-03-08).
    expect(addBusinessMinutes(at('2026-03-06T17:00:00-05:00'), 120, newYork)).toEqual(at('2026-03-09T10:00:00-04:00'));
  });
  it('keeps 09:00–18:00 local when the clocks go back', () => {
    expect(addBusinessMinutes(at('2026-10-30T17:00:00-04:00'), 120, newYork)).toEqual(at('2026-11-02T10:00:00-05:00'));
    expect(businessMinutesBetween(at('2026-10-30T17:00:00-04:00'), at('2026-11-02T10:00:00-05:00'), newYork)).toBe(120);
  });
});

describe('isBusinessTime', () => {
  const tokyo = calendar();
  it.each([
    ['2026-11-24T08:59:00+09:00', false], ['2026-11-24T09:00:00+09:00', true], ['2026-11-24T17:59:00+09:00', true],
    ['2026-11-24T18:00:00+09:00', false], ['2026-11-23T12:00:00+09:00', false], ['2026-11-28T12:00:00+09:00', false],
  ])('%s → %s', (iso, expected) => {
    expect(isBusinessTime(at(iso), tokyo)).toBe(expected);
  });
});
