// Values no sensible person means, through the built dist/Code.js: each refused by name, nothing moved.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnPositions } from '../../src/domain/incident-columns';
import { type AppsScriptFakesOptions, type FakeSheet, createAppsScriptFakes } from '../../tools/fakes';
import { loadBundle } from '../../tools/fakes/load-bundle';
import { FULL_FORM } from '../support/services';
import { createEscalationEnv, incidentRecords } from './escalation-env';

const CODE = join(__dirname, '../../dist/Code.js');

function load(options: AppsScriptFakesOptions = {}) {
  const fakes = createAppsScriptFakes(options);
  return { fakes, bundle: loadBundle(CODE, fakes.globals, fakes.clock) };
}

describe('an impossible occurrence date from the form', () => {
  it.each([
    ['ja', /^発生日時「2026-02-30T10:00:00\+09:00」は存在しない日時です/],
    ['en', /^"2026-02-30T10:00:00\+09:00" is not a real date and time/],
  ] as const)('is refused in %s and writes no row', (locale, message) => {
    const { fakes, bundle } = load({ session: { locale } });
    bundle.call('setUpSheets');
    expect(() => bundle.call('submitIncident', { ...FULL_FORM, occurredAt: '2026-02-30T10:00:00+09:00' })).toThrow(
      message,
    );
    expect((fakes.spreadsheet.sheet('インシデント') as FakeSheet).lastRow()).toBe(1);
    expect(fakes.mail.outbox).toHaveLength(0);
  });
});

describe('a very long typed ID', () => {
  it('never makes new IDs collide, from the form or from a typed row', () => {
    const { fakes, bundle } = load();
    bundle.call('setUpSheets');
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
      'インシデント',
    ) as GoogleAppsScript.Spreadsheet.Sheet;
    const at = columnPositions(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []);
    sheet.getRange(2, (at.id as number) + 1).setValue('INC-99999999999999999999');
    sheet.getRange(2, (at.summary as number) + 1).setValue('手で入力した行');
    // A floor stored by an earlier version from that ID is stale, not a sequence to continue from.
    fakes.globals.PropertiesService.getDocumentProperties().setProperty('incidentIdFloor', '1e+20');
    const first = bundle.call('submitIncident', FULL_FORM) as { id: string };
    const second = bundle.call('submitIncident', FULL_FORM) as { id: string };
    sheet.getRange(5, (at.summary as number) + 1).setValue('貼り付けた行');
    bundle.call('onEdit', { range: sheet.getRange(5, 1, 1, 6), authMode: 'LIMITED' });
    const ids = sheet
      .getRange(2, (at.id as number) + 1, 4, 1)
      .getValues()
      .flat();
    expect([first.id, second.id]).toEqual(['INC-0001', 'INC-0002']);
    expect(ids).toEqual(['INC-99999999999999999999', 'INC-0001', 'INC-0002', 'INC-0003']);
  });
});

describe('RISKLEVEL and RISKDECISION given a built-in property name as the language', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'name %s in the usual error, in both languages',
    (option) => {
      const { bundle } = load();
      const message = `言語「${option}」は指定できません。"ja" または "en" を指定してください。 / Unknown language "${option}". Use "ja" or "en".`;
      expect(() => bundle.call('RISKLEVEL', '高', '高', '', option)).toThrow(message);
      expect(() => bundle.call('RISKDECISION', 'High', option)).toThrow(message);
    },
  );
});

describe('a setting beyond any sensible range', () => {
  it('is named by cell with its bounds, and the last good settings decide the run', () => {
    const env = createEscalationEnv([
      { reportedAt: '2026-11-24 09:00', summary: '納期遅延', impact: '中', urgency: '高', status: '対応中' },
    ]);
    const grid = env.settingsSheet.valuesSnapshot();
    const levels = grid.findIndex((r) => r[0] === 'リスクレベル');
    const high = grid.findIndex((r, i) => i > levels && r[0] === '高リスク') + 1;
    const cap = grid.findIndex((r) => r[0] === '再通知の上限（回）') + 1;
    env.settingsSheet.write(high, 3, "'99999営業日");
    env.settingsSheet.write(cap, 2, 1000000);
    env.bundle.call('previewEscalations');
    const preview = env.ui.dialogs[0]?.html.getContent() ?? '';
    expect(preview).toContain(
      `設定シートのC${high}（高リスク / 解決期限）「99999営業日」は使えません。「4時間」「1営業日」「即時」「なし」のような期間（2000時間または250営業日まで）を入力してください。`,
    );
    expect(preview).toContain(
      `設定シートのB${cap}（再通知の上限（回））「1000000」は使えません。1〜100の整数を入力してください。`,
    );
    expect(preview).toContain('最後に正しかった設定で動作しています');
    env.bundle.call('checkEscalations');
    // Resolve-by stays one business day (09:00–18:00) from the report, the default, not 99999 days away.
    const [row] = incidentRecords(env);
    expect(row?.resolveBy).toEqual(new Date('2026-11-24T18:00:00+09:00'));
  });
});

describe('a number or a date where an email belongs on the settings sheet', () => {
  it('is named by cell, and no mail goes to it', () => {
    const env = createEscalationEnv([
      { reportedAt: '2026-11-24 09:00', summary: '大口解約', impact: '高', urgency: '高', status: '対応中' },
    ]);
    const grid = env.settingsSheet.valuesSnapshot();
    const executives = grid.findIndex((r) => r[0] === '役員（第3段階の通知先・メール）') + 1;
    env.settingsSheet.write(executives, 2, 12345);
    env.bundle.call('previewEscalations');
    expect(env.ui.dialogs[0]?.html.getContent()).toContain(
      `設定シートのB${executives}（役員（第3段階の通知先・メール））「12345」は使えません。メールアドレス（複数はカンマ区切りか右のセルへ）を入力してください。`,
    );
    env.bundle.call('checkEscalations');
    expect(env.mail.outbox.flatMap((m) => m.to)).not.toContain('12345');
  });
});
