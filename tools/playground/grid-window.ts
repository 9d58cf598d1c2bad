// The rows of a sheet as the page's grid asks for them, a window at a time: the page draws only
// the rows in sight, so a sheet of 20,000 incidents never travels as 20,000 rows of cells. A window
// is read in the order of the person's view (the sheet's own order, or their sort and filter, which
// never touch the sheet's data: the add-on reads the rows where they are, as Sheets' filter views
// leave them), with display text, rule colours, formula notes, dropdown lists and out-of-list marks.
import type { FakeSheet } from '../fakes/sheet';
import { type CellStyle, conditionalStyles } from './conditional-colours';
import { refusal } from './messages';
import type { PlaygroundSession } from './session';
import { wallClock } from './wall-clock';

export interface GridCell {
  /** What the cell shows. */
  text: string;
  formula?: string;
  note?: string;
  styleKey?: string;
  spilled?: boolean;
  /** The cell has a dropdown (a list validation): its items are `lists[list]`. */
  list?: number;
  /** The value is not an item of the dropdown's list: Sheets marks the cell with a red triangle. */
  invalid?: boolean;
}

export interface GridRow {
  /** The sheet's own row number, whatever place the view gives the row. */
  row: number;
  cells: GridCell[];
}

export interface RowsOfSheet {
  rows: GridRow[];
  /** Rule colours by 'row:column', for the cells' styleKey. */
  styles: Record<string, CellStyle>;
  /** The dropdowns' items, shared by the cells that have the same list. */
  lists: string[][];
  skippedRules: string[];
}

/** The person's view of a sheet: one sorted column, and filters that hide rows by value. */
export interface ViewSpec {
  sort?: { column: number; descending: boolean };
  filters?: { column: number; hidden: string[] }[];
}

export interface RowsWindow extends RowsOfSheet {
  sheet: string;
  /** Rows the grid scrolls over below the frozen ones, after the filter. */
  total: number;
  /** The view position (0 = first row below the frozen ones) of rows[0]. */
  start: number;
  /** In a sort or filter: the data rows the filter keeps, of all the data rows. */
  shown?: number;
  of?: number;
  /** The view position of the row asked for with `find`; -1 when the filter hides it. */
  found?: number;
  /** The row asked for with `find`, even when the filter hides it, so the name box can load it. */
  target?: GridRow;
  /** The distinct values of the `valuesOf` column, for its filter: shown text and how many rows. */
  values?: { text: string; count: number }[];
  /** Distinct values past MAX_VALUES, not listed. */
  moreValues?: number;
}

/** The rows a page may ask for at once: a screenful or two with a margin. */
export const MAX_WINDOW = 400;
/** Distinct values offered in a filter: more than a person can tick through. */
export const MAX_VALUES = 2000;

/** A cell as the grid shows it: dates on the spreadsheet's clock, booleans as Sheets writes them. */
export function displayText(value: unknown, timeZone: string): string {
  if (value instanceof Date) return wallClock(value, timeZone);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

/**
 * How far the grid reaches: the data and five empty rows below it (at least 20), and down to a row
 * the name box went to (within the sheet's size), so that row can be scrolled to and typed into.
 */
export function gridExtent(sheet: FakeSheet, reach = 0): { rowCount: number; columnCount: number } {
  const rowCount = Math.max(sheet.lastRow() + 5, 20, Math.min(reach, sheet.maxRows));
  return { rowCount, columnCount: Math.max(sheet.lastColumn() + 2, 8) };
}

/** The cells of the given rows, each as the grid shows it. */
export function rowsOfSheet(
  session: PlaygroundSession,
  sheet: FakeSheet,
  rowNumbers: readonly number[],
  columnCount: number,
): RowsOfSheet {
  const { spreadsheet } = session.fakes;
  const zone = spreadsheet.zone;
  const styles = conditionalStyles(
    spreadsheet,
    sheet,
    (name) => session.customFunction(name),
    () => session.fakes.clock.now(),
    rowNumbers,
  );
  const notes = session.recalc.notes.get(sheet);
  const spills = new Set(session.recalc.spilledCells(sheet));
  const lists: string[][] = [];
  const listIndex = new Map<string, number>();
  const rows = rowNumbers.map((row) => ({
    row,
    cells: Array.from({ length: columnCount }, (_, c) => {
      const key = `${row}:${c + 1}`;
      const cell = sheet.read(row, c + 1);
      const view: GridCell = { text: displayText(cell.value, zone) };
      if (cell.formula) view.formula = cell.formula;
      if (notes?.get(key)) view.note = notes.get(key) as string;
      if (styles.cells[key]) view.styleKey = key;
      if (spills.has(key)) view.spilled = true;
      const validation = sheet.validations.get(key);
      if (validation?.kind === 'list') {
        const id = JSON.stringify(validation.values);
        if (!listIndex.has(id)) listIndex.set(id, lists.push(validation.values) - 1);
        view.list = listIndex.get(id) as number;
        // Sheets compares what the cell holds with the items; an empty cell is never invalid.
        if (view.text !== '' && !validation.values.includes(view.text)) view.invalid = true;
      }
      return view;
    }),
  }));
  return { rows, styles: styles.cells, lists, skippedRules: styles.skippedRules };
}

/**
 * The sheet's rows below the frozen ones in the view's order, and how many data rows the filter
 * keeps of how many. As in Sheets, the sort and filter take the data rows (down to the last with
 * content); the empty rows below stay after them, unfiltered.
 */
export function viewOrder(
  session: PlaygroundSession,
  sheet: FakeSheet,
  spec: ViewSpec,
  rowCount: number,
): { order: number[]; shown: number; of: number } {
  const zone = session.fakes.spreadsheet.zone;
  const first = sheet.frozenRows + 1;
  const last = Math.max(sheet.lastRow(), sheet.frozenRows);
  let order = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const of = order.length;
  for (const filter of spec.filters ?? []) {
    const hidden = new Set(filter.hidden);
    order = order.filter((row) => !hidden.has(displayText(sheet.read(row, filter.column).value, zone)));
  }
  if (spec.sort) {
    const { column, descending } = spec.sort;
    const keyed = order.map((row) => ({ row, value: sheet.read(row, column).value }));
    keyed.sort((a, b) => compareForSort(a.value, b.value, descending));
    order = keyed.map((k) => k.row);
  }
  const shown = order.length;
  for (let row = last + 1; row <= rowCount; row++) order.push(row);
  return { order, shown, of };
}

const collator = new Intl.Collator('ja', { numeric: true });

/**
 * Sheets' order for a sort: numbers and dates first, then text, then TRUE/FALSE, and blank cells
 * last whichever way the column is sorted. Array.prototype.sort is stable, so ties keep sheet order.
 */
export function compareForSort(a: unknown, b: unknown, descending = false): number {
  const blankA = a === '' || a === null || a === undefined;
  const blankB = b === '' || b === null || b === undefined;
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const rank = (v: unknown) => (typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'boolean' ? 2 : 1);
  const order =
    rank(a) !== rank(b)
      ? rank(a) - rank(b)
      : rank(a) === 0
        ? Number(a) - Number(b)
        : rank(a) === 2
          ? Number(a) - Number(b)
          : collator.compare(String(a), String(b));
  return descending ? -order : order;
}

/** The distinct shown values of a column's data rows, in sort order, with their counts. */
function columnValues(session: PlaygroundSession, sheet: FakeSheet, column: number) {
  const zone = session.fakes.spreadsheet.zone;
  const counts = new Map<string, { value: unknown; count: number }>();
  for (let row = sheet.frozenRows + 1; row <= sheet.lastRow(); row++) {
    const value = sheet.read(row, column).value;
    const text = displayText(value, zone);
    const seen = counts.get(text);
    if (seen) seen.count++;
    else counts.set(text, { value, count: 1 });
  }
  const values = [...counts]
    .sort(([, a], [, b]) => compareForSort(a.value, b.value))
    .map(([text, { count }]) => ({ text, count }));
  return { values: values.slice(0, MAX_VALUES), moreValues: Math.max(0, values.length - MAX_VALUES) };
}

/** Reads the page's request, refusing what is not a window of a sheet that exists. */
function readRequest(session: PlaygroundSession, body: Record<string, unknown>) {
  const sheet = session.fakes.spreadsheet.sheet(String(body.sheet ?? ''));
  if (!sheet) throw refusal('unknownSheet', String(body.sheet ?? ''));
  const whole = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null;
  const start = whole(body.start ?? 0, 0, 10_000_000);
  const count = whole(body.count ?? 100, 0, MAX_WINDOW);
  if (start === null || count === null) throw refusal('badRequest', `start 0+, count 0–${MAX_WINDOW}`);
  const columns = 18_278; // ZZZ, as far as a reference reaches
  const sort = body.sort as ViewSpec['sort'] | undefined;
  const filters = (Array.isArray(body.filters) ? body.filters : []) as ViewSpec['filters'] & unknown[];
  if (sort !== undefined && (whole(sort?.column, 1, columns) === null || typeof sort.descending !== 'boolean'))
    throw refusal('badRequest', 'sort: { column, descending }');
  for (const f of filters) {
    if (
      whole(f?.column, 1, columns) === null ||
      !Array.isArray(f.hidden) ||
      f.hidden.some((v) => typeof v !== 'string')
    )
      throw refusal('badRequest', 'filters: [{ column, hidden: [text] }]');
  }
  return {
    sheet,
    start,
    count,
    spec: { sort, filters } as ViewSpec,
    find: whole(body.find, 1, 10_000_000) ?? undefined,
    reach: whole(body.reach, 0, 10_000_000) ?? 0,
    valuesOf: whole(body.valuesOf, 1, columns) ?? undefined,
  };
}

/**
 * One window of rows in the view's order. With `find`, the window is the one around that row
 * (for the name box); with `valuesOf`, the column's distinct values come too (for its filter).
 */
export function rowsWindow(session: PlaygroundSession, body: Record<string, unknown>): RowsWindow {
  const { sheet, start: asked, count, spec, find, reach, valuesOf } = readRequest(session, body);
  const { rowCount, columnCount } = gridExtent(sheet, Math.max(reach, find ?? 0));
  const plain = !spec.sort && (spec.filters ?? []).length === 0;
  // The sheet's own order needs no list of rows: position i is row frozenRows + 1 + i.
  const view = plain ? null : viewOrder(session, sheet, spec, rowCount);
  const order = view?.order ?? null;
  const total = order ? order.length : Math.max(0, rowCount - sheet.frozenRows);
  const at = (i: number) => (order ? (order[i] as number) : sheet.frozenRows + 1 + i);
  let found: number | undefined;
  let start = asked;
  if (find !== undefined) {
    found = order
      ? order.indexOf(find)
      : find > sheet.frozenRows && find <= rowCount
        ? find - sheet.frozenRows - 1
        : -1;
    if (found >= 0) start = Math.max(0, found - Math.floor(count / 2));
  }
  start = Math.min(start, total);
  const numbers = Array.from({ length: Math.min(count, total - start) }, (_, i) => at(start + i));
  const targetRow = find !== undefined && found === -1 ? [find] : [];
  const window = rowsOfSheet(session, sheet, [...numbers, ...targetRow], columnCount);
  const target = find === undefined ? undefined : window.rows.find((r) => r.row === find);
  return {
    sheet: sheet.nameNow(),
    total,
    start,
    ...window,
    rows: window.rows.slice(0, numbers.length),
    ...(view ? { shown: view.shown, of: view.of } : {}),
    ...(found === undefined ? {} : { found, target }),
    ...(valuesOf === undefined ? {} : columnValues(session, sheet, valuesOf)),
  };
}
