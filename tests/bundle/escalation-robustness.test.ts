// The built Code.js under what goes wrong: a repeated run, a failing recipient, a quota of one,
// rows sorted and columns moved between runs, malformed rows.
import { describe, expect, it } from 'vitest';
import { spreadsheetCalls } from '../../tools/fakes';
import { type EscalationEnv, type SeedRow, createEscalationEnv, incidentRecords, logRows } from './escalation-env';
import { VERY_HIGH } from './escalation-env';
import { ESCALATION_STATUS } from '../../src/domain/notices/escalation-status';

const HIGH: SeedRow = {
  reportedAt: '2026-11-24 09:00',
  summary: '納期遅延',
  impact: '中',
  urgency: '高',
  status: '対応中',
};
const MEDIUM: SeedRow = {
  reportedAt: '2026-11-17 09:00',
  summary: '価格',
  impact: '中',
  urgency: '中',
  status: '対応中',
};

function sweep(env: EscalationEnv): void {
  env.bundle.call('checkEscalations');
}

function sentTo(env: EscalationEnv, from = 0): string[] {
  return env.mail.outbox
    .slice(from)
    .map((m) => m.to.join())
    .sort();
}

describe('idempotence', () => {
  it('sends nothing new and writes nothing when run twice with no time passed', () => {
    const env = createEscalationEnv([VERY_HIGH, HIGH, MEDIUM], { start: '2026-11-24T14:10:00+09:00' });
    sweep(env);
    expect(sentTo(env)).toEqual(['boss@example.com', 'exec@example.com', 'm1@example.com']);
    const sheet = env.incidents.valuesSnapshot();
    const log = logRows(env);
    env.calls.reset();
    sweep(env);
    expect(env.mail.outbox).toHaveLength(3);
    expect(env.incidents.valuesSnapshot()).toEqual(sheet);
    expect(logRows(env)).toEqual(log);
    expect(env.calls.count('Range.setValues')).toBe(0);
    // 18: the sweep reads its columns in three ranges (the report's free text is left on the sheet),
    // and the sheet's size first: constant, whatever the number of rows.
    expect(spreadsheetCalls(env.calls)).toBeLessThanOrEqual(18);
  });
});

describe('one failing recipient', () => {
  it('does not stop the others, is logged with its error, and is sent on a later run', () => {
    const env = createEscalationEnv([VERY_HIGH], { start: '2026-11-24T10:10:00+09:00' });
    env.mail.failingRecipients.add('exec@example.com');
    sweep(env);
    expect(sentTo(env)).toEqual(['m1@example.com']);
    expect(logRows(env).map((r) => [r[3], r[4]])).toEqual([
      ['exec@example.com', 'エラー: Exception: Failed to send email to exec@example.com'],
      ['m1@example.com', '送信済み'],
    ]);
    expect(String(incidentRecords(env)[0]?.notifications)).not.toContain('exec@example.com');
    env.mail.failingRecipients.clear();
    env.clock.advance(5 * 60_000);
    sweep(env);
    expect(sentTo(env, 1)).toEqual(['exec@example.com']);
  });
});

describe('a quota of one', () => {
  it('sends the most severe digest first and the rest on a later run, never recording the unsent as sent', () => {
    const env = createEscalationEnv([HIGH, VERY_HIGH], { start: '2026-11-24T14:10:00+09:00', quota: 1 });
    sweep(env);
    expect(env.mail.outbox.map((m) => m.subject)).toEqual(['【エスカレーション】非常に高リスク 1件']);
    expect(logRows(env).filter((r) => String(r[4]).startsWith('未送信'))).toHaveLength(2);
    const notified = String(incidentRecords(env).find((r) => r.id === 'INC-0001')?.notifications);
    expect(notified).toBe('');
    env.mail.quota = 100;
    env.clock.advance(60 * 60_000);
    sweep(env);
    expect(sentTo(env, 1)).toContain('boss@example.com');
    expect(sentTo(env, 1)).toContain(
      sentTo(env, 0).includes('exec@example.com') ? 'm1@example.com' : 'exec@example.com',
    );
  });
});

describe('rows sorted and columns moved between runs', () => {
  it('keeps each incident with its own state and sends nothing twice', () => {
    const env = createEscalationEnv([HIGH, VERY_HIGH, MEDIUM], { start: '2026-11-24T14:10:00+09:00' });
    sweep(env);
    const before = new Map(incidentRecords(env).map((r) => [r.id, r]));
    const sent = env.mail.outbox.length;
    // Sort by summary, then move every column: reverse their order.
    env.incidents.sort(3, false);
    const reversed = env.incidents.valuesSnapshot().map((row) => [...row].reverse());
    env.incidents.cells.length = 0;
    reversed.forEach((row, r) =>
      row.forEach((value, c) =>
        env.incidents.write(r + 1, c + 1, value instanceof Date ? value : value === '' ? '' : `'${String(value)}`),
      ),
    );
    sweep(env);
    expect(env.mail.outbox).toHaveLength(sent);
    const after = new Map(incidentRecords(env).map((r) => [r.id, r]));
    for (const [id, record] of before) {
      expect(after.get(id)?.notifications).toBe(record.notifications);
      expect(after.get(id)?.resolveBy).toEqual(record.resolveBy);
    }
    env.clock.advance(60 * 60_000);
    sweep(env);
    expect(env.mail.outbox.slice(sent).map((m) => m.subject)).toEqual([
      '【エスカレーション】非常に高リスク 1件',
      '【エスカレーション】非常に高リスク 1件',
    ]);
  });
});

describe('malformed rows', () => {
  it('marks each on its row, tells the person who turned the sweep on once, and processes the rest', () => {
    const env = createEscalationEnv(
      [
        { ...HIGH, impact: 'すごく' },
        { ...HIGH, reportedAt: 'きのう' },
        { ...HIGH, managerEmail: 'boss@example' },
        VERY_HIGH,
      ],
      { start: '2026-11-24T13:10:00+09:00' },
    );
    env.bundle.call('turnOnEscalations');
    sweep(env);
    const problems = incidentRecords(env).map((r) => r.rowProblems);
    expect(problems).toEqual([
      '影響度「すごく」は読み取れません（高・中・低で入力）',
      '報告日時「きのう」は日時として読み取れません（例: 2026-11-24 10:00）',
      'エスカレーション先（メール）「boss@example」はメールアドレスではありません',
      '',
    ]);
    const summary = env.mail.outbox.find((m) => m.to.join() === 'owner@example.com');
    expect(summary?.body).toContain('2行目 INC-0001: 影響度「すごく」は読み取れません');
    expect(summary?.body).toContain('4行目 INC-0003');
    expect(sentTo(env)).toEqual(['exec@example.com', 'm1@example.com', 'owner@example.com']);
    sweep(env);
    expect(env.mail.outbox.filter((m) => m.to.join() === 'owner@example.com')).toHaveLength(1);
  });
});

describe('the menu globals', () => {
  it('exist as top-level functions and preview without sending', () => {
    const env = createEscalationEnv([VERY_HIGH], { start: '2026-11-24T10:10:00+09:00', off: true });
    expect(env.bundle.functionNames()).toEqual(
      expect.arrayContaining(['checkEscalations', 'turnOnEscalations', 'turnOffEscalations', 'previewEscalations']),
    );
    env.bundle.call('previewEscalations');
    expect(env.mail.outbox).toEqual([]);
    const dialog = env.ui.dialogs[0];
    expect(dialog?.title).toBe('次回の通知（送信はしません）');
    expect(dialog?.html.getContent()).toContain('宛先: m1@example.com — 件名: 【エスカレーション】非常に高リスク 1件');
    expect(dialog?.html.getContent()).toContain(
      'INC-0001 大口解約 — 初動期限を過ぎても確認されないため組織全体へ報告します（第3段階）',
    );
    // The preview heads with whether the hourly run is on: the next run only happens if it is.
    expect(dialog?.html.getContent()).toContain(ESCALATION_STATUS.ja.off);
    env.bundle.call('turnOnEscalations');
    env.bundle.call('previewEscalations');
    expect(env.ui.dialogs[1]?.html.getContent()).toContain(ESCALATION_STATUS.ja.on);
  });
});
