// Adding an .xlsx file's incidents to the workbook: the rows of the file's incidents sheet are
// appended to this workbook's incidents sheet, column by column as their headers match (either
// language, the add-on's own header reading), and then completed exactly as rows pasted into the
// sheet are: the add-on's onEdit (and any installed edit trigger) runs in the bundle over them.
// Every check happens before the first write, so a refusal leaves the workbook as it was.
import { columnLetter } from '../fakes/a1';
import type { StoredCell } from '../fakes/cell-input';
import { AuthMode } from '../fakes/script-app';
import type { FakeSheet } from '../fakes/sheet';
import { isBlank } from '../../src/domain/cells';
import {
  INCIDENTS_SHEET_NAMES,
  type IncidentColumn,
  columnPositions,
  columnHeader,
} from '../../src/domain/incident-columns';
import type { Lang } from '../../src/domain/language';
import { normalizeKey } from '../../src/domain/text';
import { runEditTriggers } from './edits';
import { type Bilingual, ImportRefusal, listOf, say, sentences } from './import-messages';
import type { PlaygroundSession } from './session';
import type { SheetContent } from './state-file';

/** The columns that make a row an incident (as typed-rows.ts reads them): a file needs one of them. */
const CONTENT_COLUMNS: readonly IncidentColumn[] = ['summary', 'actionsTaken', 'impact', 'urgency'];

const INCIDENTS_NAMES = Object.values(INCIDENTS_SHEET_NAMES);

export interface AddPlan {
  fileSheet: string;
  target: FakeSheet;
  /** Each row to add: workbook column (1-based) → value. */
  rows: Map<number, unknown>[];
  /** Rows whose ID this workbook already uses: the ID is left blank, so the add-on gives a new one. */
  renumbered: { row: number; oldId: string }[];
  idColumn: number | undefined;
  /** Where the file's content columns stand in the workbook (1-based): the edit is made there. */
  contentColumns: number[];
}

/** The file sheet as rows of cells (1-based), each cell its value; a formula cell gives its result. */
function grid(sheet: SheetContent): { cells: Map<number, Map<number, unknown>>; width: number; height: number } {
  const cells = new Map<number, Map<number, unknown>>();
  let width = 0;
  let height = 0;
  for (const [r, c, value] of sheet.cells) {
    if (isBlank(value)) continue;
    if (!cells.has(r)) cells.set(r, new Map());
    cells.get(r)?.set(c, value);
    width = Math.max(width, c);
    height = Math.max(height, r);
  }
  return { cells, width, height };
}

/** Finds where each file column goes, and refuses (before writing anything) when any cannot go. */
export function planAdd(session: PlaygroundSession, fileSheets: readonly SheetContent[]): AddPlan {
  const file = fileSheets.find((s) => INCIDENTS_NAMES.includes(s.name));
  if (!file) {
    const names = fileSheets.map((s) => s.name);
    throw new ImportRefusal(say('noIncidentsSheetInFile', (lang) => listOf(lang, names)));
  }
  const { spreadsheet } = session.fakes;
  const target = INCIDENTS_NAMES.map((name) => spreadsheet.sheet(name)).find((s) => s !== undefined);
  if (!target) throw new ImportRefusal(say('noIncidentsSheetHere'));

  const { cells, width, height } = grid(file);
  const fileHeader = Array.from({ length: width }, (_, i) => cells.get(1)?.get(i + 1) ?? '');
  const hasValues = (c: number) => [...cells.keys()].some((r) => r > 1 && cells.get(r)?.has(c));
  const { destination, fileKeys, herePositions, problems } = placeColumns(file.name, fileHeader, target, hasValues);
  if (problems.length > 0) throw new ImportRefusal(...problems);
  if (!CONTENT_COLUMNS.some((key) => [...fileKeys.values()].includes(key)))
    throw new ImportRefusal(say('noIncidentColumns', file.name));

  // A column an array formula fills (its cells spilled) is computed here: the file's values would break it.
  const computed = new Set(session.recalc.spilledCells(target).map((key) => Number(key.split(':')[1])));
  const rows: Map<number, unknown>[] = [];
  for (let r = 2; r <= height; r++) {
    const row = new Map<number, unknown>();
    for (const [c, value] of cells.get(r) ?? []) {
      const at = destination.get(c);
      if (at !== undefined && !computed.has(at)) row.set(at, value);
    }
    if (row.size > 0) rows.push(row);
  }
  if (rows.length === 0) throw new ImportRefusal(say('noRows', file.name));
  const contentColumns = CONTENT_COLUMNS.flatMap((key) => {
    const at = herePositions[key];
    return at === undefined || ![...fileKeys.values()].includes(key) ? [] : [at + 1];
  });
  return { fileSheet: file.name, target, rows, contentColumns, ...renumber(target, rows, herePositions.id) };
}

/** A name as each language quotes one. */
const quoted = (lang: Lang, text: string) => (lang === 'ja' ? `「${text}」` : `"${text}"`);

/**
 * Where each file column goes in the workbook (1-based both): a known column by the add-on's own
 * header reading (either language), a column of the team's own by its header as written; and
 * every column that cannot go, named with how to fix it.
 */
function placeColumns(
  fileSheet: string,
  fileHeader: readonly unknown[],
  target: FakeSheet,
  hasValues: (column: number) => boolean,
) {
  const here = Array.from({ length: target.lastColumn() }, (_, i) => target.read(1, i + 1).value);
  const herePositions = columnPositions(here);
  const hereOwn = new Map<string, number>();
  here.forEach((h, i) => {
    const key = normalizeKey(String(h));
    if (key !== '' && !hereOwn.has(key)) hereOwn.set(key, i + 1);
  });
  const fileKeys = new Map(
    Object.entries(columnPositions(fileHeader)).map(([key, at]) => [at as number, key as IncidentColumn]),
  );
  const destination = new Map<number, number>();
  const unknown: [string, number][] = [];
  const missing: IncidentColumn[] = [];
  const blank: number[] = [];
  fileHeader.forEach((header, i) => {
    const c = i + 1;
    if (isBlank(header)) {
      if (hasValues(c)) blank.push(c);
      return;
    }
    const key = fileKeys.get(i);
    const known = key === undefined ? undefined : herePositions[key];
    const at =
      key === undefined ? hereOwn.get(normalizeKey(String(header))) : known === undefined ? undefined : known + 1;
    if (at !== undefined) destination.set(c, at);
    else if (key !== undefined) missing.push(key);
    else unknown.push([String(header), c]);
  });
  const problems: Bilingual[] = [];
  const column = (lang: Lang, c: number) => (lang === 'ja' ? `${columnLetter(c)} 列` : `column ${columnLetter(c)}`);
  const named = (lang: Lang, h: string, c: number) =>
    `${quoted(lang, h)}${lang === 'ja' ? `（${column(lang, c)}）` : ` (${column(lang, c)})`}`;
  const repeated = repeatedHeaders(fileHeader);
  if (repeated.length > 0)
    problems.push(
      say('repeatedHeaders', fileSheet, (lang) =>
        listOf(
          lang,
          repeated.map((group) => group.map(([h, c]) => named(lang, h, c)).join(lang === 'ja' ? 'と' : ' and ')),
        ),
      ),
    );
  if (unknown.length > 0)
    problems.push(
      say('unknownHeaders', fileSheet, (lang) =>
        listOf(
          lang,
          unknown.map(([h, c]) => named(lang, h, c)),
        ),
      ),
    );
  if (missing.length > 0)
    problems.push(
      say('columnsMissingHere', (lang) =>
        listOf(
          lang,
          missing.map((k) => quoted(lang, columnHeader(k, lang))),
        ),
      ),
    );
  if (blank.length > 0)
    problems.push(
      say('blankHeaders', fileSheet, (lang) =>
        listOf(
          lang,
          blank.map((c) => columnLetter(c)),
        ),
      ),
    );
  return { destination, fileKeys, herePositions, problems };
}

/**
 * File columns that name one column twice ([header, 1-based column] each), whether in one language
 * (問題の概要 twice) or both (問題の概要 and Summary): the import could only keep one of them silently.
 */
function repeatedHeaders(fileHeader: readonly unknown[]): [string, number][][] {
  const byColumn = new Map<string, [string, number][]>();
  fileHeader.forEach((header, i) => {
    if (isBlank(header)) return;
    const [key] = Object.keys(columnPositions([header]));
    const identity = key ?? `own:${normalizeKey(String(header))}`;
    byColumn.set(identity, [...(byColumn.get(identity) ?? []), [String(header), i + 1]]);
  });
  return [...byColumn.values()].filter((group) => group.length > 1);
}

/** IDs the workbook (or an earlier row of the file) already uses are cleared for the add-on to renumber. */
function renumber(
  target: FakeSheet,
  rows: Map<number, unknown>[],
  idAt: number | undefined,
): Pick<AddPlan, 'renumbered' | 'idColumn'> {
  if (idAt === undefined) return { renumbered: [], idColumn: undefined };
  const idColumn = idAt + 1;
  const used = new Set<string>();
  for (let r = 2; r <= target.lastRow(); r++) used.add(String(target.read(r, idColumn).value).trim());
  const renumbered: AddPlan['renumbered'] = [];
  rows.forEach((row, i) => {
    const id = row.get(idColumn);
    if (isBlank(id)) return;
    const text = String(id).trim();
    if (used.has(text)) {
      row.delete(idColumn);
      renumbered.push({ row: i, oldId: text });
    } else used.add(text);
  });
  return { renumbered, idColumn };
}

/**
 * Appends the planned rows below the last row with content, values stored as they are (text that
 * starts with = stays text), then runs the edit triggers over them as a paste of those rows does.
 */
export function addIncidents(session: PlaygroundSession, plan: AddPlan): Bilingual {
  const { target, rows } = plan;
  const firstRow = Math.max(2, target.lastRow() + 1);
  const lastRow = firstRow + rows.length - 1;
  target.maxRows = Math.max(target.maxRows, lastRow); // Sheets adds the rows a paste needs
  rows.forEach((row, i) => {
    for (const [c, value] of row) target.store(firstRow + i, c, { value, formula: '' } as StoredCell);
  });
  // The edit a person makes pasting the rows' content (say, their summaries): onEdit then completes
  // each whole row. A range over every column would also read as hand-typed deadlines and stage
  // (hand-edits.ts), blank ones included, and the sweep would leave those rows without deadlines.
  const range = target.getRange(firstRow, plan.contentColumns[0] ?? 1, rows.length, 1);
  const lastOnEdit = () => session.executions.find((e) => e.kind === 'edit' && e.functionName === 'onEdit');
  const before = lastOnEdit();
  runEditTriggers(session, {
    authMode: AuthMode.LIMITED,
    source: session.fakes.spreadsheet.self(),
    range,
    user: session.fakes.user.email,
  });
  const onEdit = lastOnEdit() === before ? undefined : lastOnEdit();
  const span = (lang: Lang) =>
    rows.length === 1 ? String(firstRow) : `${firstRow}${lang === 'ja' ? '〜' : '–'}${lastRow}`;
  const parts = [say('added', String(rows.length), target.nameNow(), span)];
  // onEdit never throws (rows it cannot complete wait for the sweep): the rows themselves tell.
  if (onEdit) parts.push(say(onEdit.ok && completed(plan, firstRow) ? 'completed' : 'leftForSweep'));
  if (plan.renumbered.length > 0 && plan.idColumn !== undefined) {
    const column = plan.idColumn;
    const pairs = plan.renumbered.map(
      ({ row, oldId }) => `${oldId} → ${String(target.read(firstRow + row, column).value) || '—'}`,
    );
    parts.push(say('renumbered', (lang) => listOf(lang, pairs)));
  }
  return sentences(...parts);
}

/** Every added row that is an incident has its ID now. */
function completed(plan: AddPlan, firstRow: number): boolean {
  const { target, idColumn, contentColumns } = plan;
  if (idColumn === undefined) return false;
  return plan.rows.every((_, i) => {
    const row = firstRow + i;
    const incident = contentColumns.some((c) => !isBlank(target.read(row, c).value));
    return !incident || !isBlank(target.read(row, idColumn).value);
  });
}
