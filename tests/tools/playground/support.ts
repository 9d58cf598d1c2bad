// Playground test helpers: temporary state folders, the real dist/, and small hand-written
// bundles for behaviour the add-on does not (yet) exercise, such as clock triggers and Date returns.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll } from 'vitest';
import { PlaygroundApp, type PlaygroundAppOptions } from '../../../tools/playground/app';

export const REAL_DIST = join(dirname(fileURLToPath(import.meta.url)), '../../../dist');

const made: string[] = [];

// Registered when a test file imports this module: its folders go when that file's tests end.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'playground-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A dist folder holding the given Code.js (and the real RISKLEVEL when asked). */
export function fixtureDist(code: string, html: Record<string, string> = {}): string {
  const dir = tempDir('playground-dist-');
  writeFileSync(join(dir, 'Code.js'), code);
  for (const [name, content] of Object.entries(html)) writeFileSync(join(dir, `${name}.html`), content);
  return dir;
}

export function copyOfRealDist(): string {
  const dir = tempDir('playground-real-');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(REAL_DIST, 'Code.js'), join(dir, 'Code.js'));
  return dir;
}

export function makeApp(options: Partial<PlaygroundAppOptions> = {}): PlaygroundApp {
  return new PlaygroundApp({
    distDir: REAL_DIST,
    stateDir: tempDir(),
    startAt: '2026-11-24T09:00:00+09:00',
    ...options,
  });
}

/** The workbook's values, for comparing before and after an action that must change nothing. */
export function workbookValues(app: PlaygroundApp): unknown {
  return app.session.fakes.spreadsheet.sheets.map((s) => [s.nameNow(), s.valuesSnapshot()]);
}

/** A bundle with a clock trigger, an edit trigger and server functions, written as Apps Script code. */
export const TRIGGER_BUNDLE = `
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Install', 'install').addItem('Boom', 'boom').addToUi(); }
function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
function tick(e) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.appendRow([new Date().toISOString(), e.triggerUid, e.hour]);
  if (sheet.getLastRow() === 2) throw new Error('second run fails');
}
function boom() { throw new Error('menu handler failed'); }
function onEdit(e) {
  var log = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('edits') || SpreadsheetApp.getActiveSpreadsheet().insertSheet('edits');
  log.appendRow(["'" + e.range.getA1Notation(), "'" + String(e.value), "'" + String(e.oldValue)]);
}
function echo(x) { return { got: x }; }
function today() { return { at: new Date() }; }
function fails() { throw new Error('Exception: the server says no'); }
function hidden_() { return 'secret'; }
`;

/** An .xlsx file of the given sheets and rows, as Excel would save it. */
export async function xlsxOf(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
