// The grid's rows as the page holds them: fetched from the server a chunk at a time, in the order
// of the person's view (sort and filter), kept until the workbook changes. After a change the old
// rows stay drawn until the new ones arrive, so an edit never blanks the grid or moves its scroll.
import type { CellStyle } from '../conditional-colours';
import type { GridCell, GridRow, RowsWindow, ViewSpec } from '../grid-window';
import type { SheetView } from '../snapshot';
import { Refusal } from './api';

/** Rows per request unit: a screenful and a half. */
export const CHUNK = 50;

export interface DrawnCell extends GridCell {
  style?: CellStyle;
  items?: string[];
}
export interface DrawnRow {
  row: number;
  cells: DrawnCell[];
}

interface Chunk {
  generation: number;
  rows: DrawnRow[];
}

/** A window's cells with their colours and dropdown items looked up, as the grid draws them. */
function resolve(rows: GridRow[], styles: Record<string, CellStyle>, lists: string[][]): DrawnRow[] {
  return rows.map(({ row, cells }) => ({
    row,
    cells: cells.map((cell) => ({
      ...cell,
      style: cell.styleKey ? styles[cell.styleKey] : undefined,
      items: cell.list === undefined ? undefined : lists[cell.list],
    })),
  }));
}

/** One question to the server's rows window; a refusal comes back in both languages. */
async function askRows(body: Record<string, unknown>): Promise<RowsWindow> {
  const response = await fetch('/api/rows', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  const reply = (await response.json()) as RowsWindow & { error?: Refusal['text'] };
  if (reply.error) throw new Refusal(reply.error);
  return reply;
}

export function isPlain(spec: ViewSpec): boolean {
  return !spec.sort && (spec.filters ?? []).length === 0;
}

export class RowSource {
  sheet = '';
  spec: ViewSpec = {};
  /** Rows below the frozen ones that the view holds (after its filter). */
  total = 0;
  /** In a sort or filter: the data rows the filter keeps, of all (the status line says so). */
  counts: { shown: number; of: number } | null = null;
  /** How far down the name box has gone on this sheet: the grid reaches that row. */
  reach = 0;
  frozen: DrawnRow[] = [];
  private chunks = new Map<number, Chunk>();
  private byRow = new Map<number, DrawnRow>();
  private asked = new Set<string>();
  private generation = 0;
  /** Whether `total` is the server's count for this view, or only the sheet's size as an upper bound. */
  private counted = false;

  constructor(private readonly arrived: () => void) {}

  private key(): string {
    return JSON.stringify([this.sheet, this.spec]);
  }

  /** Another sheet, or another sort or filter: nothing held is in the right order any more. */
  reset(sheet: string, spec: ViewSpec): void {
    if (sheet !== this.sheet) this.reach = 0;
    this.sheet = sheet;
    this.spec = spec;
    this.chunks.clear();
    this.byRow.clear();
    this.asked.clear();
    this.counted = false;
    this.counts = null;
    this.generation++;
  }

  /**
   * A new view of the workbook (after any action): what is held is kept for drawing but is stale.
   * The view's first rows are fresh: the frozen header always, and the top chunk in sheet order.
   */
  refresh(view: SheetView): void {
    this.generation++;
    const rows = resolve(
      view.rows.map((cells, r) => ({ row: r + 1, cells })),
      view.styles,
      view.lists,
    );
    this.frozen = rows.slice(0, view.frozenRows);
    for (const row of rows) this.byRow.set(row.row, row);
    if (isPlain(this.spec)) {
      this.total = Math.max(view.rowCount, this.reach) - view.frozenRows;
      const top = rows.slice(view.frozenRows, view.frozenRows + CHUNK);
      if (top.length === Math.min(CHUNK, this.total)) this.chunks.set(0, { generation: this.generation, rows: top });
      this.counted = true;
    } else if (!this.counted) this.total = view.rowCount - view.frozenRows; // until the server counts the filter
  }

  rowAt(index: number): DrawnRow | undefined {
    return this.chunks.get(Math.floor(index / CHUNK))?.rows[index % CHUNK];
  }

  /** The cells of a sheet row, from whatever the page holds (for the value bar). */
  cellsOf(row: number): DrawnCell[] | undefined {
    return this.byRow.get(row)?.cells;
  }

  /** Fetches the chunks covering view positions [from, to) that are missing or stale. */
  ensure(from: number, to: number): void {
    const wanted: number[] = [];
    for (let c = Math.floor(from / CHUNK); c * CHUNK < Math.min(to, this.total); c++) {
      const held = this.chunks.get(c);
      if ((!held || held.generation < this.generation) && !this.asked.has(`${this.generation}:${c}`)) wanted.push(c);
    }
    if (wanted.length === 0) return;
    const first = wanted[0] as number;
    const last = wanted[wanted.length - 1] as number;
    const marks = Array.from({ length: last - first + 1 }, (_, i) => `${this.generation}:${first + i}`);
    for (const mark of marks) this.asked.add(mark);
    // A failed request is asked again at the next scroll or redraw.
    this.fetch({ start: first * CHUNK, count: marks.length * CHUNK }).catch(() => {
      for (const mark of marks) this.asked.delete(mark);
    });
  }

  /** The window around a sheet row (the name box): where the view puts it, -1 when filtered out. */
  async find(row: number): Promise<RowsWindow> {
    const reply = await this.fetch({ find: row, start: 0, count: CHUNK * 2, reach: Math.max(this.reach, row) });
    if (!reply) throw new Error('superseded');
    // the grid now reaches that row (a row past the sheet's size is not drawn)
    if ((reply.found ?? -1) >= 0) this.reach = Math.max(this.reach, row);
    return reply;
  }

  /** A column's distinct values, for its filter. */
  values(column: number): Promise<RowsWindow> {
    return askRows({ sheet: this.sheet, count: 0, valuesOf: column });
  }

  private async fetch(ask: {
    start: number;
    count: number;
    find?: number;
    reach?: number;
  }): Promise<RowsWindow | null> {
    const key = this.key();
    const generation = this.generation;
    const reply = await askRows({ sheet: this.sheet, ...this.spec, reach: this.reach, ...ask });
    if (key !== this.key()) return null; // asked for another sheet, sort or filter
    this.total = reply.total;
    this.counted = true;
    this.counts = reply.shown === undefined ? null : { shown: reply.shown, of: reply.of ?? 0 };
    const rows = resolve(reply.rows, reply.styles, reply.lists);
    const target = reply.target ? resolve([reply.target], reply.styles, reply.lists) : [];
    for (const row of [...rows, ...target]) this.byRow.set(row.row, row);
    // Whole chunks only: a window that starts mid-chunk (the name box's) is cut to the chunks it covers.
    for (let c = Math.ceil(reply.start / CHUNK); c * CHUNK < reply.start + rows.length; c++) {
      const end = Math.min((c + 1) * CHUNK, this.total);
      if (end > reply.start + rows.length) break;
      const held = this.chunks.get(c);
      // an answer to an older generation is kept only where nothing fresher is held
      if (!held || held.generation <= generation)
        this.chunks.set(c, { generation, rows: rows.slice(c * CHUNK - reply.start, end - reply.start) });
    }
    this.arrived();
    return reply;
  }
}
