// The state cells written back after a run: stage and records as the deliveries left them, whether
// a row is notified for the first time, again, or twice in one run, and rows the sweep cannot read.
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../../../src/domain/incident-columns';
import { DEFAULT_SETTINGS, calendarOf } from '../../../src/domain/settings/settings';
import { STATE_COLUMNS, type SweepPlan, planSweep } from '../../../src/domain/sweep/sweep-plan';
import { stateBlock } from '../../../src/domain/sweep/state-rows';
import type { RowNotices } from '../../../src/domain/sweep/sweep-log';

const NOW = new Date('2026-11-30T10:10:00+09:00');
const REPORTED = new Date('2026-11-24T09:00:00+09:00');
const TODAY = new Date('2026-11-30T08:30:00+09:00');

function plan(rows: Partial<Record<IncidentColumn, unknown>>[]): SweepPlan {
  const base = {
    reportedAt: REPORTED,
    summary: 's',
    impact: '高',
    urgency: '高',
    status: '対応中',
    managerEmail: 'a@example.com',
  };
  const values = [
    INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].en),
    ...rows.map((r) => INCIDENT_COLUMN_KEYS.map((k) => ({ ...base, ...r })[k] ?? '')),
  ];
  return planSweep({
    values,
    settings: DEFAULT_SETTINGS,
    calendar: calendarOf(DEFAULT_SETTINGS, 'Asia/Tokyo'),
    lang: 'en',
    now: NOW,
    idFloor: 0,
  });
}

/** Every notice of the plan delivered, except those of the incidents listed. */
function deliveredExcept(p: SweepPlan, ...undelivered: string[]): RowNotices[] {
  return p.rows.map((r) => {
    const notices = undelivered.includes(r.id) ? [] : (r.decision?.notices ?? []);
    return notices.length === 0 ? undefined : notices.length === 1 ? notices[0] : [...notices];
  });
}

/** [stage, notifications] of each row. */
function recordCells(p: SweepPlan, delivered: RowNotices[]): unknown[][] {
  const { rows } = stateBlock(p, delivered, 'en', NOW, [...STATE_COLUMNS]);
  return rows.map((cells) => [cells[STATE_COLUMNS.indexOf('stage')], cells[STATE_COLUMNS.indexOf('notifications')]]);
}

describe('stateBlock', () => {
  it('records each delivered notice by kind and recipient, first ones and repeated ones alike', () => {
    const p = plan([
      { id: 'INC-1' },
      { id: 'INC-2', managerEmail: 'b@example.com' },
      { id: 'INC-3', reportedAt: TODAY },
      { id: 'INC-4' },
      { id: 'INC-5', managerEmail: 'a@example.com, b@example.com' },
      {
        id: 'INC-6',
        notifications: 'respond3 a@example.com 1 2026-11-29T01:10Z\nresolve3 a@example.com 2 2026-11-29T02:10Z',
      },
      { id: 'INC-7', reportedAt: TODAY, managerEmail: 'b@example.com' },
    ]);
    expect(recordCells(p, deliveredExcept(p))).toEqual([
      ['Stage 3', '2026-11-30 10:10 Resolve-by passed, stage 3 → a@example.com (1 time)'],
      ['Stage 3', '2026-11-30 10:10 Resolve-by passed, stage 3 → b@example.com (1 time)'],
      ['Stage 3', '2026-11-30 10:10 Respond-by passed, stage 3 → a@example.com (1 time)'],
      ['Stage 3', '2026-11-30 10:10 Resolve-by passed, stage 3 → a@example.com (1 time)'],
      [
        'Stage 3',
        '2026-11-30 10:10 Resolve-by passed, stage 3 → a@example.com (1 time)\n2026-11-30 10:10 Resolve-by passed, stage 3 → b@example.com (1 time)',
      ],
      [
        'Stage 3',
        '2026-11-29 10:10 Respond-by passed, stage 3 → a@example.com (1 time)\n2026-11-30 10:10 Resolve-by passed, stage 3 → a@example.com (3 times)',
      ],
      ['Stage 3', '2026-11-30 10:10 Respond-by passed, stage 3 → b@example.com (1 time)'],
    ]);
  });

  it('leaves the records of an undelivered notice as they were, and a row it cannot read as it was', () => {
    const earlier = 'respond3 a@example.com 1 2026-11-29T01:10Z';
    const p = plan([
      { id: 'INC-1' },
      { id: 'INC-2', notifications: earlier },
      { id: 'INC-3', impact: 'bad', stage: 'Stage 2', notifications: earlier },
    ]);
    expect(recordCells(p, deliveredExcept(p, 'INC-1', 'INC-2'))).toEqual([
      ['Stage 1', ''],
      ['Stage 3', earlier],
      ['Stage 2', earlier],
    ]);
    const { rows, unchanged } = stateBlock(p, deliveredExcept(p), 'en', NOW, [...STATE_COLUMNS]);
    expect(unchanged).toBe(false);
    expect(rows[2]?.[STATE_COLUMNS.indexOf('rowProblems')]).toContain('Impact "bad" cannot be read');
  });
});
