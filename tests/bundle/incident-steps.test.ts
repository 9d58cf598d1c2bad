// Steps 4–7 through the built dist/Code.js, played on the article's own example: a key customer's
// order cancelled (非常に高リスク), the manager's direction, two measures, one done with its effect
// check, another incident escalated at once to the executives, the resolution check, 完了 refused
// without a retrospective and accepted after it. Played over 3 rows and over 200, with the same
// Spreadsheet calls for every step.
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/adapters/history-sheet';
import { columnPositions } from '../../src/domain/incident-columns';
import type { IncidentView } from '../../src/domain/intake/incident-contract';
import { type FakeSheet, spreadsheetCalls } from '../../tools/fakes';
import { FULL_FORM } from '../support/services';
import { type EscalationEnv, type SeedRow, createEscalationEnv } from './escalation-env';

const MINUTE = 60_000;

function fillers(count: number): SeedRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `INC-${String(i + 1).padStart(4, '0')}`,
    reportedAt: '2026-11-24 09:00',
    summary: `軽微な遅延 ${i + 1}`,
    impact: '低',
    urgency: '低',
    status: '対応中',
    managerEmail: 'm1@example.com',
  }));
}

function rowOf(env: EscalationEnv, id: string): Record<string, unknown> {
  const [header, ...rows] = env.incidents.valuesSnapshot();
  const positions = columnPositions(header ?? []);
  const values = rows.find((r) => r[positions.id as number] === id) ?? [];
  return Object.fromEntries(Object.entries(positions).map(([key, at]) => [key, values[at as number]]));
}

/** The article's example, step by step; each step's Spreadsheet calls are kept. */
function play(rows: number) {
  const env = createEscalationEnv(fillers(rows));
  const calls: Record<string, number> = {};
  const step = <T>(name: string, as: string, minutes: number, args: unknown[], fn = 'actOnIncident'): T => {
    env.clock.advance(minutes * MINUTE);
    env.actAs(as);
    env.calls.reset();
    try {
      return env.bundle.call(fn, ...args) as T;
    } finally {
      calls[name] = spreadsheetCalls(env.calls);
    }
  };
  // 問題の発生 → 上位者への報告: the key customer's order is cancelled; the emergency path tells at once.
  const report = step<{ id: string }>('submit', 'yamada@example.com', 0, [FULL_FORM], 'submitIncident');
  const id = report.id;
  const mailsAfterReport = env.mail.outbox.length;
  // 上位者による判断と対応: acknowledged, with the direction and the resources granted.
  step('acknowledge', 'manager@example.com', 20, [
    {
      kind: 'acknowledge',
      id,
      instruction: '部長が本日中に同行訪問し、価格条件を再提示する',
      resources: '値引き枠 300万円',
    },
  ]);
  const interim = { kind: 'addMeasure', id, measureKind: 'interim', owner: '山田 太郎', due: '2026-11-25' };
  step('addMeasure', 'manager@example.com', 5, [{ ...interim, measure: '代替品の即納を提案する' }]);
  const added = step<IncidentView>('addMeasure2', 'manager@example.com', 1, [
    { ...interim, measureKind: 'prevention', measure: '重要顧客への定期訪問を月次にする', due: '2026-12-15' },
  ]);
  // フォローアップ: the interim measure done, and its effect checked.
  const first = added.measures.find((m) => m.kindKey === 'interim')?.row;
  step('measureDone', 'yamada@example.com', 60, [{ kind: 'measureDone', id, row: first }]);
  step('effectCheck', 'manager@example.com', 10, [
    { kind: 'effectCheck', id, row: first, result: '先方が発注の再開を検討すると回答' },
  ]);
  // Another incident, on site not improving: escalated at once, straight to the executives.
  const other = step<{ id: string }>(
    'submit2',
    'yamada@example.com',
    5,
    [{ ...FULL_FORM, summary: '主要部品の納入遅延', impact: '中', urgency: '中' }],
    'submitIncident',
  );
  const mailsBeforeEscalation = env.mail.outbox.length;
  step('escalateNow', 'yamada@example.com', 5, [
    { kind: 'escalateNow', id: other.id, to: 'executives', reason: '代替調達先が見つからず、現場では改善しない' },
  ]);
  const escalationMails = env.mail.outbox.slice(mailsBeforeEscalation);
  step('hourly', '', 60, [{ authMode: 'FULL' }], 'checkEscalations');
  const mailsAfterHourly = env.mail.outbox.length;
  // 問題が解決したかどうかの確認, then 振り返りと改善 before 完了.
  step('resolve', 'manager@example.com', 10, [
    { kind: 'resolve', id, confirmedBy: '営業部長 佐藤', recurrenceRisk: 'no', note: '発注が再開された' },
  ]);
  let refusal = '';
  try {
    step('closeRefused', 'manager@example.com', 1, [{ kind: 'close', id }]);
  } catch (error) {
    refusal = (error as Error).message;
  }
  step('retrospective', 'manager@example.com', 30, [
    {
      kind: 'retrospective',
      id,
      rootCause: '価格改定の連絡が先方の購買部に届いていなかった',
      wentWell: '報告から20分で部長の判断と同行訪問が決まった',
      toImprove: '価格改定の前に重要顧客へ個別に説明する',
      prevention: '重要顧客への定期訪問を月次にする',
    },
  ]);
  const closed = step<IncidentView>('close', 'manager@example.com', 1, [{ kind: 'close', id }]);
  step('hourly2', '', 60, [{ authMode: 'FULL' }], 'checkEscalations');
  return {
    env,
    id,
    otherId: other.id,
    calls,
    mailsAfterReport,
    escalationMails,
    mailsAfterHourly,
    refusal,
    closed,
  };
}

describe('steps 4–7 on the article’s example', () => {
  const small = play(3);

  it('keeps the direction, the resolution check and the retrospective on the row, and closes it', () => {
    const { env, id, closed } = small;
    expect(rowOf(env, id)).toMatchObject({
      acknowledgedBy: 'manager@example.com',
      instruction: '部長が本日中に同行訪問し、価格条件を再提示する',
      resources: '値引き枠 300万円',
      status: '完了',
      confirmedBy: '営業部長 佐藤',
      recurrenceRisk: 'なし',
      rootCause: '価格改定の連絡が先方の購買部に届いていなかった',
      prevention: '重要顧客への定期訪問を月次にする',
      resolvedAt: expect.any(Date) as Date,
    });
    expect(closed).toMatchObject({ statusKey: 'closed', level: '非常に高リスク', retrospectiveRequired: true });
  });

  it('refuses 完了 without a retrospective, saying what to do', () => {
    expect(small.refusal).toBe(
      '非常に高リスクのインシデントは、完了の前に振り返りと改善（根本原因・良かった点・改善点）の記録が必要です。先に振り返りを記録してください。',
    );
  });

  it('keeps the two measures on the measures sheet, one done with its effect check', () => {
    const sheet = small.env.spreadsheet.sheet('対策') as FakeSheet;
    const rows = sheet.valuesSnapshot();
    expect(rows[0]?.slice(0, 6)).toEqual(['インシデントID', '対策内容', '種別', '担当者', '期限', 'ステータス']);
    expect(rows.slice(1).map((r) => r.slice(0, 6).concat(r.slice(7, 10)))).toEqual([
      [
        small.id,
        '代替品の即納を提案する',
        '暫定対応',
        '山田 太郎',
        new Date('2026-11-24T15:00:00Z'),
        '完了',
        '先方が発注の再開を検討すると回答',
        expect.any(Date),
        'manager@example.com',
      ],
      [
        small.id,
        '重要顧客への定期訪問を月次にする',
        '再発防止',
        '山田 太郎',
        new Date('2026-12-14T15:00:00Z'),
        '未着手',
        '',
        '',
        '',
      ],
    ]);
    expect(small.closed.measures.map((m) => [m.kindKey, m.statusKey, m.effectResult])).toEqual([
      ['interim', 'done', '先方が発注の再開を検討すると回答'],
      ['prevention', 'todo', ''],
    ]);
  });

  it('records every step in the history, once, in order, with who did it', () => {
    const events = (id: string) =>
      readHistory(small.env.spreadsheet.self(), 'ja', id).map((e) => [e.kind, e.by, e.stage ?? null]);
    expect(events(small.id)).toEqual([
      ['reported', 'yamada@example.com', null],
      ['escalated', '', 3],
      ['acknowledged', 'manager@example.com', 3],
      ['instructed', 'manager@example.com', null],
      ['measureAdded', 'manager@example.com', null],
      ['measureAdded', 'manager@example.com', null],
      ['measureDone', 'yamada@example.com', null],
      ['effectChecked', 'manager@example.com', null],
      ['resolved', 'manager@example.com', null],
      ['confirmed', 'manager@example.com', null],
      ['retrospective', 'manager@example.com', null],
      ['closed', 'manager@example.com', null],
    ]);
    expect(events(small.otherId)).toEqual([
      ['reported', 'yamada@example.com', null],
      ['escalatedNow', 'yamada@example.com', 3],
      ['escalated', '', 3],
    ]);
    expect(small.closed.history.map((h) => h.label).slice(0, 4)).toEqual([
      '報告',
      'エスカレーション',
      '確認',
      '判断・指示',
    ]);
  });

  it('mails the escalation at once in the same execution, and the hourly run does not send it again', () => {
    const { escalationMails, env, otherId, mailsAfterReport } = small;
    expect(mailsAfterReport).toBe(2); // the emergency report: the row's manager and the executives
    expect(escalationMails.map((m) => m.to.join()).sort()).toEqual(['exec@example.com', 'manager@example.com']);
    for (const mail of escalationMails) {
      expect(mail.subject).toBe('【エスカレーション】中リスク 1件');
      expect(mail.body).toContain(otherId);
      expect(mail.body).toContain('緊急のため通常のフローをスキップして報告されました');
    }
    expect(small.mailsAfterHourly).toBe(4);
    // And the reporter, told in one digest what happened to the report (follow-up: 結果をフィードバック).
    expect(env.mail.outbox).toHaveLength(5);
    expect(env.mail.outbox.at(-1)?.subject).toBe('【エスカレーション】報告の結果 1件');
    expect(rowOf(env, otherId).stage).toBe('第3段階');
    expect(String(rowOf(env, otherId).notifications)).toContain(
      '今すぐエスカレーション・第3段階 → exec@example.com（1回）',
    );
  });

  it('makes the same Spreadsheet calls for every step with 3 rows or 200', () => {
    expect(play(200).calls).toEqual(small.calls);
  });
});
