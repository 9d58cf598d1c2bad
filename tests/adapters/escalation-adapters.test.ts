// The escalation adapters against the in-memory services: settings sheet, triggers, emergency path, lock.
import { describe, expect, it } from 'vitest';
import { settingsProblemLines } from '../../src/domain/settings/settings-problems';
import { servicesOf } from '../support/services';
import { sweep } from '../../src/adapters/escalation-menu-actions';
import { notifyEmergencyIncidents, sweepHoldingLock } from '../../src/adapters/escalation-sweep';
import { escalationStatus, turnOffSweep, turnOnSweep } from '../../src/adapters/escalation-trigger';
import { ensureSettingsSheet, readSettings } from '../../src/adapters/settings-sheet';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { type AppsScriptFakes, createAppsScriptFakes } from '../../tools/fakes';

const now = () => new Date('2026-11-24T10:00:00+09:00');

describe('ensureSettingsSheet', () => {
  it('creates a visible sheet in the spreadsheet language, and a second run changes nothing', () => {
    const fakes = createAppsScriptFakes();
    ensureSettingsSheet(fakes.spreadsheet.self(), 'ja');
    const sheet = fakes.spreadsheet.sheet('エスカレーション設定');
    expect(sheet?.hidden).toBe(false);
    const row = sheet!.valuesSnapshot().findIndex((r) => r[0] === '事前警告（期限までの経過割合）') + 1;
    sheet!.write(row, 2, '60%'); // the owner's own value
    const before = sheet!.valuesSnapshot();
    ensureSettingsSheet(fakes.spreadsheet.self(), 'en');
    expect(fakes.spreadsheet.sheets.map((s) => s.nameNow())).toEqual(['シート1', 'エスカレーション設定']);
    expect(sheet!.valuesSnapshot()).toEqual(before);
    expect(
      readSettings(fakes.spreadsheet.self(), fakes.properties.service.getDocumentProperties(), now()).settings
        .warningPoint,
    ).toBe(0.6);
  });

  it('writes text as text: business hours and percentages are not turned into numbers or formulas', () => {
    const fakes = createAppsScriptFakes({ spreadsheet: { locale: 'en_US' } });
    ensureSettingsSheet(fakes.spreadsheet.self(), 'en');
    const values = fakes.spreadsheet.sheet('Escalation settings')!.valuesSnapshot();
    expect(values).toContainEqual(['Business hours', '09:00-18:00', '', '', '', '']);
    expect(values).toContainEqual(['Warning point (share of time to deadline)', '75%', '', '', '', '']);
  });
});

describe('readSettings', () => {
  it('reports a bad value by cell and keeps the last good settings in force', () => {
    const fakes = createAppsScriptFakes();
    const ss = fakes.spreadsheet.self();
    const props = fakes.properties.service.getDocumentProperties();
    ensureSettingsSheet(ss, 'ja');
    const sheet = fakes.spreadsheet.sheet('エスカレーション設定')!;
    const capRow = sheet.valuesSnapshot().findIndex((r) => r[0] === '再通知の上限（回）') + 1;
    sheet.write(capRow, 2, 3);
    expect(readSettings(ss, props, now())).toMatchObject({ problems: [], settings: { reminderCap: 3 } });
    sheet.write(capRow, 2, 'たくさん');
    const reading = readSettings(ss, props, now());
    expect(reading.settings.reminderCap).toBe(3);
    const told = settingsProblemLines(reading.problems, 'ja');
    expect(told[0]).toBe(
      `設定シートのB${capRow}（再通知の上限（回））「たくさん」は使えません。1〜100の整数を入力してください。`,
    );
    expect(told[1]).toContain('最後に正しかった設定');
  });
});

describe('the hourly trigger', () => {
  it('is created once however often it is turned on, and removed when turned off', () => {
    const fakes = createAppsScriptFakes({ session: { activeUserEmail: 'lead@example.com' } });
    const services = servicesOf(fakes);
    expect(escalationStatus(services)).toMatchObject({ on: false, operator: '' });
    expect(turnOnSweep(services)).toEqual({ kind: 'turnedOn' });
    expect(turnOnSweep(services)).toEqual({ kind: 'alreadyOn' });
    expect(fakes.scriptApp.triggers.map((t) => [t.handler, t.periodMs])).toEqual([['checkEscalations', 3_600_000]]);
    expect(escalationStatus(services)).toMatchObject({ on: true, operator: 'lead@example.com' });
    turnOffSweep(services);
    expect(escalationStatus(services)).toMatchObject({ on: false, operator: 'lead@example.com' });
    expect(fakes.scriptApp.triggers).toEqual([]);
  });
  it('is reported as unknown (null), not as off, where the document state cannot be read', () => {
    const fakes = createAppsScriptFakes();
    const services = servicesOf(fakes);
    const refusing = {
      ...services,
      spreadsheetApp: {
        getActive: () => {
          throw new Error('Authorization is required');
        },
      },
    };
    expect(escalationStatus(refusing as unknown as typeof services)).toBeNull();
  });
});

function seedIncidents(fakes: AppsScriptFakes, rows: Record<string, unknown>[]): void {
  const sheet = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName())!;
  [
    INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja),
    ...rows.map((r) => INCIDENT_COLUMN_KEYS.map((k) => r[k] ?? '')),
  ].forEach((row, r) => row.forEach((value, c) => sheet.write(r + 1, c + 1, value)));
}

describe('the emergency path', () => {
  it('tells managers and executives of a new very-high incident at once, and the next sweep does not repeat it', () => {
    const fakes = createAppsScriptFakes({ clock: undefined });
    ensureSettingsSheet(fakes.spreadsheet.self(), 'ja');
    const settings = fakes.spreadsheet.sheet('エスカレーション設定')!;
    const execRow = settings.valuesSnapshot().findIndex((r) => r[0] === '役員（第3段階の通知先・メール）') + 1;
    settings.write(execRow, 2, 'ceo@example.com');
    seedIncidents(fakes, [
      {
        id: 'INC-0007',
        reportedAt: '2026-11-24 09:58',
        summary: '大口顧客の契約解除',
        impact: '高',
        urgency: '高',
        managerEmail: 'boss@example.com',
      },
      {
        id: 'INC-0008',
        reportedAt: '2026-11-24 09:00',
        summary: 'other',
        impact: '高',
        urgency: '高',
        managerEmail: 'boss@example.com',
      },
    ]);
    const outcome = notifyEmergencyIncidents(servicesOf(fakes), ['INC-0007'], now());
    expect(fakes.mail.outbox.map((m) => [m.to.join(), m.subject])).toEqual([
      ['boss@example.com', '【エスカレーション】非常に高リスク 1件'],
      ['ceo@example.com', '【エスカレーション】非常に高リスク 1件'],
    ]);
    expect(outcome?.deliveries.every((d) => d.digest.notices.every((n) => n.incident.id === 'INC-0007'))).toBe(true);
    sweepHoldingLock(servicesOf(fakes), now());
    const later = fakes.mail.outbox.slice(2).flatMap((m) => m.body.match(/INC-\d+/g) ?? []);
    expect(later).not.toContain('INC-0007');
    expect(later).toContain('INC-0008');
  });
});

describe('the lock', () => {
  it('skips the run when another execution holds the document lock', () => {
    const fakes = createAppsScriptFakes();
    seedIncidents(fakes, [
      { id: 'INC-0001', reportedAt: '2026-11-24 09:00', impact: '高', urgency: '高', managerEmail: 'boss@example.com' },
    ]);
    turnOnSweep(servicesOf(fakes));
    fakes.lock.state.holdFor(1);
    expect(sweep(servicesOf(fakes), now())).toBeNull();
    expect(fakes.mail.outbox).toEqual([]);
    expect(sweep(servicesOf(fakes), now())).not.toBeNull();
    // The digest to the manager (the operator also hears once that the rules reach nobody by default).
    expect(fakes.mail.outbox.filter((m) => m.to.includes('boss@example.com'))).toHaveLength(1);
    expect(fakes.lock.state.holder).toBeNull();
  });
});

describe('an older incidents sheet', () => {
  it('gets the missing state columns added on the right, IDs for rows without one, and the ID floor kept', () => {
    const fakes = createAppsScriptFakes();
    const sheet = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName())!;
    const columns = ['reportedAt', 'summary', 'impact', 'urgency', 'managerEmail', 'メモ'] as const;
    const header = columns.map((c) =>
      c in INCIDENT_COLUMNS ? INCIDENT_COLUMNS[c as keyof typeof INCIDENT_COLUMNS].ja : c,
    );
    [header, ['2026-11-24 09:00', '大口解約', '高', '高', 'boss@example.com', '自分のメモ']].forEach((row, r) =>
      row.forEach((v, c) => sheet.write(r + 1, c + 1, v)),
    );
    fakes.properties.document.store.set('incidentIdFloor', '41');
    sweepHoldingLock(servicesOf(fakes), now());
    const [head, row] = sheet.valuesSnapshot();
    expect(head?.slice(0, 6)).toEqual(header);
    expect(head?.slice(6)).toEqual([
      'ID',
      'エスカレーション段階',
      '初動期限',
      '解決期限',
      '保留開始',
      '保留累計（時間）',
      '解決日時',
      '通知記録',
      '要確認',
    ]);
    expect(row?.[5]).toBe('自分のメモ');
    expect(row?.[6]).toBe('INC-0042');
    expect(row?.[7]).toBe('第3段階');
    expect(fakes.properties.document.store.get('incidentIdFloor')).toBe('42');
  });
});

describe('settings problems', () => {
  it('are mailed once to the person who turned the sweep on, while the last good settings run', () => {
    const fakes = createAppsScriptFakes({ session: { activeUserEmail: 'owner@example.com' } });
    ensureSettingsSheet(fakes.spreadsheet.self(), 'ja');
    seedIncidents(fakes, []);
    turnOnSweep(servicesOf(fakes));
    const settings = fakes.spreadsheet.sheet('エスカレーション設定')!;
    const hoursRow = settings.valuesSnapshot().findIndex((r) => r[0] === '営業時間') + 1;
    settings.write(hoursRow, 2, "'18:00-09:00");
    sweepHoldingLock(servicesOf(fakes), now());
    sweepHoldingLock(servicesOf(fakes), new Date(now().getTime() + 3_600_000));
    const summaries = fakes.mail.outbox.filter((m) => m.to.join() === 'owner@example.com');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.body).toContain(
      `設定シートのB${hoursRow}（営業時間）「18:00-09:00」は使えません。「09:00-18:00」のような開始と終了の時刻を入力してください。`,
    );
  });
});
