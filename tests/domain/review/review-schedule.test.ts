// The dashboard's daily refresh: the first hourly run after each business day's opening.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, calendarOf } from '../../../src/domain/settings/settings';
import { nextDailyReview } from '../../../src/domain/review/review-schedule';

const TZ = 'Asia/Tokyo';
const at = (local: string) => new Date(`${local}+09:00`);
const cal = calendarOf(DEFAULT_SETTINGS, TZ);

describe('nextDailyReview', () => {
  it('is now when the dashboard was never refreshed', () => {
    const now = at('2026-12-05T03:00:00');
    expect(nextDailyReview(null, cal, now)).toBe(now.getTime());
  });

  it("is the next business day's opening, past the weekend and the New Year holiday", () => {
    const opening = (local: string) => at(`${local}T09:00:00`).getTime();
    expect(nextDailyReview(at('2026-12-03T14:00:00').getTime(), cal, at('2026-12-03T15:00:00'))).toBe(
      opening('2026-12-04'),
    );
    // Friday's refresh: the next is Monday's opening.
    expect(nextDailyReview(at('2026-12-04T09:05:00').getTime(), cal, at('2026-12-04T10:00:00'))).toBe(
      opening('2026-12-07'),
    );
    // 1 January is a national holiday; 2 January 2027 is a Saturday.
    expect(nextDailyReview(at('2026-12-31T10:00:00').getTime(), cal, at('2026-12-31T11:00:00'))).toBe(
      opening('2027-01-04'),
    );
  });
});
