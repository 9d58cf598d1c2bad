// Hand edits of the deadlines: what a person changed is kept and recorded; what a paste carried over
// unchanged (a blank where there was no hand deadline, the same date again) is not.
import { describe, expect, it } from 'vitest';
import {
  INCIDENT_COLUMNS,
  INCIDENT_COLUMN_KEYS,
  type IncidentColumn,
  columnPositions,
} from '../../../src/domain/incident-columns';
import { handEdits } from '../../../src/domain/sweep/hand-edits';

const TZ = 'Asia/Tokyo';
const positions = columnPositions(INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja));
const row = (cells: Partial<Record<IncidentColumn, unknown>>) => INCIDENT_COLUMN_KEYS.map((k) => cells[k] ?? '');
const now = new Date('2026-12-07T10:00:00+09:00');
const base = { firstRow: 2, positions, timeZone: TZ, lang: 'ja' as const, now, user: 'boss@example.com' };

describe('handEdits', () => {
  it('records nothing for a paste whose deadline cells are blank where no hand deadline was kept', () => {
    const rows = [row({ id: 'INC-0001' }), row({ id: 'INC-0002', notifications: '' })];
    const edits = handEdits({ ...base, rows, edited: new Set(['respondBy', 'resolveBy']) });
    expect(edits.events).toEqual([]);
    expect(edits.notifications.size).toBe(0);
  });

  it('keeps a date typed by hand, and says what it replaced', () => {
    const rows = [row({ id: 'INC-0001', resolveBy: new Date('2026-12-10T18:00:00+09:00') })];
    const edits = handEdits({ ...base, rows, edited: new Set(['resolveBy']), oldValue: '2026/12/08 18:00' });
    expect(edits.notifications.get(0)).toMatch(/2026-12-10 18:00/);
    expect(edits.events.map((e) => e.detail)).toEqual(['解決期限: 2026/12/08 18:00 → 2026-12-10 18:00']);
  });

  it('records nothing when the same date is typed again, or the kept hand deadline is pasted back', () => {
    const date = new Date('2026-12-10T18:00:00+09:00');
    const retyped = handEdits({
      ...base,
      rows: [row({ id: 'INC-0001', resolveBy: date })],
      edited: new Set(['resolveBy']),
      oldValue: '2026-12-10 18:00',
    });
    expect(retyped.events).toEqual([]);
    const kept = handEdits({
      ...base,
      rows: [row({ id: 'INC-0001', resolveBy: date })],
      edited: new Set(['resolveBy']),
    });
    const notifications = kept.notifications.get(0) as string;
    const pasted = handEdits({
      ...base,
      rows: [row({ id: 'INC-0001', resolveBy: date, notifications }), row({ id: 'INC-0002' })],
      edited: new Set(['resolveBy']),
    });
    expect(pasted.events).toEqual([]);
    expect(pasted.notifications.size).toBe(0);
  });

  it('gives the rule back when a kept hand deadline is cleared', () => {
    const date = new Date('2026-12-10T18:00:00+09:00');
    const kept = handEdits({
      ...base,
      rows: [row({ id: 'INC-0001', resolveBy: date })],
      edited: new Set(['resolveBy']),
    });
    const cleared = handEdits({
      ...base,
      rows: [row({ id: 'INC-0001', resolveBy: '', notifications: kept.notifications.get(0) })],
      edited: new Set(['resolveBy']),
    });
    expect(cleared.events).toHaveLength(1);
    expect(cleared.notifications.get(0)).not.toMatch(/2026-12-10 18:00/);
  });
});
