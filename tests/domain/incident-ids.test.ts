import { describe, expect, it } from 'vitest';
import { assignIncidentIds, highestSequence, idSequence, readFloor } from '../../src/domain/incident-ids';

describe('incident IDs', () => {
  it('continues after the highest ID and the floor', () => {
    expect(assignIncidentIds(['INC-0007', '', 'INC-0003', ''], 5)).toEqual({
      ids: ['INC-0007', 'INC-0008', 'INC-0003', 'INC-0009'],
      highest: 9,
    });
  });

  it('does not count a typed ID past 15 digits, so new IDs never collide or repeat', () => {
    const typed = 'INC-99999999999999999999';
    expect(idSequence(typed)).toBeNull();
    expect(highestSequence([typed, 'INC-0002'])).toBe(2);
    const { ids, highest } = assignIncidentIds([typed, '', '', 'INC-0002', ''], 0);
    expect(ids).toEqual([typed, 'INC-0003', 'INC-0004', 'INC-0002', 'INC-0005']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(highest).toBe(5);
    // Near 2^53 counting by Number would repeat: 9007199254740993 reads as ...992.
    expect(idSequence('INC-9007199254740993')).toBeNull();
  });

  it('counts 15-digit IDs exactly and keeps counting from them without repeats', () => {
    const first = assignIncidentIds(['INC-999999999999999', '', ''], 0);
    expect(first.ids.slice(1)).toEqual(['INC-1000000000000000', 'INC-1000000000000001']);
    // The next run sees only the counted ID in the sheet, but the floor remembers what was handed out.
    const next = assignIncidentIds([...first.ids, ''], first.highest);
    expect(next.ids[3]).toBe('INC-1000000000000002');
  });

  it('ignores a stored floor that is unreadable or stale from an over-long ID', () => {
    expect(readFloor('100000000000000000000')).toBe(0);
    expect(readFloor('1e+20')).toBe(0);
    expect(readFloor('not a number')).toBe(0);
    expect(readFloor(null)).toBe(0);
    expect(readFloor('42')).toBe(42);
    expect(assignIncidentIds(['INC-0004', ''], 1e20).ids[1]).toBe('INC-0005');
  });
});
