// The hourly run's read of the measures sheet (issue #16): on a long sheet it leaves the 対策内容 text
// out (a few reads, whatever the rows), with or without `wanted`, and reads the text of the measures
// its emails show only, within a row budget; short sheets and every other caller read the sheet whole.
import { describe, expect, it } from 'vitest';
import {
  MEASURES_PROBE_FROM,
  TEXT_LEFT_OUT_FROM,
  MEASURE_TEXT_ROWS,
  ensureMeasuresSheet,
  readMeasureTexts,
  readMeasures,
} from '../../src/adapters/measures-sheet';
import { shownMeasures, writeMeasureCells } from '../../src/adapters/follow-up-sheets';
import { MEASURE_COLUMN_KEYS, type MeasureColumn } from '../../src/domain/measures/measure-columns';
import type { DigestDraft } from '../../src/domain/notices/digest';
import type { FollowUpItem } from '../../src/domain/notices/follow-up-items';
import { createAppsScriptFakes } from '../../tools/fakes';
import type { FakeSheet } from '../../tools/fakes/sheet';

const TZ = 'Asia/Tokyo';
const TEXT = '対策内容#';
const textOf = (row: number) => `${TEXT}${row} 代替品の手配と検査手順の見直し`;
const column = (c: MeasureColumn) => MEASURE_COLUMN_KEYS.indexOf(c) + 1;

/** A measures sheet of `count` rows: row r is INC-r's measure, open on even rows, done on odd ones. */
function measuresSheet(count: number, edit?: (row: number, sheet: FakeSheet) => void) {
  const fakes = createAppsScriptFakes();
  const ss = fakes.spreadsheet.self();
  ensureMeasuresSheet(ss, 'ja');
  const sheet = fakes.spreadsheet.sheet('対策') as FakeSheet;
  for (let r = 2; r <= count + 1; r++) {
    const cells: Partial<Record<MeasureColumn, unknown>> = {
      incidentId: `INC-${r}`,
      measure: textOf(r),
      kind: '恒久対策',
      owner: `owner${r % 5}@example.com`,
      dueAt: new Date('2026-12-01T18:00:00+09:00'),
      status: r % 2 === 0 ? '実施中' : '完了',
      notifications: r % 7 === 0 ? `記録${r}` : '',
    };
    for (const [key, value] of Object.entries(cells)) sheet.write(r, column(key as MeasureColumn), value);
    edit?.(r, sheet);
  }
  // The 対策内容 cells each read moved, by their text: what the run read of the text column.
  const textsRead: string[] = [];
  const add = fakes.calls.addPayload.bind(fakes.calls);
  fakes.calls.addPayload = (direction, cells) => {
    if (direction === 'read')
      for (const row of cells) for (const cell of row) if (String(cell).startsWith(TEXT)) textsRead.push(String(cell));
    add(direction, cells);
  };
  return { fakes, ss, sheet, textsRead };
}

/** Long enough for the hourly run to leave the text out of a whole read. */
const LONG = TEXT_LEFT_OUT_FROM + 500;

describe('readMeasures withoutText', () => {
  it('reads a long sheet without the text, in a few reads, with every other cell as a whole read has it', () => {
    const { fakes, ss, textsRead } = measuresSheet(LONG, (r, sheet) => {
      if (r === 50) sheet.write(r, column('dueAt'), '来週'); // no date: named as a problem still
    });
    fakes.calls.reset();
    const read = readMeasures(ss, 'ja', TZ, { withoutText: true });
    expect(textsRead).toEqual([]);
    // The row count, the width, the header, then the ID column and the eight columns after the text.
    expect(fakes.calls.count('Range.getValues')).toBe(3);
    expect(read.textUnread).toBe(true);
    expect(read.unread).toBeUndefined();
    const whole = readMeasures(ss, 'ja', TZ);
    expect(whole.textUnread).toBeUndefined();
    expect(whole.measures[0]?.measure).toBe(textOf(2));
    expect(read.measures).toHaveLength(LONG);
    expect(read.measures).toEqual(whole.measures.map((m) => ({ ...m, measure: '', textUnread: true })));
    expect(read.measures.find((m) => m.sheetRow === 50)?.unreadable).toEqual(['dueAt']);
  });

  it('keeps a sheet too short for the text to outweigh two more reads one whole read, text and all', () => {
    for (const rows of [MEASURES_PROBE_FROM - 10, TEXT_LEFT_OUT_FROM - 10]) {
      const { fakes, ss, textsRead } = measuresSheet(rows);
      fakes.calls.reset();
      const read = readMeasures(ss, 'ja', TZ, { withoutText: true });
      expect(fakes.calls.count('Range.getValues')).toBe(1);
      expect(textsRead).toHaveLength(rows);
      expect(read.textUnread).toBeUndefined();
      expect(read.measures[0]).toMatchObject({ measure: textOf(2) });
      expect(read.measures[0]).not.toHaveProperty('textUnread');
    }
  });

  it('reads the text of a long sheet for every other caller (the sidebar, the weekly review)', () => {
    const { fakes, ss, textsRead } = measuresSheet(LONG);
    fakes.calls.reset();
    const read = readMeasures(ss, 'ja', TZ);
    expect(fakes.calls.count('Range.getValues')).toBe(1);
    expect(textsRead).toHaveLength(LONG);
    expect(read.measures.every((m) => m.measure.startsWith(TEXT) && !m.textUnread)).toBe(true);
  });

  it('combines with wanted: only the wanted rows, without their text, and the 通知記録 write keeps to its column', () => {
    const { fakes, ss, sheet, textsRead } = measuresSheet(LONG);
    // Rows 100 to 5,300, 400 apart: one window (closer than MEASURE_GAP) long enough to leave the text out.
    const wanted = new Set(Array.from({ length: 14 }, (_, i) => `INC-${100 + i * 400}`));
    fakes.calls.reset();
    const read = readMeasures(ss, 'ja', TZ, { wanted: (id) => wanted.has(id), withoutText: true });
    expect(textsRead).toEqual([]);
    // The rows between wanted ones in a window come along (reading them costs less than a call).
    expect(read.measures[0]).toMatchObject({ sheetRow: 100, incidentId: 'INC-100', measure: '', status: 'doing' });
    expect(read.measures[1]).toMatchObject({ sheetRow: 101, incidentId: 'INC-101', measure: '', status: 'done' });
    expect(read.measures).toHaveLength(5_201);
    expect(read.measures.every((m) => m.textUnread)).toBe(true);
    expect(read.unread?.[99]).toBe(false);
    expect(read.unread?.[5_400]).toBe(true);
    // The header, the IDs, then the window's columns after the text (the ID column is already read).
    expect(fakes.calls.count('Range.getValues')).toBe(1 + 1 + 1);
    const before = sheet.valuesSnapshot().map((row) => row[column('measure') - 1]);
    writeMeasureCells(read, new Map([...read.measures].map((m) => [m.sheetRow, `通知${m.sheetRow}`])));
    const after = sheet.valuesSnapshot();
    expect(after.map((row) => row[column('measure') - 1])).toEqual(before);
    expect(after[99]?.[column('notifications') - 1]).toBe('通知100');
    expect(after[5_299]?.[column('notifications') - 1]).toBe('通知5300');
  });

  it('takes the text along in a short read of wanted rows: leaving it out would cost more calls than it saves', () => {
    const { fakes, ss, textsRead } = measuresSheet(LONG);
    const wanted = new Set(['INC-100', 'INC-102', 'INC-1800']);
    fakes.calls.reset();
    const read = readMeasures(ss, 'ja', TZ, { wanted: (id) => wanted.has(id), withoutText: true });
    expect(read.measures.map((m) => [m.sheetRow, m.measure])).toEqual([
      [100, textOf(100)],
      [101, textOf(101)],
      [102, textOf(102)],
      [1800, textOf(1800)],
    ]);
    expect(read.textUnread).toBeUndefined();
    expect(textsRead).toHaveLength(4);
    // The IDs, then one read per window (two: the rows 100–102 and 1,800).
    expect(fakes.calls.count('Range.getValues')).toBe(1 + 1 + 2);
  });

  it('reads the text whole with wanted alone, as before', () => {
    const { ss, textsRead } = measuresSheet(LONG);
    const read = readMeasures(ss, 'ja', TZ, { wanted: (id) => id === 'INC-300' });
    expect(read.measures).toMatchObject([{ sheetRow: 300, measure: textOf(300) }]);
    expect(read.measures[0]).not.toHaveProperty('textUnread');
    expect(textsRead).toEqual([textOf(300)]);
  });
});

describe('readMeasureTexts', () => {
  it('reads the given rows only, in a few windows, first come first within the budget', () => {
    const { fakes, ss, textsRead } = measuresSheet(5_000);
    const read = readMeasures(ss, 'ja', TZ, { withoutText: true });
    fakes.calls.reset();
    textsRead.length = 0;
    // Four windows hold the first four rows; the fifth, a thousand rows from any, would pass the
    // budget, and what follows it waits too (the first emails' measures come first).
    const texts = readMeasureTexts(read, [2, 1250, 2, 3750, 5001, 2500, 2501]);
    expect([...texts.keys()].sort((a, b) => a - b)).toEqual([2, 1250, 3750, 5001]);
    expect(texts.get(1250)).toBe(textOf(1250));
    expect(fakes.calls.count('Range.getValues')).toBe(4);
    expect(textsRead.sort()).toEqual([2, 1250, 3750, 5001].map(textOf).sort());
  });

  it('reads rows close together in one window, never past MEASURE_TEXT_ROWS', () => {
    const { ss, textsRead } = measuresSheet(LONG);
    const read = readMeasures(ss, 'ja', TZ, { withoutText: true });
    const rows = Array.from({ length: LONG }, (_, i) => i + 2);
    const texts = readMeasureTexts(read, rows);
    expect(texts.size).toBe(MEASURE_TEXT_ROWS);
    expect(textsRead).toHaveLength(MEASURE_TEXT_ROWS);
    expect(texts.get(2)).toBe(textOf(2));
  });
});

describe('shownMeasures', () => {
  const item = (row: number): FollowUpItem => ({
    kind: 'overdue',
    recipient: 'owner@example.com',
    incident: { id: `INC-${row}`, sheetRow: 10, level: 'high', summary: '' },
    deadline: new Date('2026-12-01T18:00:00+09:00'),
    measure: { sheetRow: row, text: '', kind: 'permanent', owner: '', dueAt: null, unreadable: [] },
  });
  const draft = (followUps: FollowUpItem[]): DigestDraft => ({
    recipient: 'owner@example.com',
    notices: [],
    worst: 4,
    lastTold: -Infinity,
    waitingSince: 0,
    followUps,
  });

  it('reads the texts of the listed incidents’ open measures and of the listed follow-ups only', () => {
    const { ss, textsRead } = measuresSheet(LONG);
    const read = readMeasures(ss, 'ja', TZ, { withoutText: true });
    const shown = shownMeasures(read, [{ incidentIds: ['INC-600', 'INC-601'], followUps: [item(1200)] }], 'ja', TZ);
    // INC-601's measure is done: no line, no read.
    expect(textsRead.sort()).toEqual([textOf(600), textOf(1200)].sort());
    expect(shown.openMeasures.get('INC-600')?.[0]).toContain(textOf(600));
    expect(shown.openMeasures.has('INC-601')).toBe(false);
    // Every open measure keeps its line; those not read show their row.
    expect(shown.openMeasures.get('INC-800')?.[0]).toContain('対策シート 800行目');
    const written = shown.withTexts(draft([item(1200), item(1300)]));
    expect(written.followUps?.map((f) => f.measure?.text)).toEqual([textOf(1200), '']);
  });

  it('reads nothing more when the run read the text', () => {
    const { fakes, ss } = measuresSheet(40);
    const read = readMeasures(ss, 'ja', TZ, { withoutText: true });
    fakes.calls.reset();
    const shown = shownMeasures(read, [{ incidentIds: ['INC-10'], followUps: [item(12)] }], 'ja', TZ);
    expect(fakes.calls.count('Range.getValues')).toBe(0);
    expect(shown.openMeasures.get('INC-10')?.[0]).toContain(textOf(10));
    const original = draft([item(12)]);
    expect(shown.withTexts(original)).toBe(original);
  });
});
