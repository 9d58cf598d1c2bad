// The log sheet keeps its newest rows: appends below the last row, and the oldest rows go in one
// deleteRows once the log passes its limit, so hourly runs never run into Sheets' cell limit.
import { describe, expect, it } from 'vitest';
import { appendLog, ensureLogSheet } from '../../src/adapters/escalation-log';
import { refreshFacts } from '../../src/adapters/document-facts';
import { createAppsScriptFakes } from '../../tools/fakes';
import type { FakeSheet } from '../../tools/fakes/sheet';

const NOW = new Date('2026-11-24T10:00:00+09:00');
/** Small limits, so a test need not write 60,000 rows. */
const SMALL = { keepRows: 10, trimAt: 12 };

function logEnv() {
  const fakes = createAppsScriptFakes({ spreadsheet: { locale: 'ja_JP' } });
  const ss = fakes.spreadsheet.self();
  ensureLogSheet(ss, 'ja');
  const props = fakes.properties.document as unknown as GoogleAppsScript.Properties.Properties;
  const log = fakes.spreadsheet.sheet('エスカレーション記録') as FakeSheet;
  return { fakes, ss, props, log };
}
const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => [NOW, `INC-${from + i}`, '第2段階', 'm@example.com', '送信済み']);
const ids = (log: FakeSheet) =>
  log
    .valuesSnapshot()
    .slice(1)
    .map((r) => r[1]);

describe('appendLog', () => {
  it('appends below the header and the rows before, with no trim below the limit', () => {
    const { fakes, ss, props, log } = logEnv();
    let facts = appendLog(ss, props, refreshFacts(ss, props, NOW), rows(1, 3), NOW);
    facts = appendLog(ss, props, facts, rows(4, 2), NOW);
    expect(ids(log)).toEqual(['INC-1', 'INC-2', 'INC-3', 'INC-4', 'INC-5']);
    expect(log.valuesSnapshot()[0]).toEqual(['日時', 'インシデントID', '段階', '宛先', '結果']);
    expect(facts.logNextRow).toBe(7);
    expect(fakes.calls.count('Sheet.deleteRows')).toBe(0);
  });

  it('deletes the oldest rows in one call once the log would pass its limit, keeping the newest', () => {
    const { fakes, ss, props, log } = logEnv();
    let facts = appendLog(ss, props, refreshFacts(ss, props, NOW), rows(1, 12), NOW, SMALL); // at the limit: kept
    expect(ids(log)).toHaveLength(12);
    facts = appendLog(ss, props, facts, rows(13, 3), NOW, SMALL); // 15 > 12: down to the newest 10
    expect(ids(log)).toEqual(rows(6, 10).map((r) => r[1]));
    expect(facts.logNextRow).toBe(12);
    expect(fakes.calls.count('Sheet.deleteRows')).toBe(1);
    appendLog(ss, props, facts, rows(16, 1), NOW, SMALL); // 11 ≤ 12: no trim
    expect(ids(log)).toEqual(rows(6, 11).map((r) => r[1]));
    expect(fakes.calls.count('Sheet.deleteRows')).toBe(1);
  });

  it("always writes a run's own rows in full, even more than the limit keeps", () => {
    const { ss, props, log } = logEnv();
    const facts = appendLog(ss, props, refreshFacts(ss, props, NOW), rows(1, 30), NOW, SMALL);
    expect(ids(log)).toHaveLength(30);
    appendLog(ss, props, facts, rows(31, 2), NOW, SMALL);
    expect(ids(log)).toEqual(rows(23, 10).map((r) => r[1]));
  });
});
