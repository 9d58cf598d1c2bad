// Language per recipient in the adapters: an older settings sheet gains the section without losing
// a value, and the run summary goes to the person who turned the sweep on in their language.
import { describe, expect, it } from 'vitest';
import { servicesOf } from '../support/services';
import { sweepHoldingLock } from '../../src/adapters/escalation-sweep';
import { turnOnSweep } from '../../src/adapters/escalation-trigger';
import { ensureSettingsSheet, readSettings } from '../../src/adapters/settings-sheet';
import { DEFAULT_SETTINGS } from '../../src/domain/settings/settings';
import { settingsGrid } from '../../src/domain/settings/settings-layout';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { type AppsScriptFakes, createAppsScriptFakes } from '../../tools/fakes';

const now = () => new Date('2026-11-24T10:00:00+09:00');

/** A settings sheet as set-up wrote it before the language section existed, with one owner value. */
function olderSettingsSheet(fakes: AppsScriptFakes) {
  const sheet = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('エスカレーション設定').getName())!;
  const grid = settingsGrid(DEFAULT_SETTINGS, 'ja').slice(0, -3);
  grid.forEach((row, r) =>
    row.forEach((value, c) => sheet.write(r + 1, c + 1, typeof value === 'string' && value ? `'${value}` : value)),
  );
  sheet.write(grid.findIndex((r) => r[0] === '再通知の上限（回）') + 1, 2, 3);
  return sheet;
}

describe('an older settings sheet', () => {
  it('keeps working with no overrides, and ensureSettingsSheet appends the section below without changing a cell', () => {
    const fakes = createAppsScriptFakes();
    const sheet = olderSettingsSheet(fakes);
    const props = fakes.properties.service.getDocumentProperties();
    expect(readSettings(fakes.spreadsheet.self(), props, now())).toMatchObject({
      problems: [],
      settings: { reminderCap: 3, recipientLanguages: {} },
    });
    const before = sheet.valuesSnapshot();
    ensureSettingsSheet(fakes.spreadsheet.self(), 'ja');
    const after = sheet.valuesSnapshot();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((r) => r.slice(0, 2))).toEqual([
      ['', ''],
      ['■ 宛先ごとの言語（ここにない宛先にはスプレッドシートの言語で送ります）', ''],
      ['メールアドレス', '言語'],
    ]);
    ensureSettingsSheet(fakes.spreadsheet.self(), 'ja');
    expect(sheet.valuesSnapshot()).toEqual(after);
    sheet.write(after.length + 1, 1, 'boss@example.com');
    sheet.write(after.length + 1, 2, 'English');
    expect(readSettings(fakes.spreadsheet.self(), props, now()).settings).toMatchObject({
      reminderCap: 3,
      recipientLanguages: { 'boss@example.com': 'en' },
    });
  });
});

describe('the run summary', () => {
  it('goes to the person who turned the sweep on in their language, naming the sheet columns as they are spelled', () => {
    const fakes = createAppsScriptFakes({ session: { activeUserEmail: 'Owner@example.com' } });
    ensureSettingsSheet(fakes.spreadsheet.self(), 'ja');
    const settings = fakes.spreadsheet.sheet('エスカレーション設定')!;
    const rows = settings.valuesSnapshot();
    settings.write(rows.findIndex((r) => r[0] === 'メールアドレス') + 2, 1, 'owner@example.com');
    settings.write(rows.findIndex((r) => r[0] === 'メールアドレス') + 2, 2, '英語');
    settings.write(rows.findIndex((r) => r[0] === '既定（その他）') + 1, 2, 'boss@example.com');
    const incidents = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName())!;
    const row = {
      id: 'INC-0001',
      reportedAt: '2026-11-24 09:00',
      summary: '読めない行',
      impact: 'とても高い',
      urgency: '高',
    } as Record<string, unknown>;
    [INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja), INCIDENT_COLUMN_KEYS.map((k) => row[k] ?? '')].forEach(
      (values, r) => values.forEach((value, c) => incidents.write(r + 1, c + 1, value)),
    );
    turnOnSweep(servicesOf(fakes));
    sweepHoldingLock(servicesOf(fakes), now());
    const [summary] = fakes.mail.outbox.filter((m) => m.to.join() === 'Owner@example.com');
    expect(summary?.subject).toBe('[Escalation] Some rows need attention');
    expect(summary?.body).toContain('Row 2 INC-0001: 影響度 "とても高い" cannot be read (enter High, Medium or Low)');
    // The sheet itself stays in its own language.
    expect(incidents.valuesSnapshot()[1]).toContain('影響度「とても高い」は読み取れません（高・中・低で入力）');
  });

  it('names settings problems in the reader language too', () => {
    const fakes = createAppsScriptFakes({ session: { activeUserEmail: 'owner@example.com' } });
    ensureSettingsSheet(fakes.spreadsheet.self(), 'ja');
    const settings = fakes.spreadsheet.sheet('エスカレーション設定')!;
    const rows = settings.valuesSnapshot();
    const mapRow = rows.findIndex((r) => r[0] === 'メールアドレス') + 2;
    settings.write(mapRow, 1, 'owner@example.com');
    settings.write(mapRow, 2, 'en');
    fakes.spreadsheet.insertSheet('インシデント');
    const services = servicesOf(fakes);
    sweepHoldingLock(services, now()); // no problems yet: the mapping becomes the last good settings
    const hoursRow = rows.findIndex((r) => r[0] === '営業時間') + 1;
    settings.write(hoursRow, 2, "'18:00-09:00");
    turnOnSweep(services);
    sweepHoldingLock(services, now());
    const [summary] = fakes.mail.outbox.filter((m) => m.to.join() === 'owner@example.com');
    expect(summary?.body).toContain(
      `Settings sheet B${hoursRow} (Business hours): "18:00-09:00" cannot be used. Enter start and end times such as "09:00-18:00".`,
    );
    expect(summary?.body).toContain('The settings have errors, so the last good settings stay in force.');
  });
});
