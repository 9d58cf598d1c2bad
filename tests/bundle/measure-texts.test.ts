// A long measures sheet in the hourly run (issue #16), on the built Code.js: the run decides from
// every column but the 対策内容 text, and reads the text of the measures its emails show only (the
// listed incidents' open measures, the measure a follow-up item is about); the sheet keeps its texts.
import { describe, expect, it } from 'vitest';
import { TEXT_LEFT_OUT_FROM } from '../../src/adapters/measures-sheet';
import { MEASURE_COLUMN_KEYS, type MeasureColumn, measureHeaders } from '../../src/domain/measures/measure-columns';
import { type SeedRow, TEST_SETTINGS, createEscalationEnv } from './escalation-env';

const TEXT = '対策内容#';
/** A finished incident's measure: long, as real ones are, so a whole read of the column would show. */
const filler = (row: number) =>
  `${TEXT}${row} ${'取引先への説明と再発防止策の社内共有を行い、手順書を改訂する。'.repeat(4)}`;

/** Three overdue high-risk incidents: INC-0001 and INC-0003 to m0, INC-0002 to m1. */
const incidents: SeedRow[] = [1, 2, 3].map((n) => ({
  id: `INC-000${n}`,
  reportedAt: '2026-11-16 09:00',
  summary: `案件${n}`,
  impact: '中',
  urgency: '高',
  status: '対応中',
  managerEmail: `m${(n + 1) % 2}@example.com`,
}));

/** The measures an email shows, by sheet row: far apart, among thousands of finished ones. */
const SHOWN: Record<number, Partial<Record<MeasureColumn, unknown>>> = {
  300: { incidentId: 'INC-0001', measure: `${TEXT}300 代替品の即納`, dueAt: '2026-12-20', status: '実施中' },
  301: { incidentId: 'INC-0001', measure: `${TEXT}301 定期訪問を月次に`, dueAt: '2026-12-21', status: '未着手' },
  1200: { incidentId: 'INC-0002', measure: `${TEXT}1200 検査手順の改定`, dueAt: '2026-12-22', status: '実施中' },
  // Overdue: its owner is reminded of it (and it is an open measure of INC-0003 too).
  2400: { incidentId: 'INC-0003', measure: `${TEXT}2400 出荷前検査の追加`, dueAt: '2026-11-18', status: '実施中' },
};

describe('a long measures sheet in the hourly run', () => {
  it('shows the listed measures’ texts, reading the 対策内容 column for those rows only', () => {
    // No weekly review this Tuesday: it reads the whole sheet, text and all, to list measures.
    const env = createEscalationEnv(incidents, {
      start: '2026-11-24T10:10:00+09:00',
      settings: { ...TEST_SETTINGS, weeklyReviewDay: null },
    });
    const sheet = env.spreadsheet.sheet(env.spreadsheet.insertSheet('対策').getName())!;
    const count = TEXT_LEFT_OUT_FROM + 500;
    const rows = Array.from({ length: count }, (_, i) => {
      const row = i + 2;
      const cells = SHOWN[row] ?? {
        incidentId: `OLD-${row}`,
        measure: filler(row),
        dueAt: '2026-05-25',
        status: '完了',
        doneAt: '2026-05-25',
      };
      const all: Partial<Record<MeasureColumn, unknown>> = { kind: '恒久対策', owner: 'owner@example.com', ...cells };
      return MEASURE_COLUMN_KEYS.map((k) => all[k] ?? '');
    });
    [measureHeaders('ja'), ...rows].forEach((values, r) => values.forEach((v, c) => sheet.write(r + 1, c + 1, v)));
    const textColumn = () => sheet.valuesSnapshot().map((row) => row[MEASURE_COLUMN_KEYS.indexOf('measure')]);
    const before = textColumn();

    // Every 対策内容 cell the run moves, seen in what each read returns.
    const textsRead: string[] = [];
    const add = env.calls.addPayload.bind(env.calls);
    env.calls.addPayload = (direction, cells) => {
      if (direction === 'read')
        for (const line of cells)
          for (const cell of line) if (String(cell).startsWith(TEXT)) textsRead.push(String(cell));
      add(direction, cells);
    };
    env.bundle.call('checkEscalations');

    // The manager reads the open measures of the incidents listed, in the measures' own words.
    const toM0 = env.mail.outbox.find((m) => m.to.includes('m0@example.com'));
    expect(toM0?.body).toContain(`未完了の対策: 恒久対策: ${TEXT}300 代替品の即納（owner@example.com、2026-12-20）`);
    expect(toM0?.body).toContain(`${TEXT}301 定期訪問を月次に`);
    expect(toM0?.body).toContain(`${TEXT}2400 出荷前検査の追加`);
    expect(env.mail.outbox.find((m) => m.to.includes('m1@example.com'))?.body).toContain(`${TEXT}1200 検査手順の改定`);
    // The owner is reminded of the overdue measure, by its text.
    const toOwner = env.mail.outbox.find((m) => m.to.includes('owner@example.com'));
    expect(toOwner?.body).toContain(`対策内容: ${TEXT}2400 出荷前検査の追加`);

    // The text column was read for those four rows only, each once: none of the 2,500 others.
    expect(textsRead.sort()).toEqual(
      Object.values(SHOWN)
        .map((c) => String(c.measure))
        .sort(),
    );
    // And left as it was; the run wrote the reminder into the measure's 通知記録 cell.
    expect(textColumn()).toEqual(before);
    const notes = sheet.valuesSnapshot()[2400 - 1]?.[MEASURE_COLUMN_KEYS.indexOf('notifications')];
    expect(String(notes)).toContain('owner@example.com');
  });
});
