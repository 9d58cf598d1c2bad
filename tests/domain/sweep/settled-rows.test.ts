// Settled rows (finished, recorded as resolved, nothing to attend to, resolved long enough ago that
// no follow-up can concern them) are the rows the hourly run leaves unread.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, calendarOf } from '../../../src/domain/settings/settings';
import { isSettled, settledBefore } from '../../../src/domain/sweep/settled-rows';
import { planSweep } from '../../../src/domain/sweep/sweep-plan';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../../../src/domain/incident-columns';
import { addBusinessMinutes } from '../../../src/domain/calendar/business-calendar';
import { durationMinutes } from '../../../src/domain/settings/settings';

const TZ = 'Asia/Tokyo';
const at = (local: string) => new Date(`${local}+09:00`);
const cal = calendarOf(DEFAULT_SETTINGS, TZ);

describe('isSettled', () => {
  it('needs a finished status in either language, a resolution date and no problem shown', () => {
    const resolved = at('2026-10-01T10:00:00');
    expect(isSettled('解決済み', resolved, '')).toBe(true);
    expect(isSettled('Closed', resolved, '')).toBe(true);
    expect(isSettled('対応中', resolved, '')).toBe(false);
    expect(isSettled('解決済み', '', '')).toBe(false); // typed as resolved: the run has not recorded it yet
    expect(isSettled('解決済み', resolved, '重複した ID')).toBe(false);
    expect(isSettled('', resolved, '')).toBe(false);
  });
});

describe('settledBefore', () => {
  const now = at('2026-12-07T10:00:00'); // a Monday

  it('lies before the last moment any retrospective reminder of a row resolved then could be due', () => {
    const before = settledBefore(DEFAULT_SETTINGS, cal, now);
    const f = DEFAULT_SETTINGS.followUp;
    // The longest span of the levels that want a retrospective, as follow-up-plan.ts counts it.
    const spans = f.retrospectiveLevels.map((level) => {
      const repeat = DEFAULT_SETTINGS.levels[level].repeat;
      return Math.max(repeat ? durationMinutes(repeat, cal) * DEFAULT_SETTINGS.reminderCap : 0, 9 * 60);
    });
    const reach = durationMinutes(f.retrospectiveAfter, cal) + Math.max(...spans);
    // A row resolved just before the threshold has had every reminder's moment pass.
    expect(addBusinessMinutes(new Date(before - 60_000), reach, cal).getTime()).toBeLessThan(now.getTime());
    // And the threshold is weeks back, not months: most of a long sheet is left unread.
    expect(now.getTime() - before).toBeLessThan(120 * 86_400_000);
    expect(now.getTime() - before).toBeGreaterThan(14 * 86_400_000);
  });

  it('leaves nothing unread when there are no business hours', () => {
    const closed = calendarOf(
      {
        ...DEFAULT_SETTINGS,
        businessHours: { ...DEFAULT_SETTINGS.businessHours, endMinute: DEFAULT_SETTINGS.businessHours.startMinute },
      },
      TZ,
    );
    expect(settledBefore(DEFAULT_SETTINGS, closed, now)).toBe(-Infinity);
  });
});

describe('planSweep with unread rows', () => {
  const header = INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja);
  const row = (cells: Partial<Record<IncidentColumn, unknown>>) => INCIDENT_COLUMN_KEYS.map((k) => cells[k] ?? '');

  it('neither completes, decides nor writes an unread row, and decides the others as before', () => {
    const values = [
      header,
      // Only the probe's columns, as open-rows.ts leaves an unread row.
      row({ id: 'INC-0001', status: '解決済み', resolvedAt: at('2026-06-01T10:00:00') }),
      row({
        id: 'INC-0002',
        reportedAt: at('2026-12-04T09:00:00'),
        summary: '納期遅延',
        impact: '高',
        urgency: '高',
        status: '対応中',
      }),
    ];
    const plan = planSweep({
      values,
      settings: { ...DEFAULT_SETTINGS, managers: { default: ['boss@example.com'] } },
      calendar: cal,
      lang: 'ja',
      now: at('2026-12-07T10:00:00'),
      idFloor: 0,
      unread: [true, false],
    });
    expect(plan.rows[0]?.unread).toBe(true);
    expect(plan.rows[0]?.decision).toBeUndefined();
    // The unread row's blank cells are not "missing": only the typed-in row is completed.
    for (const byRow of plan.completions.values()) expect([...byRow.keys()]).toEqual([1]);
    expect(plan.completions.size).toBeGreaterThan(0);
    expect(plan.rows[1]?.decision?.notices.length).toBeGreaterThan(0);
  });
});
