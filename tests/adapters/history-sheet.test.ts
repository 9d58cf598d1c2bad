// The history sheet: appended in one write, read whole for one incident, and read from where the
// window begins for the hourly review (a year of events is not read every hour).
import { describe, expect, it } from 'vitest';
import { appendHistory, readHistory, readHistorySince } from '../../src/adapters/history-sheet';
import type { HistoryEvent } from '../../src/domain/history/history-events';
import { createAppsScriptFakes } from '../../tools/fakes';
import type { FakeSheet } from '../../tools/fakes/sheet';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00+09:00');

function env(days: number) {
  const fakes = createAppsScriptFakes({ spreadsheet: { locale: 'ja_JP' } });
  const ss = fakes.spreadsheet.self();
  const props = fakes.properties.document as unknown as GoogleAppsScript.Properties.Properties;
  const events: HistoryEvent[] = Array.from({ length: days }, (_, i) => ({
    at: new Date(START + i * DAY),
    id: `INC-${i + 1}`,
    kind: 'reported',
    by: '=HYPERLINK("http://x")',
    detail: '',
  }));
  appendHistory(ss, 'ja', events);
  return { fakes, ss, props, sheet: fakes.spreadsheet.sheet('履歴') as FakeSheet };
}

describe('the history sheet', () => {
  it('is made on first use and keeps what a person typed as text', () => {
    const { ss, sheet } = env(3);
    expect(sheet.valuesSnapshot()[0]).toEqual(['日時', 'ID', '出来事', '実施者', '段階', '詳細']);
    expect(readHistory(ss, 'ja', 'INC-2').map((e) => e.by)).toEqual(['=HYPERLINK("http://x")']);
  });

  it('reads the window from where it began last time, and from the top when rows above were deleted', () => {
    const { fakes, ss, props, sheet } = env(300);
    const since = (day: number) => START + day * DAY;
    expect(readHistorySince(ss, 'ja', props, since(250)).map((e) => e.id)[0]).toBe('INC-251');
    fakes.calls.reset();
    const again = readHistorySince(ss, 'ja', props, since(251));
    expect(again).toHaveLength(49);
    // Only the window (and the one row before it) was read, not the 300 rows.
    expect(fakes.calls.payload.read).toBeLessThan(60 * 6 * 30);
    sheet.self().deleteRows(2, 100);
    expect(readHistorySince(ss, 'ja', props, since(251)).map((e) => e.id)[0]).toBe('INC-252');
  });

  it('takes the rows a run just appended as given: the same events, without reading them back', () => {
    const { fakes, ss, props } = env(200);
    const later: HistoryEvent[] = Array.from({ length: 100 }, (_, i) => ({
      at: new Date(START + (200 + i) * DAY),
      id: `INC-${201 + i}`,
      kind: 'escalated',
      by: '',
      stage: 2,
      detail: '上司へ',
    }));
    const appended = appendHistory(ss, 'ja', later);
    expect(appended?.first).toBe(202);
    const since = START + 150 * DAY;
    fakes.calls.reset();
    const given = readHistorySince(ss, 'ja', props, since, { checkpointKey: 'givenCheckpoint', appended });
    const givenBytes = fakes.calls.payload.read;
    fakes.calls.reset();
    const read = readHistorySince(ss, 'ja', props, since, { checkpointKey: 'readCheckpoint' });
    expect(given.map((e) => `${e.id} ${e.kind}`)).toEqual(read.map((e) => `${e.id} ${e.kind}`));
    expect(given).toHaveLength(150);
    // The 100 appended rows of the 300 were not read back.
    expect(givenBytes).toBeLessThan(fakes.calls.payload.read * 0.75);
  });

  it('is made behind the sheet the person works in: the active sheet stays as it was', () => {
    const fakes = createAppsScriptFakes({ spreadsheet: { locale: 'ja_JP' } });
    const ss = fakes.spreadsheet.self();
    const incidents = ss.insertSheet('インシデント');
    expect(ss.getActiveSheet().getName()).toBe('インシデント'); // an inserted sheet becomes the active one
    appendHistory(ss, 'ja', [{ at: new Date(START), id: 'INC-1', kind: 'reported', by: '', detail: '' }]);
    expect(fakes.spreadsheet.sheet('履歴')).toBeTruthy();
    expect(ss.getActiveSheet().getName()).toBe(incidents.getName());
  });
});
