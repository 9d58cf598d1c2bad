// The incident view's steps as data: what each checks, the cells it writes, its mark and its history
// events, and the messages people read, in both languages.
import { describe, expect, it } from 'vitest';
import { ActionError, parseAction } from '../../../src/domain/intake/incident-action-parse';
import {
  type ActionContext,
  type ActionTarget,
  parseRecurrence,
  planAction,
} from '../../../src/domain/intake/incident-actions';
import { addressedTo, orderList, parseStage } from '../../../src/domain/intake/incident-view';
import type { IncidentListItem } from '../../../src/domain/intake/incident-contract';
import type { IncidentColumn } from '../../../src/domain/incident-columns';
import { DEFAULT_SETTINGS, calendarOf } from '../../../src/domain/settings/settings';
import { measureFixture } from '../../support/measure';

const NOW = new Date('2026-11-24T11:00:00+09:00'); // Tuesday
const settings = { ...DEFAULT_SETTINGS, executives: ['exec@example.com'], managers: {} };

function target(
  cells: Partial<Record<IncidentColumn, unknown>> = {},
  level: ActionTarget['level'] = 'high',
): ActionTarget {
  const row = { status: '未対応', ...cells };
  return { id: 'INC-0001', cell: (c) => row[c] ?? '', level, stage: 1 };
}

function ctx(overrides: Partial<ActionContext> = {}): ActionContext {
  return {
    now: NOW,
    user: 'boss@example.com',
    userLang: 'ja',
    sheetLang: 'ja',
    timeZone: 'Asia/Tokyo',
    settings,
    calendar: calendarOf(settings, 'Asia/Tokyo'),
    measures: [],
    ...overrides,
  };
}

const plan = (raw: unknown, t = target(), c = ctx()) => planAction(parseAction(raw, c.userLang), t, c);
const refused = (raw: unknown, t = target(), c = ctx()) => {
  try {
    plan(raw, t, c);
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('parseAction', () => {
  it('lists every problem of a step, one line each, naming fields as the sheet does', () => {
    expect(() =>
      parseAction({ kind: 'resolve', id: 'INC-0001', confirmedBy: 3, recurrenceRisk: 'maybe' }, 'ja'),
    ).toThrow('解決確認者を入力してください。\n再発リスク「maybe」は選べません（あり・なしのどれか）。');
    expect(() => parseAction({ kind: 'escalateNow', id: 'INC-0001', to: 'ceo', reason: '' }, 'en')).toThrow(
      'who to escalate to "ceo" is not a choice (one of the manager, the executives).\nPlease enter the reason.',
    );
    expect(() => parseAction({ kind: 'instruct', id: 'INC-0001', instruction: 'x'.repeat(5001) }, 'en')).toThrow(
      "Manager's direction must be at most 5000 characters.",
    );
  });

  it('refuses what is no action at all, and reads a measure kind by its label too', () => {
    for (const raw of [null, 'close', { kind: 'delete', id: 'INC-0001' }, { kind: 'close', id: ' ' }])
      expect(() => parseAction(raw, 'ja')).toThrow('この操作は読み取れません');
    const action = parseAction(
      {
        kind: 'addMeasure',
        id: ' INC-0001 ',
        measure: ' 横展開 ',
        measureKind: '横展開',
        owner: '山田',
        due: '2026-12-01',
      },
      'ja',
    );
    expect(action).toEqual({
      kind: 'addMeasure',
      id: 'INC-0001',
      measure: '横展開',
      measureKind: 'rollOut',
      owner: '山田',
      due: '2026-12-01',
    });
  });
});

describe('planAction', () => {
  it('acknowledges once: 確認者 only when empty, 未対応 → 対応中, the ack mark, the stage in the event', () => {
    const first = plan({ kind: 'acknowledge', id: 'INC-0001' });
    expect(first.cells).toEqual({ acknowledgedBy: 'boss@example.com', status: '対応中' });
    expect(first.mark).toBe('ack');
    expect(first.events).toEqual([
      { at: NOW, id: 'INC-0001', kind: 'acknowledged', by: 'boss@example.com', stage: 1, detail: '' },
    ]);
    const again = plan(
      { kind: 'acknowledge', id: 'INC-0001', instruction: '同行訪問' },
      target({ acknowledgedBy: '佐藤', status: '対応中' }),
    );
    expect(again.cells).toEqual({ instruction: '同行訪問' });
    expect(again.mark).toBeUndefined();
    expect(again.events.map((e) => e.kind)).toEqual(['instructed']);
    expect(refused({ kind: 'acknowledge', id: 'INC-0001' }, target(), ctx({ user: '' }))).toContain(
      '「確認者」にお名前を直接入力',
    );
  });

  it('escalates now with a raise mark and tells in this execution; refuses while on hold or finished', () => {
    const p = plan({ kind: 'escalateNow', id: 'INC-0001', to: 'executives', reason: '改善しない' });
    expect(p).toMatchObject({ mark: 'raise3', notifyNow: true, cells: {} });
    expect(p.events[0]).toMatchObject({ kind: 'escalatedNow', stage: 3 });
    expect(refused({ kind: 'escalateNow', id: 'INC-0001', to: 'manager', reason: 'x' })).toContain(
      'エスカレーション先（上位管理者）がいません',
    );
    const withManager = target({ managerEmail: 'm@example.com' });
    expect(plan({ kind: 'escalateNow', id: 'INC-0001', to: 'manager', reason: 'x' }, withManager).mark).toBe('raise2');
    expect(
      refused({ kind: 'escalateNow', id: 'INC-0001', to: 'executives', reason: 'x' }, target({ status: '保留' })),
    ).toContain('先に「再開」');
    expect(
      refused({ kind: 'handBack', id: 'INC-0001', reason: 'x' }, target({ status: 'Closed' }), ctx({ userLang: 'en' })),
    ).toBe('This incident is Closed. To keep working on it, reopen it first and say why.');
  });

  it('reads names in エスカレーション先 from the people table (名簿), and refuses a name it does not know', () => {
    const people = ctx({ settings: { ...settings, people: { 佐藤部長: 'sato@example.com' } } });
    const raise = { kind: 'escalateNow', id: 'INC-0001', to: 'manager', reason: '悪化' };
    expect(plan(raise, target({ managerEmail: '佐藤部長' }), people).mark).toBe('raise2');
    expect(refused(raise, target({ managerEmail: '鈴木課長' }), people)).toBe(
      'この行のエスカレーション先「鈴木課長」は、メールアドレスでも設定シートの名簿にある名前でもありません。メールアドレスに直すか、名簿に名前とアドレスを追加してください。',
    );
  });

  it('ends a hold by adding its business hours to 保留累計, as the hourly run would', () => {
    const held = target({ status: '保留', holdSince: new Date('2026-11-23T17:00:00+09:00'), holdHours: 0.5 });
    // Monday 17:00 → Tuesday 11:00: Monday 23 November is 勤労感謝の日 (a holiday), so two hours on
    // Tuesday morning, plus the half hour held before.
    expect(plan({ kind: 'resume', id: 'INC-0001' }, held).cells).toEqual({
      status: '対応中',
      holdSince: '',
      holdHours: 2.5,
    });
    expect(plan({ kind: 'hold', id: 'INC-0001', reason: '回答待ち' }).cells).toEqual({
      status: '保留',
      holdSince: NOW,
    });
  });

  it('resolves with the check in the sheet’s words, and closes only after it, with a retrospective where settings ask', () => {
    const en = ctx({ sheetLang: 'en' });
    const resolved = plan(
      { kind: 'resolve', id: 'INC-0001', confirmedBy: 'Sato', recurrenceRisk: 'yes' },
      target(),
      en,
    );
    expect(resolved.cells).toEqual({ status: 'Resolved', confirmedBy: 'Sato', recurrenceRisk: 'Yes', resolvedAt: NOW });
    expect(resolved.events.map((e) => [e.kind, e.detail])).toEqual([
      ['resolved', ''],
      ['confirmed', 'Confirmed by: Sato; risk of recurrence: Yes'],
    ]);
    expect(refused({ kind: 'close', id: 'INC-0001' }, target({ status: '解決済み' }))).toContain('完了にできるのは');
    const checked = { status: '解決済み', confirmedBy: '佐藤' };
    expect(refused({ kind: 'close', id: 'INC-0001' }, target(checked))).toContain(
      '高リスクのインシデントは、完了の前に振り返り',
    );
    expect(plan({ kind: 'close', id: 'INC-0001' }, target(checked, 'medium')).cells).toEqual({ status: '完了' });
    const lowOnly = ctx({ settings: { ...settings, followUp: { ...settings.followUp, retrospectiveLevels: [] } } });
    expect(plan({ kind: 'close', id: 'INC-0001' }, target(checked), lowOnly).events[0]?.kind).toBe('closed');
    expect(refused({ kind: 'retrospective', id: 'INC-0001', rootCause: 'x' })).toContain(
      '振り返りは、問題が解決したかどうかの確認の後',
    );
  });

  it('updates only a measure of this incident, and an effect check only once it is done', () => {
    const measure = measureFixture({ sheetRow: 5, measure: '代替品', owner: '山田' });
    const c = ctx({ measures: [measure] });
    expect(plan({ kind: 'measureDone', id: 'INC-0001', row: 5 }, target(), c).measureUpdate).toEqual({
      row: 5,
      cells: { status: '完了', doneAt: NOW },
    });
    expect(refused({ kind: 'measureDone', id: 'INC-0001', row: 6 }, target(), c)).toContain('6行目は');
    expect(refused({ kind: 'effectCheck', id: 'INC-0001', row: 5, result: 'ok' }, target(), c)).toContain(
      '先にこの対策を「完了」',
    );
    const done = ctx({ measures: [{ ...measure, status: 'done' }] });
    expect(
      plan({ kind: 'effectCheck', id: 'INC-0001', row: 5, result: '効果あり' }, target(), done).events[0],
    ).toMatchObject({
      kind: 'effectChecked',
      detail: '効果確認「代替品」: 効果あり',
    });
  });

  it('reopens a finished incident, emptying 解決日時 so the run does not record it again', () => {
    const p = plan({ kind: 'reopen', id: 'INC-0001', reason: '再発' }, target({ status: '完了', resolvedAt: NOW }));
    expect(p.cells).toEqual({ status: '対応中', resolvedAt: '' });
    expect(refused({ kind: 'reopen', id: 'INC-0001', reason: 'x' })).toContain('再オープンできません');
  });
});

describe('reading back', () => {
  it('addresses an incident to its owner by name (名簿), its managers, and the executives at stage 3', () => {
    const view = {
      now: NOW,
      user: 'Sato@Example.com',
      userLang: 'ja' as const,
      timeZone: 'Asia/Tokyo',
      settings: { ...settings, people: { '佐藤 花子': 'sato@example.com' } },
    };
    expect(addressedTo(target({ owner: '佐藤　花子' }), view)).toBe(true);
    expect(addressedTo(target({ managerEmail: 'sato@example.com' }), view)).toBe(true);
    expect(addressedTo(target({ owner: '山田' }), view)).toBe(false);
    const exec = { ...view, user: 'exec@example.com' };
    expect(addressedTo(target(), exec)).toBe(false);
    expect(addressedTo({ ...target(), stage: 3 }, exec)).toBe(true);
  });

  it('reads the recurrence risk and the stage in either language', () => {
    expect(['あり', 'Yes', ' yes ', 'なし', 'No', '', '多分'].map(parseRecurrence)).toEqual([
      'yes',
      'yes',
      'yes',
      'no',
      'no',
      '',
      '',
    ]);
    expect(['第3段階', 'Stage 2', '１', '', 'x'].map(parseStage)).toEqual([3, 2, 1, null, null]);
  });

  it('orders the list: addressed to the user, worst level, overdue, then sheet order', () => {
    const item = (
      id: string,
      row: number,
      addressedToMe: boolean,
      levelKey: IncidentListItem['levelKey'],
      overdue: boolean,
    ) => ({ id, row, addressedToMe, levelKey, overdue }) as IncidentListItem;
    const ordered = orderList([
      item('a', 2, false, 'low', true),
      item('b', 3, false, 'veryHigh', false),
      item('c', 4, true, 'low', false),
      item('d', 5, false, 'low', false),
      item('e', 6, false, null, true),
    ]);
    expect(ordered.map((i) => i.id)).toEqual(['c', 'b', 'a', 'd', 'e']);
  });
});
