// The sweep's plan of the incidents table: which rows get new IDs, and which are left alone.
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../../../src/domain/incident-columns';
import { DEFAULT_SETTINGS, calendarOf } from '../../../src/domain/settings/settings';
import { planSweep } from '../../../src/domain/sweep/sweep-plan';

const header = INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja);
const row = (cells: Partial<Record<IncidentColumn, unknown>>) => INCIDENT_COLUMN_KEYS.map((k) => cells[k] ?? '');
const incident = (id: unknown) =>
  row({
    id,
    reportedAt: new Date('2026-11-24T10:00:00+09:00'),
    summary: '納期遅延',
    impact: '中',
    urgency: '中',
    status: '対応中',
  });

function plan(rows: unknown[][], idFloor = 0) {
  return planSweep({
    values: [header, ...rows],
    settings: DEFAULT_SETTINGS,
    calendar: calendarOf(DEFAULT_SETTINGS, 'Asia/Tokyo'),
    lang: 'ja',
    now: new Date('2026-11-24T11:00:00+09:00'),
    idFloor,
  });
}

describe('planSweep: incident IDs', () => {
  it('numbers rows without an ID after the highest in use, skipping blank rows and keeping odd IDs as they are', () => {
    const result = plan([
      incident('INC-0007'),
      incident(''),
      row({}),
      incident(42),
      incident('  '),
      incident(' INC-0003 '),
    ]);
    expect(result.ids).toEqual(['INC-0007', 'INC-0008', '', '42', 'INC-0009', 'INC-0003']);
    expect(result.highestId).toBe(9);
    expect(result.rows.map((r) => r.id)).toEqual(result.ids);
  });
  it('never reuses an ID handed out before (the floor kept in document properties)', () => {
    const result = plan([incident('INC-0002'), incident('')], 15);
    expect(result.ids).toEqual(['INC-0002', 'INC-0016']);
    expect(result.highestId).toBe(16);
  });
  it('writes no ID column when every row has one (or is blank)', () => {
    const result = plan([incident('INC-0001'), row({}), incident(' INC-0002')], 4);
    expect(result.ids).toBeNull();
    expect(result.highestId).toBe(4);
    expect(result.rows.map((r) => r.id)).toEqual(['INC-0001', '', 'INC-0002']);
  });
});
