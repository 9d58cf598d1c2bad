// An .xlsx import, as the page offers it: first a preview (what an add would append, or why it
// cannot; what a replace would lose), then the add or the replace the person chose. The file is
// read whole before anything changes, so an unreadable file or a refused add changes nothing.
import type { PlaygroundApp } from './app';
import { planAdd, addIncidents } from './import-add';
import { type Bilingual, ImportRefusal, listOf, say } from './import-messages';
import { replaceSheets } from './state-file';
import { readXlsx } from './xlsx';

export const IMPORT_MODES = ['add', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportPreview {
  /** The file's sheets, in order. */
  sheets: string[];
  /** What an add would append, or why it cannot (the same message the add itself would refuse with). */
  add: { rows: number; sheet: string } | { problem: Bilingual };
  /** What a replace would lose: each sheet of this workbook and how many of its rows hold something. */
  lost: { name: string; rows: number }[];
}

export async function previewImport(app: PlaygroundApp, data: Buffer): Promise<ImportPreview> {
  const sheets = await readXlsx(data, app.session.fakes.spreadsheet.zone);
  let add: ImportPreview['add'];
  try {
    const plan = planAdd(app.session, sheets);
    add = { rows: plan.rows.length, sheet: plan.fileSheet };
  } catch (error) {
    if (!(error instanceof ImportRefusal)) throw error;
    add = { problem: error.text };
  }
  const lost = app.session.fakes.spreadsheet.sheets.map((sheet) => ({
    name: sheet.nameNow(),
    rows: sheet.cells.filter((row) => row.some((cell) => cell.value !== '' || cell.formula !== '')).length,
  }));
  return { sheets: sheets.map((s) => s.name), add, lost };
}

/** Runs the chosen import; the message says what it did, in both languages. */
export async function importAs(app: PlaygroundApp, data: Buffer, mode: string): Promise<Bilingual> {
  if (!(IMPORT_MODES as readonly string[]).includes(mode)) throw new ImportRefusal(say('badMode', mode));
  const { session } = app;
  const sheets = await readXlsx(data, session.fakes.spreadsheet.zone);
  if (mode === 'add') return addIncidents(session, planAdd(session, sheets));
  // Everything of the workbook goes: the state before is kept beside, as Reset keeps it.
  app.store.backUp();
  replaceSheets(session, sheets);
  session.recalc.recalculateAll();
  return say('replaced', (lang) =>
    listOf(
      lang,
      sheets.map((s) => s.name),
    ),
  );
}
