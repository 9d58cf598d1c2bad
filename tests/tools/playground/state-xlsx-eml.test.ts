// What the playground keeps: state saved and loaded across runs and reset with a backup, .xlsx
// out and back in (a malformed file refused with the workbook untouched), .eml files parsed back.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { PlaygroundApp } from '../../../tools/playground/app';
import { composeEml } from '../../../tools/playground/eml';
import { PlaygroundError } from '../../../tools/playground/messages';
import { REAL_DIST, TRIGGER_BUNDLE, fixtureDist, makeApp, tempDir, workbookValues } from './support';

describe('playground state file', () => {
  it('saves after an action and loads it in the next run: cells, formulas, clock, triggers, executions', async () => {
    const stateDir = tempDir();
    const distDir = fixtureDist(TRIGGER_BUNDLE);
    const first = new PlaygroundApp({ distDir, stateDir, startAt: '2026-11-24T09:00:00+09:00' });
    const sheet = first.session.fakes.spreadsheet.sheets[0]!.nameNow();
    first.editCell('A5', sheet, '2026-11-30');
    first.runMenuItem('install');
    first.advanceClock({ kind: 'hour' });
    await first.persist();

    const second = new PlaygroundApp({ distDir, stateDir });
    expect(workbookValues(second)).toEqual(workbookValues(first));
    expect(second.session.fakes.spreadsheet.sheets[0]!.read(5, 1).value).toBeInstanceOf(Date);
    expect(second.session.fakes.clock.nowMs()).toBe(first.session.fakes.clock.nowMs());
    expect(second.session.fakes.scriptApp.triggers.map((t) => [t.id, t.handler, t.nextRunMs])).toEqual(
      first.session.fakes.scriptApp.triggers.map((t) => [t.id, t.handler, t.nextRunMs]),
    );
    expect(second.session.executions.map((e) => e.functionName)).toContain('tick');
    // A trigger made after the restore gets a fresh id, so deleting one never removes the other.
    expect(() => second.runMenuItem('install')).toThrow(/too many time-based triggers/);
  });

  it('keeps spills across a restart, so a column formula still fills its column', async () => {
    const stateDir = tempDir();
    const first = new PlaygroundApp({ distDir: REAL_DIST, stateDir });
    const name = first.session.fakes.spreadsheet.sheets[0]!.nameNow();
    for (const [a1, text] of [
      ['A1', '高'],
      ['A2', '低'],
      ['B1', '高'],
      ['B2', '低'],
      ['C1', '=RISKLEVEL(A1:A2, B1:B2)'],
    ])
      first.editCell(a1, name, text);
    await first.persist();
    const second = new PlaygroundApp({ distDir: REAL_DIST, stateDir });
    second.session.recalc.recalculateAll();
    expect(second.session.fakes.spreadsheet.sheets[0]!.valuesSnapshot().map((row) => row[2])).toEqual([
      '非常に高リスク',
      '低リスク',
    ]);
  });

  it('resets to an empty workbook (or the demo), keeping the old state as a backup', async () => {
    const app = makeApp();
    app.editCell('A1', app.session.fakes.spreadsheet.sheets[0]!.nameNow(), 'keep me');
    await app.persist();
    app.reset(false);
    await app.persist();
    expect(workbookValues(app)).toEqual([['シート1', []]]);
    expect(readFileSync(join(app.options.stateDir, 'state.backup.json'), 'utf8')).toContain('keep me');
    app.reset(true);
    expect(app.session.fakes.spreadsheet.sheets.map((s) => s.nameNow())).toEqual([
      'インシデント',
      '対策',
      '履歴',
      'リスク判定',
    ]);
  });
});

describe('playground .xlsx', () => {
  it('exports and imports back the same values, dates and formulas', async () => {
    const source = makeApp({ demo: true });
    const file = await source.exportXlsx();
    const target = makeApp();
    await target.importXlsx(file);
    expect(workbookValues(target)).toEqual(workbookValues(source));
    const formulas = (app: PlaygroundApp) =>
      app.session.fakes.spreadsheet.sheets.flatMap((s) =>
        s.cells
          .flat()
          .map((c) => c.formula)
          .filter(Boolean),
      );
    expect(formulas(target)).toEqual(formulas(source));
    expect(formulas(target).length).toBeGreaterThan(0);
  });

  it('reads an .xlsx written elsewhere, without turning text that starts with = into a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Incidents');
    sheet.addRow(['Summary', 'Impact', 'Urgency', 'Level']);
    sheet.addRow(['=cmd|calc', 'High', 'Low', { formula: 'RISKLEVEL(B2,C2)' }]);
    const app = makeApp();
    await app.importXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(app.session.fakes.spreadsheet.sheet('Incidents')!.valuesSnapshot()[1]).toEqual([
      '=cmd|calc',
      'High',
      'Low',
      'Medium',
    ]);
  });

  it('refuses a malformed .xlsx with a clear message in both languages and leaves the workbook as it was', async () => {
    const app = makeApp({ demo: true });
    const before = workbookValues(app);
    for (const bad of [Buffer.from('this is not a spreadsheet'), Buffer.from('PK\u0003\u0004 broken zip')]) {
      const refusal = await app.importXlsx(bad).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(PlaygroundError);
      expect((refusal as PlaygroundError).text.en).toMatch(/cannot be read.*The workbook was not changed/);
      expect((refusal as PlaygroundError).text.ja).toMatch(/読めません.*ブックは変更していません/);
    }
    expect(workbookValues(app)).toEqual(before);
  });
});

describe('playground .eml files', () => {
  const mail = {
    to: ['bucho@example.com'],
    cc: ['kacho@example.com'],
    bcc: [],
    subject: '【至急】エスカレーション: INC-0001 非常に高リスク',
    body: '重要顧客A社の件です。\n対応をお願いします。',
    htmlBody: '<p>重要顧客<b>A社</b>の件です。</p>',
    name: 'エスカレーション通知',
    replyTo: 'owner@example.com',
    sentAt: new Date('2026-11-24T01:00:00Z'),
  };

  it('writes a standard message that a mail parser reads back field for field', async () => {
    const parsed = await PostalMime.parse(await composeEml(mail));
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.from).toEqual({ name: 'エスカレーション通知', address: 'you@example.com' });
    expect(parsed.to?.map((a) => a.address)).toEqual(mail.to);
    expect(parsed.cc?.map((a) => a.address)).toEqual(mail.cc);
    expect(parsed.replyTo?.map((a) => a.address)).toEqual(['owner@example.com']);
    expect(parsed.text?.trim()).toBe(mail.body);
    expect(parsed.html?.trim()).toBe(mail.htmlBody);
    expect(new Date(parsed.date as string).toISOString()).toBe(mail.sentAt.toISOString());
  });

  it('writes one numbered .eml per sent email under the state folder', async () => {
    const app = makeApp({
      distDir:
        fixtureDist(`function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Send', 'send').addToUi(); }
function send() { MailApp.sendEmail('bucho@example.com', '件名テスト', '本文', { htmlBody: '<p>本文</p>' }); }`),
    });
    app.runMenuItem('send');
    app.runMenuItem('send');
    await app.persist();
    const files = readdirSync(app.outboxDir).sort();
    expect(files).toEqual(['0001-件名テスト.eml', '0002-件名テスト.eml']);
    const parsed = await PostalMime.parse(readFileSync(join(app.outboxDir, files[0]!)));
    expect(parsed.subject).toBe('件名テスト');
    expect(app.view().mailQuota).toBe(98);
    expect(existsSync(join(app.options.stateDir, 'state.json'))).toBe(true);
  });
});
