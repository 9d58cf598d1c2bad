// A measure whose text the hourly run left unread (a long measures sheet) keeps its open-measure
// line: the text read later for the listed ones, its row in place of it past the run's budget; and a
// follow-up item without its text leaves the text line out rather than printing an empty one.
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../../src/domain/measures/measure-row';
import { openMeasureLines, openMeasuresOf } from '../../../src/domain/notices/open-measures';
import { writeFollowUpItem } from '../../../src/domain/notices/follow-up-digest';
import type { FollowUpItem } from '../../../src/domain/notices/follow-up-items';
import { measureFixture } from '../../support/measure';

const measure = (sheetRow: number, fields: Partial<Measure> = {}): Measure =>
  measureFixture({
    sheetRow,
    incidentId: 'INC-0007',
    measure: `対策${sheetRow}`,
    kind: 'permanent',
    owner: 'suzuki@example.com',
    dueAt: new Date('2026-12-10T00:00:00+09:00'),
    ...fields,
  });
const unread = (sheetRow: number, fields: Partial<Measure> = {}) =>
  measure(sheetRow, { measure: '', textUnread: true, ...fields });

describe('openMeasureLines with texts left unread', () => {
  it('shows the texts read later, and the row of one not read, in either language', () => {
    const measures = [unread(2), unread(3, { kind: undefined, owner: '', dueAt: null }), unread(4)];
    const texts = new Map([[2, '出荷前検査の見直し']]);
    expect(openMeasureLines(measures, 'ja', 'Asia/Tokyo', texts).get('INC-0007')).toEqual([
      '恒久対策: 出荷前検査の見直し（suzuki@example.com、2026-12-10）',
      '対策シート 3行目',
      '恒久対策: 対策シート 4行目（suzuki@example.com、2026-12-10）',
    ]);
    expect(openMeasureLines(measures, 'en', 'Asia/Tokyo', texts).get('INC-0007')?.[1]).toBe('Measures sheet, row 3');
  });

  it('leaves out what is done, dropped or blank, as a whole read does', () => {
    const measures = [
      unread(2, { status: 'done' }),
      unread(3, { status: 'dropped' }),
      measure(4, { measure: '' }), // read, and blank
      unread(5), // read later, and blank
      unread(6),
    ];
    const texts = new Map([
      [5, ''],
      [6, '手順書の改訂'],
    ]);
    expect(openMeasureLines(measures, 'ja', 'Asia/Tokyo', texts).get('INC-0007')).toEqual([
      '恒久対策: 手順書の改訂（suzuki@example.com、2026-12-10）',
    ]);
  });

  it('chooses at most five measures an incident, an unread text counting as one: the rows to read', () => {
    const measures = [measure(2, { measure: '' }), ...[3, 4, 5, 6, 7, 8].map((r) => unread(r))];
    const chosen = openMeasuresOf(measures).get('INC-0007') ?? [];
    expect(chosen.map((m) => m.sheetRow)).toEqual([3, 4, 5, 6, 7]);
    expect(openMeasureLines(measures, 'ja', 'Asia/Tokyo').get('INC-0007')).toHaveLength(5);
  });

  it('makes the same lines as before when the text was read', () => {
    const lines = openMeasureLines([measure(2), measure(3, { incidentId: 'INC-0001' })], 'ja', 'Asia/Tokyo');
    expect(lines.get('INC-0007')).toEqual(['恒久対策: 対策2（suzuki@example.com、2026-12-10）']);
    expect(lines.get('INC-0001')).toHaveLength(1);
  });
});

describe('a follow-up item whose measure text is not known', () => {
  const item = (text: string): FollowUpItem => ({
    kind: 'overdue',
    recipient: 'suzuki@example.com',
    incident: { id: 'INC-0007', sheetRow: 8, level: 'high', summary: '検査漏れ' },
    deadline: new Date('2026-12-10T09:00:00+09:00'),
    measure: { sheetRow: 40, text, kind: 'permanent', owner: 'suzuki@example.com', dueAt: null, unreadable: [] },
  });
  const ctx = {
    timeZone: 'Asia/Tokyo',
    incidentsLink: 'https://docs.google.com/spreadsheets/d/x/edit#gid=0',
    measuresLink: 'https://docs.google.com/spreadsheets/d/x/edit#gid=7',
  };

  it('leaves the text line out and keeps the rest, with the link to its row', () => {
    const { text, html } = writeFollowUpItem(item(''), ctx, 'ja');
    expect(text).not.toContain('対策内容');
    expect(text).toContain('種別: 恒久対策');
    expect(text).toContain('#gid=7&range=A40');
    expect(html).not.toContain('対策内容');
    expect(writeFollowUpItem(item('出荷前検査の見直し'), ctx, 'ja').text).toContain('対策内容: 出荷前検査の見直し');
  });
});
