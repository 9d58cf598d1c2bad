// The article's own example from report to closure, hour by hour on the clock, through the built
// dist/Code.js as the sidebar and the hourly trigger call it: a key customer's order cancelled
// (非常に高リスク), the emergency notice, the manager's direction, two measures, one of them left
// past its due date and reminded, the resolution check, the retrospective, 完了. Every mail, the row,
// the measures and the history are checked.
import { describe, expect, it } from 'vitest';
import { FULL_FORM } from '../support/services';
import { type EscalationEnv, createEscalationEnv, incidentRecords } from './escalation-env';

const at = (env: EscalationEnv, iso: string) => env.clock.set(`${iso}:00+09:00`);
const hourly = (env: EscalationEnv) => env.bundle.call('checkEscalations', { authMode: 'FULL' });
const mails = (env: EscalationEnv) =>
  env.mail.outbox.filter((m) => !m.subject.startsWith('【週次')).map((m) => `${m.to.join()} ${m.subject}`);

describe('the article’s example, report to closure', () => {
  it('reports, escalates, directs, follows up, checks the resolution, looks back and closes', () => {
    const env = createEscalationEnv([], { start: '2026-11-24T09:00:00+09:00' });
    const act = (who: string, action: Record<string, unknown>) => {
      env.actAs(who);
      return env.bundle.call('actOnIncident', action);
    };
    // 問題の発生 → 上位者への報告: the emergency path tells the manager and the executives at once.
    env.actAs('yamada@example.com');
    const { id } = env.bundle.call('submitIncident', { ...FULL_FORM, managerEmail: 'bucho@example.com' }) as {
      id: string;
    };
    expect(mails(env)).toEqual([
      'bucho@example.com 【エスカレーション】非常に高リスク 1件',
      'exec@example.com 【エスカレーション】非常に高リスク 1件',
    ]);
    expect(env.mail.outbox[0]?.body).toContain('緊急報告（即時エスカレーション）');

    // 上位者による判断と対応, then two measures: an interim one due today, and a prevention measure.
    at(env, '2026-11-24T09:30');
    act('bucho@example.com', {
      kind: 'acknowledge',
      id,
      instruction: '本日中に同行訪問',
      resources: '値引き枠300万円',
    });
    const measure = { kind: 'addMeasure', id, owner: 'yamada@example.com' };
    act('bucho@example.com', { ...measure, measureKind: 'interim', measure: '代替品の即納を提案', due: '2026-11-24' });
    act('bucho@example.com', { ...measure, measureKind: 'prevention', measure: '定期訪問を月次に', due: '2026-12-15' });

    // フォローアップ: the interim measure is not done by its date; the next morning its owner is told.
    at(env, '2026-11-25T09:10');
    hourly(env);
    const owner = env.mail.outbox.filter((m) => m.to.includes('yamada@example.com'));
    expect(owner.some((m) => m.body.includes('代替品の即納を提案') && m.body.includes('対策の期限超過'))).toBe(true);
    // The reporter (the same person) also hears what happened to the report, in the same digest.
    expect(owner.some((m) => m.body.includes('報告の結果') || m.subject.includes('報告の結果'))).toBe(true);

    // The measure done, the incident resolved and checked, 完了 refused until the retrospective.
    at(env, '2026-11-25T11:00');
    const view = env.bundle.call('openIncident', { id }) as { measures: { row: number; kindKey: string }[] };
    const interim = view.measures.find((m) => m.kindKey === 'interim')?.row;
    act('yamada@example.com', { kind: 'measureDone', id, row: interim });
    act('bucho@example.com', { kind: 'resolve', id, confirmedBy: '営業部長', recurrenceRisk: 'no' });
    expect(() => act('bucho@example.com', { kind: 'close', id })).toThrow('振り返り');
    act('bucho@example.com', {
      kind: 'retrospective',
      id,
      rootCause: '価格改定の連絡が先方購買部に届いていなかった',
      wentWell: '20分で部長の判断が出た',
      toImprove: '改定前に重要顧客へ個別説明',
      prevention: '定期訪問を月次に',
    });
    act('bucho@example.com', { kind: 'close', id });

    const [row] = incidentRecords(env);
    expect(row).toMatchObject({ status: '完了', confirmedBy: '営業部長', recurrenceRisk: 'なし' });
    const measures = env.spreadsheet.sheet('対策')?.valuesSnapshot().slice(1) ?? [];
    expect(measures.map((m) => [m[1], m[5]])).toEqual([
      ['代替品の即納を提案', '完了'],
      ['定期訪問を月次に', '未着手'],
    ]);
    const history = (env.spreadsheet.sheet('履歴')?.valuesSnapshot().slice(1) ?? []).map((r) => r[2]);
    expect(history).toEqual(
      expect.arrayContaining([
        '報告',
        'エスカレーション',
        '確認',
        '判断・指示',
        '対策を追加',
        '対策を完了',
        '解決',
        '解決を確認',
        '振り返り',
        '完了',
      ]),
    );
    // Closed: the next run escalates it to nobody; the reporter alone hears it was resolved and closed.
    const before = env.mail.outbox.length;
    at(env, '2026-11-26T10:10');
    hourly(env);
    const after = env.mail.outbox.slice(before).filter((m) => m.body.includes(id));
    expect(after.map((m) => `${m.to.join()} ${m.subject}`)).toEqual([
      'yamada@example.com 【エスカレーション】報告の結果 1件',
    ]);
    expect(after[0]?.body).toContain('完了');
  });
});
