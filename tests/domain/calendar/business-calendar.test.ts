// Business time across weekends, Japanese holidays, company days off, year ends and DST.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  addBusinessMinutesEach,
  businessMinutesBetween,
  createCalendar,
  isBusinessDay,
  isBusinessTime,
  nthBusinessDay,
  walkBusinessMinutes,
} from '../../../src/domain/calendar/business-calendar';
import { HOLIDAY_YEARS, JAPANESE_HOLIDAYS_MMDD } from '../../../src/domain/calendar/japanese-holidays';
import { dayNumber, localTime } from '../../../src/domain/calendar/zoned-time';

const holidayJp = createRequire(import.meta.url)('@holiday-jp/holiday_jp') as { holidays: Record<string, unknown> };

function calendar(timeZone = 'Asia/Tokyo', companyDaysOff: number[] = []) {
  return createCalendar({
    timeZone,
    startMinute: 540,
    endMinute: 1080,
    workdays: [1, 2, 3, 4, 5],
    companyDaysOff,
    nationalHolidays: true,
  });
}
const at = (iso: string) => new Date(iso);

describe('the generated holiday table', () => {
  it('holds exactly the package holidays for every year it covers', () => {
    const fromTable = Object.entries(JAPANESE_HOLIDAYS_MMDD).flatMap(([year, days]) =>
      days.split(' ').map((mmdd) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`),
    );
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
    expect(addBusinessMinutes(at('2026-12-31T17:00:00+09:00'), 120, withDayOff)).toEqual(
      at('2027-01-05T10:00:00+09:00'),
    );
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
  const newYork = createCalendar({
    timeZone: 'America/New_York',
    startMinute: 540,
    endMinute: 1080,
    workdays: [1, 2, 3, 4, 5],
    companyDaysOff: [],
    nationalHolidays: false,
  });
  it('keeps 09:00–18:00 local when the clocks go forward', () => {
    // Fri 17:00 EST + 2 h → Mon 10:00 EDT (DST began Sun 2026-03-08).
    expect(addBusinessMinutes(at('2026-03-06T17:00:00-05:00'), 120, newYork)).toEqual(at('2026-03-09T10:00:00-04:00'));
  });
  it('keeps 09:00–18:00 local when the clocks go back', () => {
    expect(addBusinessMinutes(at('2026-10-30T17:00:00-04:00'), 120, newYork)).toEqual(at('2026-11-02T10:00:00-05:00'));
    expect(businessMinutesBetween(at('2026-10-30T17:00:00-04:00'), at('2026-11-02T10:00:00-05:00'), newYork)).toBe(120);
  });
});

describe('nthBusinessDay', () => {
  const friday = dayNumber(2026, 12, 4);
  it('counts business days away from a day, forward or back, over weekends and holidays', () => {
    expect(nthBusinessDay(friday, 1, 1, calendar())).toBe(dayNumber(2026, 12, 7)); // Monday
    expect(nthBusinessDay(friday, 3, -1, calendar())).toBe(dayNumber(2026, 12, 1)); // Tue, Wed, Thu back
    expect(nthBusinessDay(dayNumber(2026, 12, 31), 1, 1, calendar())).toBe(dayNumber(2027, 1, 4)); // past 元日
  });

  it('is null for a calendar with no business days', () => {
    const never = createCalendar({
      timeZone: 'Asia/Tokyo',
      startMinute: 540,
      endMinute: 1080,
      workdays: [],
      companyDaysOff: [],
      nationalHolidays: true,
    });
    expect(nthBusinessDay(friday, 1, 1, never)).toBeNull();
  });
});

describe('isBusinessTime', () => {
  const tokyo = calendar();
  it.each([
    ['2026-11-24T08:59:00+09:00', false],
    ['2026-11-24T09:00:00+09:00', true],
    ['2026-11-24T17:59:00+09:00', true],
    ['2026-11-24T18:00:00+09:00', false],
    ['2026-11-23T12:00:00+09:00', false],
    ['2026-11-28T12:00:00+09:00', false],
  ])('%s → %s', (iso, expected) => {
    expect(isBusinessTime(at(iso), tokyo)).toBe(expected);
  });
});

describe('the business line (arithmetic over 2000–2060) agrees with walking the days', () => {
  // A seeded generator: the same 3,000 cases on every run, spread over years, hours and amounts.
  let seed = 20261124;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const calendars = [
    calendar(),
    calendar('Asia/Tokyo', [dayNumber(2026, 12, 29), dayNumber(2026, 12, 30), dayNumber(2031, 5, 7)]),
    createCalendar({
      timeZone: 'America/New_York',
      startMinute: 480,
      endMinute: 1020,
      workdays: [1, 2, 3, 4, 5],
      companyDaysOff: [],
      nationalHolidays: false,
    }),
    createCalendar({
      timeZone: 'Europe/London',
      startMinute: 0,
      endMinute: 1440,
      workdays: [0, 1, 2, 3, 4, 5, 6],
      companyDaysOff: [],
      nationalHolidays: false,
    }),
  ];
  /** Minutes between two instants by looking at every day: the meaning businessMinutesBetween must keep. */
  function minutesByDay(from: Date, to: Date, cal: (typeof calendars)[number]): number {
    const start = localTime(from, cal.timeZone);
    const end = localTime(to, cal.timeZone);
    let total = 0;
    for (let day = start.day; day <= end.day; day++) {
      if (!isBusinessDay(day, cal)) continue;
      const lo = Math.max(cal.startMinute, day === start.day ? start.minute : 0);
      const hi = Math.min(cal.endMinute, day === end.day ? end.minute : 1440);
      total += Math.max(0, hi - lo);
    }
    return total;
  }
  const cases = Array.from({ length: 3000 }, () => {
    // Whole minutes (deadlines are minute-exact), often on the hour: opening, closing and midnight edges.
    const minute = random() < 0.3 ? pick([0, 480, 540, 1020, 1080, 1439]) : Math.floor(random() * 1440);
    const start = new Date(
      Date.UTC(2020 + Math.floor(random() * 30), 0, 1 + Math.floor(random() * 365)) + minute * 60_000,
    );
    const minutes = random() < 0.2 ? pick([1, 60, 539, 540, 541, 1080, 1440]) : 1 + Math.floor(random() * 30_000);
    return { cal: pick(calendars), start, minutes };
  });

  it('gives the same deadline as the walk for 3,000 starts and amounts', () => {
    const differ = cases.filter(
      ({ cal, start, minutes }) =>
        addBusinessMinutes(start, minutes, cal).getTime() !==
        (walkBusinessMinutes(start, [minutes], cal)[0] as Date).getTime(),
    );
    expect(differ).toEqual([]);
  });
  it('gives the same several deadlines from one start as one at a time', () => {
    for (const { cal, start, minutes } of cases.slice(0, 300)) {
      const amounts = [0, minutes, minutes * 3];
      expect(addBusinessMinutesEach(start, amounts, cal)).toEqual(
        amounts.map((m) => addBusinessMinutes(start, m, cal)),
      );
    }
  });
  it('counts the same minutes between two instants as looking at every day', () => {
    const differ = cases.filter(({ cal, start, minutes }) => {
      const end = new Date(start.getTime() + minutes * 97_000); // not minute-aligned, any hour
      return businessMinutesBetween(start, end, cal) !== minutesByDay(start, end, cal);
    });
    expect(differ).toEqual([]);
  });
  it('walks the days for instants outside the window, with the same answers', () => {
    const tokyo = calendar();
    // 1999 has no holidays in the table: Friday 31 December is a working day.
    expect(addBusinessMinutes(at('1999-12-30T17:00:00+09:00'), 120, tokyo)).toEqual(at('1999-12-31T10:00:00+09:00'));
    expect(addBusinessMinutes(at('2060-12-29T17:00:00+09:00'), 2000, tokyo)).toEqual(
      walkBusinessMinutes(at('2060-12-29T17:00:00+09:00'), [2000], tokyo)[0],
    );
    expect(businessMinutesBetween(at('1999-12-30T17:00:00+09:00'), at('2000-01-04T10:00:00+09:00'), tokyo)).toBe(
      60 + 540 + 540 + 60,
    ); // Thu, Fri, (weekend), Mon, Tue
  });
});
