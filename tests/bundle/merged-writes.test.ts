// The state of many scattered rows is written in a few merged ranges (calls stay constant). The
// rows such a range covers without the run changing them keep what they hold at the moment of the
// write: a deadline a person typed while the run worked, a formula in one of the run's columns.
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../../src/domain/incident-columns';
import { HOUR, type SeedRow, VERY_HIGH, createEscalationEnv } from './escalation-env';

const local = (text: string) => new Date(`${text}+09:00`);
const column = (key: IncidentColumn) => INCIDENT_COLUMN_KEYS.indexOf(key) + 1;

/** Twelve open incidents with a finished one between each two: more runs of changes than one write makes. */
function seed(): SeedRow[] {
  return Array.from({ length: 24 }, (_, i) => {
    const common = {
      id: `INC-${String(i + 1).padStart(4, '0')}`,
      summary: `案件${i + 1}`,
      impact: '中',
      urgency: '高',
    };
    if (i % 2 === 0)
      return { ...common, reportedAt: '2026-11-16 09:00', status: '対応中', managerEmail: 'm@example.com' };
    return {
      ...common,
      reportedAt: local('2026-11-02T09:00:00'),
      status: '解決済み',
      stage: '第2段階',
      respondBy: local('2026-11-02T10:00:00'),
      resolveBy: local('2026-11-04T18:00:00'),
      resolvedAt: local('2026-11-03T15:00:00'),
      notifications: '2026-11-02 10:00 第2段階 m@example.com',
    };
  });
}

/**
 * The hourly run, with a person typing a new 解決期限 on `row` while it works: between its read and
 * its write (at the write's first look at the sheet, the array-formula check).
 */
function runTypingDuring(env: ReturnType<typeof createEscalationEnv>, row: number, typed: Date): void {
  let typedIn = false;
  env.calls.beforeCall = (name, sheet) => {
    if (!typedIn && sheet === 'インシデント' && name === 'Range.getFormulas') {
      typedIn = true;
      env.incidents.store(row, column('resolveBy'), { value: typed, formula: '' });
    }
  };
  env.bundle.call('checkEscalations');
  expect(typedIn).toBe(true);
}

describe('the state write, while people type', () => {
  it('keeps a deadline typed during the run and a formula in a state column', () => {
    const env = createEscalationEnv(seed(), { start: '2026-11-24T10:10:00+09:00' });
    const { incidents } = env;
    // Row 5 (INC-0004, finished): a formula where the run keeps its own 要確認 (it reads as blank).
    incidents.store(5, column('rowProblems'), { value: '', formula: '=IF(TRUE,"","")' });
    // Row 9 (INC-0008, finished): a person types a new 解決期限 while the run is between read and write.
    const typed = local('2026-12-01T12:00:00');
    runTypingDuring(env, 9, typed);

    // The open rows were written (their managers told), in merged ranges over the finished rows.
    expect(String(incidents.read(3, column('notifications')).value)).toContain('m@example.com');
    expect(String(incidents.read(25, column('notifications')).value)).toContain('m@example.com');
    // The finished rows between hold what they held when the write came.
    expect(incidents.read(5, column('rowProblems')).formula).toBe('=IF(TRUE,"","")');
    expect((incidents.read(9, column('resolveBy')).value as Date).getTime()).toBe(typed.getTime());
    expect(incidents.read(7, column('notifications')).value).toBe('2026-11-02 10:00 第2段階 m@example.com');
  });

  it("keeps a deadline typed during the run on a row the run changes, and writes the run's own change", () => {
    const veryHigh = (n: number): SeedRow => ({
      ...VERY_HIGH,
      id: `INC-000${n}`,
      summary: `案件${n}`,
      managerEmail: `m${n}@example.com`,
    });
    const env = createEscalationEnv([veryHigh(1), veryHigh(2)]);
    const { incidents } = env;
    env.bundle.call('checkEscalations'); // deadlines set, managers told
    const told = String(incidents.read(2, column('notifications')).value);
    env.clock.advance(HOUR); // a very-high incident is told again every hour
    const typed = local('2026-11-26T12:00:00');
    runTypingDuring(env, 2, typed);
    expect(String(incidents.read(2, column('notifications')).value)).not.toBe(told);
    expect((incidents.read(2, column('resolveBy')).value as Date).getTime()).toBe(typed.getTime());
  });
});
