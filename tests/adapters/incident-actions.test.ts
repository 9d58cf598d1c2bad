// The incident view's server calls against the fakes: each step writes only its cells (found by
// header, literal), its measure, its mark and its history; errors are clear and write nothing; a stage
// raised by hand goes out in the same execution; the hourly run then records nothing twice.
import { describe, expect, it } from 'vitest';
import { actOnIncidentWith } from '../../src/adapters/incident-actions';
import { listIncidentsWith, openIncidentWith } from '../../src/adapters/incident-view';
import { sweepHoldingLock } from '../../src/adapters/escalation-sweep';
import { readHistory } from '../../src/adapters/history-sheet';
import { submitIncidentWith } from '../../src/adapters/submit-incident';
import { setUpWorkbook } from '../../src/adapters/set-up';
import { columnPositions } from '../../src/domain/incident-columns';
import { DEFAULT_SETTINGS, type EscalationSettings } from '../../src/domain/settings/settings';
import { settingsGrid } from '../../src/domain/settings/settings-layout';
import { type AppsScriptFakes, type FakeSheet, spreadsheetCalls } from '../../tools/fakes';
import { FULL_FORM, fakeServices } from '../support/services';

const NOW = new Date('2026-11-24T10:00:00+09:00'); // Tuesday, business hours
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const MEDIUM = { ...FULL_FORM, impact: '中', urgency: '中' };
const SETTINGS: EscalationSettings = {
  ...DEFAULT_SETTINGS,
  executives: ['exec@example.com'],
  managers: { default: ['boss@example.com'] },
};

function seedSettings(fakes: AppsScriptFakes, settings: EscalationSettings): void {
  const ja = fakes.spreadsheet.sheet('エスカレーション設定');
  const sheet = (ja ?? fakes.spreadsheet.sheet('Escalation settings')) as FakeSheet;
  settingsGrid(settings, ja ? 'ja' : 'en').forEach((values, r) =>
    values.forEach((value, c) => sheet.write(r + 1, c + 1, typeof value === 'string' && value ? `'${value}` : value)),
  );
}

/** Fakes with `count` medium incidents submitted (INC-0001…), the settings above. */
function withIncidents(count: number, options: Parameters<typeof fakeServices>[0] = {}) {
  const env = fakeServices(options);
  setUpWorkbook(env.services.spreadsheetApp);
  for (let i = 0; i < count; i++) submitIncidentWith(env.services, MEDIUM, { now: NOW });
  seedSettings(env.fakes, SETTINGS);
  env.fakes.mail.outbox.length = 0;
  return env;
}

function incidentsSheet(fakes: AppsScriptFakes): FakeSheet {
  return fakes.spreadsheet.sheet('インシデント') as FakeSheet;
}

function rowOf(fakes: AppsScriptFakes, id: string): Record<string, unknown> {
  const [header, ...rows] = incidentsSheet(fakes).valuesSnapshot();
  const positions = columnPositions(header ?? []);
  const values = rows.find((r) => r[positions.id as number] === id) ?? [];
  return Object.fromEntries(Object.entries(positions).map(([key, at]) => [key, values[at as number]]));
}

const kinds = (fakes: AppsScriptFakes, id: string) =>
  readHistory(fakes.spreadsheet.self(), 'ja', id).map((e) => `${e.kind}${e.by ? `:${e.by}` : ''}`);

describe('actOnIncident', () => {
  it('acknowledges with a direction: 確認者, the direction as literal text, 対応中, its mark and two events', () => {
    const { fakes, services } = withIncidents(1);
    fakes.actAs('boss@example.com');
    const view = actOnIncidentWith(
      services,
      { kind: 'acknowledge', id: 'INC-0001', instruction: '=部長が同行訪問', resources: '値引き枠 300万円' },
      later(5),
    );
    expect(rowOf(fakes, 'INC-0001')).toMatchObject({
      acknowledgedBy: 'boss@example.com',
      instruction: '=部長が同行訪問',
      resources: '値引き枠 300万円',
      status: '対応中',
      notifications: '2026-11-24 10:05 確認を記録',
    });
    expect(view).toMatchObject({ status: '対応中', statusKey: 'inProgress', acknowledgedBy: 'boss@example.com' });
    expect(view.history.map((h) => h.kind)).toEqual(['reported', 'acknowledged', 'instructed']);
    expect(view.history[2]?.detail).toBe('=部長が同行訪問（リソース・予算: 値引き枠 300万円）');
    // The step counts as an edit: the next hourly run reads the sheets, whatever its quiet-hour gate says.
    expect(services.propertiesService.getDocumentProperties().getProperty('escalationEditedAt')).toBe(
      String(later(5).getTime()),
    );
    // The hourly run sees the acknowledgement already recorded: no second event.
    sweepHoldingLock(services, later(60));
    expect(kinds(fakes, 'INC-0001')).toEqual([
      'reported:owner@example.com',
      'acknowledged:boss@example.com',
      'instructed:boss@example.com',
    ]);
  });

  it('says in the user’s language what is wrong and how to fix it, and writes nothing', () => {
    const { fakes, services } = withIncidents(1, { session: { locale: 'en' } });
    const before = JSON.stringify(incidentsSheet(fakes).valuesSnapshot());
    expect(() => actOnIncidentWith(services, { kind: 'close', id: 'INC-0001' }, later(1))).toThrow(
      /closed only after the resolution check \(it is Open now\)\. First resolve it/,
    );
    expect(() => actOnIncidentWith(services, { kind: 'instruct', id: 'INC-0001', instruction: ' ' }, later(1))).toThrow(
      "Please enter Manager's direction.",
    );
    expect(() => actOnIncidentWith(services, { kind: 'hold', id: 'INC-0009', reason: 'x' }, later(1))).toThrow(
      /Incident "INC-0009" is not on the sheet/,
    );
    expect(() =>
      actOnIncidentWith(
        services,
        { kind: 'addMeasure', id: 'INC-0001', measure: '', measureKind: 'soon', owner: 'a', due: '2026-02-30' },
        later(1),
      ),
    ).toThrow(/Please enter Measure\.\nKind "soon" is not a choice/);
    expect(JSON.stringify(incidentsSheet(fakes).valuesSnapshot())).toBe(before);
    expect(fakes.lock.state.holder).toBeNull();
  });

  it('escalates at once to the executives in the same execution, and the next hourly run does not resend', () => {
    const { fakes, services } = withIncidents(2);
    const view = actOnIncidentWith(
      services,
      { kind: 'escalateNow', id: 'INC-0002', to: 'executives', reason: '現場では値引き交渉が進まない' },
      later(10),
    );
    expect(fakes.mail.outbox.map((m) => m.to.join())).toEqual(
      expect.arrayContaining(['manager@example.com', 'exec@example.com']),
    );
    expect(fakes.mail.outbox).toHaveLength(2);
    expect(fakes.mail.outbox[0]?.body).toContain('INC-0002');
    expect(view.stage).toBe(3);
    expect(rowOf(fakes, 'INC-0002').stage).toBe('第3段階');
    expect(rowOf(fakes, 'INC-0001').notifications).toBe('');
    expect(view.history.map((h) => h.kind)).toEqual(['reported', 'escalatedNow', 'escalated']);
    expect(view.history[1]?.detail).toBe('経営層へ（第3段階、通常のフローをスキップ）: 現場では値引き交渉が進まない');
    sweepHoldingLock(services, later(70));
    expect(fakes.mail.outbox).toHaveLength(2);
    // Handed back: the stage shown goes back to the site, and nothing is sent for it.
    const back = actOnIncidentWith(services, { kind: 'handBack', id: 'INC-0002', reason: '現場で対応可能' }, later(80));
    sweepHoldingLock(services, later(90));
    expect(back.history.at(-1)).toMatchObject({ kind: 'handedBack', detail: '現場で対応可能' });
    expect(rowOf(fakes, 'INC-0002').stage).toBe('第1段階');
    expect(fakes.mail.outbox).toHaveLength(2);
  });

  it('refuses to escalate to executives nobody set, saying where to set them', () => {
    const { fakes, services } = withIncidents(1);
    seedSettings(fakes, { ...SETTINGS, executives: [] });
    expect(() =>
      actOnIncidentWith(services, { kind: 'escalateNow', id: 'INC-0001', to: 'executives', reason: 'x' }, later(1)),
    ).toThrow('経営層が設定されていません。設定シートの「経営層」にメールアドレスを入力するか');
  });

  it('holds and resumes as the hourly run would: hold time kept, and the run records no second event', () => {
    const { fakes, services } = withIncidents(1);
    actOnIncidentWith(services, { kind: 'hold', id: 'INC-0001', reason: '先方の回答待ち' }, later(0));
    expect(rowOf(fakes, 'INC-0001')).toMatchObject({ status: '保留', holdSince: NOW });
    sweepHoldingLock(services, later(30));
    actOnIncidentWith(services, { kind: 'resume', id: 'INC-0001' }, later(90));
    expect(rowOf(fakes, 'INC-0001')).toMatchObject({ status: '対応中', holdSince: '', holdHours: 1.5 });
    sweepHoldingLock(services, later(120));
    expect(kinds(fakes, 'INC-0001')).toEqual([
      'reported:owner@example.com',
      'onHold:owner@example.com',
      'resumed:owner@example.com',
    ]);
    expect(() => actOnIncidentWith(services, { kind: 'resume', id: 'INC-0001' }, later(130))).toThrow(
      '「保留」ではありません',
    );
  });

  it('adds measures on the measures sheet, marks one done and records its effect check', () => {
    const { fakes, services } = withIncidents(2);
    const add = (id: string, measure: string, due: string) =>
      actOnIncidentWith(
        services,
        { kind: 'addMeasure', id, measure, measureKind: 'interim', owner: '山田 太郎', due },
        later(1),
      );
    add('INC-0001', '=代替品の即納', '2026-11-26');
    const view = add('INC-0002', '価格条件の再提示', '2026-11-20');
    expect(view.measures).toEqual([
      expect.objectContaining({ measure: '価格条件の再提示', kind: '暫定対応', due: '2026-11-20', overdue: true }),
    ]);
    const sheet = fakes.spreadsheet.sheet('対策') as FakeSheet;
    expect(sheet.valuesSnapshot()[1]?.slice(0, 6)).toEqual([
      'INC-0001',
      '=代替品の即納',
      '暫定対応',
      '山田 太郎',
      new Date('2026-11-25T15:00:00Z'),
      '未着手',
    ]);
    const row = view.measures[0]?.row as number;
    expect(() => actOnIncidentWith(services, { kind: 'measureDone', id: 'INC-0001', row }, later(2))).toThrow(
      '対策シートの3行目は、インシデント「INC-0001」の対策ではありません',
    );
    expect(() =>
      actOnIncidentWith(services, { kind: 'effectCheck', id: 'INC-0002', row, result: '効果あり' }, later(2)),
    ).toThrow('先にこの対策を「完了」にしてください');
    actOnIncidentWith(services, { kind: 'measureDone', id: 'INC-0002', row }, later(3));
    const checked = actOnIncidentWith(
      services,
      { kind: 'effectCheck', id: 'INC-0002', row, result: '受注を回復' },
      later(4),
    );
    expect(checked.measures[0]).toMatchObject({
      statusKey: 'done',
      status: '完了',
      doneAt: later(3).toISOString(),
      effectResult: '受注を回復',
      effectCheckedBy: 'owner@example.com',
      overdue: false,
    });
    expect(checked.history.map((h) => h.kind)).toEqual(['reported', 'measureAdded', 'measureDone', 'effectChecked']);
  });

  it('resolves with a check, needs a retrospective before closing a high incident, and reopens', () => {
    const { fakes, services } = withIncidents(0);
    submitIncidentWith(services, { ...FULL_FORM, impact: '高', urgency: '中' }, { now: NOW }); // 高リスク
    const resolve = { kind: 'resolve', id: 'INC-0001', confirmedBy: '佐藤部長', recurrenceRisk: 'no' };
    const resolved = actOnIncidentWith(services, resolve, later(60));
    expect(rowOf(fakes, 'INC-0001')).toMatchObject({
      status: '解決済み',
      confirmedBy: '佐藤部長',
      recurrenceRisk: 'なし',
      resolvedAt: later(60),
    });
    expect(resolved).toMatchObject({ recurrenceRisk: 'no', retrospectiveRequired: true });
    expect(() => actOnIncidentWith(services, { kind: 'close', id: 'INC-0001' }, later(61))).toThrow(
      '高リスクのインシデントは、完了の前に振り返りと改善',
    );
    actOnIncidentWith(
      services,
      {
        kind: 'retrospective',
        id: 'INC-0001',
        rootCause: '価格改定の連絡漏れ',
        wentWell: '即日訪問',
        toImprove: '',
        prevention: '',
      },
      later(62),
    );
    const closed = actOnIncidentWith(services, { kind: 'close', id: 'INC-0001' }, later(63));
    expect(closed.statusKey).toBe('closed');
    const reopened = actOnIncidentWith(services, { kind: 'reopen', id: 'INC-0001', reason: '再発' }, later(64));
    expect(rowOf(fakes, 'INC-0001')).toMatchObject({ status: '対応中', resolvedAt: '' });
    sweepHoldingLock(services, later(90));
    expect(reopened.history.map((h) => h.kind)).toEqual([
      'reported',
      'resolved',
      'confirmed',
      'retrospective',
      'closed',
      'reopened',
    ]);
    expect(kinds(fakes, 'INC-0001')).toHaveLength(6);
  });
});

describe('actOnIncident on other sheets', () => {
  it('writes an English sheet in English: status, the record line and the history', () => {
    const { fakes, services } = withIncidents(0, { spreadsheet: { locale: 'en_US' }, session: { locale: 'en' } });
    submitIncidentWith(services, MEDIUM, { now: NOW });
    const view = actOnIncidentWith(
      services,
      { kind: 'acknowledge', id: 'INC-0001', instruction: 'Visit today' },
      later(5),
    );
    const sheet = fakes.spreadsheet.sheet('Incidents') as FakeSheet;
    const [header, row] = sheet.valuesSnapshot();
    const at = columnPositions(header ?? []);
    expect(row?.[at.status as number]).toBe('In progress');
    expect(row?.[at.notifications as number]).toBe('2026-11-24 10:05 Acknowledgement recorded');
    expect(view.history.map((h) => h.label)).toEqual(['Reported', 'Acknowledged', 'Direction recorded']);
    expect((fakes.spreadsheet.sheet('History') as FakeSheet).valuesSnapshot()[3]?.[2]).toBe('Direction recorded');
  });

  it('never writes under a whole-column array formula, and says which column', () => {
    const { fakes, services } = withIncidents(2);
    const sheet = incidentsSheet(fakes);
    const column = (columnPositions(sheet.valuesSnapshot()[0] ?? []).instruction as number) + 1;
    sheet.getRange(2, column).setFormula('=ARRAYFORMULA(IF(A2:A="",,"-"))');
    const before = JSON.stringify(sheet.valuesSnapshot());
    expect(() =>
      actOnIncidentWith(services, { kind: 'instruct', id: 'INC-0002', instruction: '同行訪問' }, later(1)),
    ).toThrow('「上位者の判断・指示」列は数式で埋められているため書き込めません');
    expect(JSON.stringify(sheet.valuesSnapshot())).toBe(before);
  });
});

describe('openIncident and listIncidents', () => {
  it('finds an incident by its ID after the rows were sorted, or by the selected row', () => {
    const { fakes, services } = withIncidents(3);
    const sheet = incidentsSheet(fakes);
    sheet.sort(1, false); // INC-0003 now on row 2
    expect(openIncidentWith(services, { id: 'INC-0001' }, later(1))).toMatchObject({ id: 'INC-0001', row: 4 });
    fakes.spreadsheet.setActiveRange(sheet.getRange(3, 5));
    const selected = openIncidentWith(services, {}, later(1));
    expect(selected).toMatchObject({ id: 'INC-0002', row: 3, level: '中リスク', status: '未対応' });
    expect(selected.report).toMatchObject({ summary: FULL_FORM.summary, reportedAt: '2026-11-24 10:00' });
    fakes.spreadsheet.setActiveRange(fakes.spreadsheet.getSheetByName('エスカレーション設定')!.getRange(2, 1));
    expect(() => openIncidentWith(services, {}, later(1))).toThrow(
      '「インシデント」シートでインシデントの行を選ぶか、サイドバーの一覧から選んでください。',
    );
  });

  it('lists the open incidents addressed to the user first, then the worst level, then overdue', () => {
    const { fakes, services } = withIncidents(0);
    const at = { now: NOW };
    submitIncidentWith(services, { ...MEDIUM, managerEmail: 'other@example.com' }, at); // 1 medium, not mine
    submitIncidentWith(services, { ...FULL_FORM, managerEmail: 'other@example.com' }, at); // 2 very high
    submitIncidentWith(services, MEDIUM, at); // 3 medium, mine as manager
    submitIncidentWith(services, { ...MEDIUM, impact: '低', urgency: '低' }, at); // 4 low, resolved below
    submitIncidentWith(services, { ...MEDIUM, managerEmail: 'other@example.com' }, at); // 5 medium, overdue below
    seedSettings(fakes, SETTINGS);
    actOnIncidentWith(services, { kind: 'resolve', id: 'INC-0004', confirmedBy: 'x', recurrenceRisk: 'no' }, NOW);
    const sheet = incidentsSheet(fakes);
    const resolveBy = (columnPositions(sheet.valuesSnapshot()[0] ?? []).resolveBy as number) + 1;
    sheet.write(2, resolveBy, later(600)); // INC-0001: not yet
    sheet.write(6, resolveBy, later(30)); // INC-0005: passed
    fakes.actAs('manager@example.com');
    const list = listIncidentsWith(services, later(60));
    expect(list.map((i) => [i.id, i.addressedToMe, i.levelKey, i.overdue])).toEqual([
      ['INC-0003', true, 'medium', false],
      ['INC-0002', false, 'veryHigh', true], // respond-by is at once, unacknowledged
      ['INC-0005', false, 'medium', true],
      ['INC-0001', false, 'medium', false],
    ]);
    expect(list[1]).toMatchObject({ level: '非常に高リスク', status: '未対応', stage: 3 });
  });

  it('makes the same number of Spreadsheet calls with 5 incidents or 300', () => {
    const counts = [5, 300].map((n) => {
      const { fakes, services } = withIncidents(n);
      const count = (call: () => unknown) => {
        fakes.calls.reset();
        call();
        return spreadsheetCalls(fakes.calls);
      };
      return [
        count(() => listIncidentsWith(services, later(1))),
        count(() => openIncidentWith(services, { id: 'INC-0003' }, later(1))),
        count(() =>
          actOnIncidentWith(services, { kind: 'acknowledge', id: 'INC-0003', instruction: '対応' }, later(2)),
        ),
        count(() =>
          actOnIncidentWith(services, { kind: 'escalateNow', id: 'INC-0004', to: 'manager', reason: '悪化' }, later(3)),
        ),
      ];
    });
    expect(counts[0]).toEqual(counts[1]);
    // The list reads the header, the settings and its columns (a range per run of adjacent ones); an
    // incident adds its ID column, its row, the measures and the history; a step adds its writes, the
    // history's append and the row read back; escalateNow adds the sweep's own path (its log, its state,
    // the report's text in two ranges, the sheet's height before the IDs it writes over are checked, the
    // written row's state read again just before the write, and the log sheet made on first use behind
    // the active sheet).
    expect(counts[0]).toEqual([22, 23, 41, 104]);
  });
});
