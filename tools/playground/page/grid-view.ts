// The grid as spreadsheet UIs draw a long sheet: the scrollbar spans every row, but only the rows
// in sight (and a margin) are in the page; the rest are asked of the server as the grid scrolls.
// The column letters and the sheet's frozen rows stay at the top; each column's header has a
// menu to sort and filter the rows in this page only (a filter view: the sheet is never changed).
import type { Lang } from '../../../src/domain/language';
import { columnLetter } from '../../fakes/a1';
import type { ViewSpec } from '../grid-window';
import type { SheetView } from '../snapshot';
import { h, on } from './dom';
import { cellElement, columnWidths } from './grid-cells';
import { type DrawnCell, type DrawnRow, RowSource, isPlain } from './grid-data';
import { closePopup, openColumnMenu, openDropdown } from './grid-menu';
import { GRID_WORDS, type GridWords } from './grid-words';

/** Rows drawn above and below the visible ones, so a short scroll shows rows already there. */
const MARGIN = 20;

export interface GridViewActions {
  selectCell(a1: string): void;
  enter(reference: string, text: string): void;
  /** Rows arrived from the server (the value bar may show the selected cell's now). */
  rowsArrived(): void;
}

export class GridView {
  readonly element = h('div', { class: 'grid-scroll' });
  readonly status = h('div', { class: 'view-status', id: 'view-status', role: 'status', hidden: true });
  readonly source: RowSource;
  private readonly table = h('table', { id: 'grid' });
  private readonly colgroup = h('colgroup');
  private readonly headRow = h('tr', { class: 'column-letters' });
  private readonly topSpacer = h('td', { class: 'spacer' });
  private readonly bottomSpacer = h('td', { class: 'spacer' });
  private readonly body = h('tbody');
  private sheet: SheetView | null = null;
  private selected = '';
  private words: GridWords = GRID_WORDS.ja;
  private readonly specs = new Map<string, ViewSpec>();
  private readonly widths = new Map<string, number[]>();
  private drawn = { from: 0, to: 0 };
  private rowHeight = 24;
  private measured = false;
  private scheduled = false;

  constructor(private readonly actions: GridViewActions) {
    this.source = new RowSource(() => {
      this.draw(true);
      actions.rowsArrived();
    });
    this.table.append(
      this.colgroup,
      // the top spacer sits in the head, so the body's first row is always the sheet's first drawn row
      h('thead', {}, this.headRow, h('tr', { class: 'spacer-row' }, this.topSpacer)),
      this.body,
      h('tfoot', {}, h('tr', { class: 'spacer-row' }, this.bottomSpacer)),
    );
    this.element.append(this.table);
    on(this.element, 'scroll', () => {
      closePopup();
      if (this.scheduled) return;
      this.scheduled = true;
      requestAnimationFrame(() => {
        this.scheduled = false;
        this.draw(false);
      });
    });
    on(this.table, 'click', (event) => this.clicked(event));
    on(this.headRow, 'contextmenu', (event) => {
      const th = (event.target as Element).closest<HTMLElement>('th[data-column]');
      if (!th) return;
      event.preventDefault(); // the column's own menu, as Sheets' header menu replaces the browser's
      this.openMenu(th, Number(th.dataset.column));
    });
  }

  get spec(): ViewSpec {
    return this.specs.get(this.sheet?.name ?? '') ?? {};
  }

  /** Draws a sheet of a (possibly new) view of the workbook, keeping the scroll on the same sheet. */
  show(sheet: SheetView, selected: string, lang: Lang): void {
    const fresh = sheet !== this.sheet;
    const another = sheet.name !== this.sheet?.name;
    this.words = GRID_WORDS[lang];
    this.selected = selected;
    this.sheet = sheet;
    if (another) {
      this.source.reset(sheet.name, this.spec);
      this.element.scrollTop = 0;
      this.element.scrollLeft = 0;
    }
    if (fresh) this.source.refresh(sheet);
    this.header();
    this.draw(true);
  }

  /** The cells the page holds for a sheet row: the value bar reads the selected cell here. */
  cellAt(row: number, column: number): DrawnCell | undefined {
    return this.source.cellsOf(row)?.[column - 1];
  }

  /**
   * The name box: scrolls the grid to a sheet row and column, asking the server where the view
   * puts the row. 'hidden' when the filter hides it.
   */
  async reveal(row: number, column: number): Promise<'shown' | 'hidden'> {
    if (!this.sheet) return 'shown';
    this.revealColumn(column);
    if (row <= this.sheet.frozenRows) return 'shown';
    const reply = await this.source.find(row);
    if ((reply.found ?? -1) < 0) return isPlain(this.spec) ? 'shown' : 'hidden';
    const visible = this.element.clientHeight - this.headHeight() - this.sheet.frozenRows * this.rowHeight;
    this.element.scrollTop = Math.max(0, (reply.found as number) * this.rowHeight - (visible - this.rowHeight) / 2);
    this.draw(true);
    return 'shown';
  }

  private revealColumn(column: number): void {
    const widths = this.widths.get(this.sheet?.name ?? '') ?? [];
    const rowHeader = this.rowHeaderWidth();
    const left = widths.slice(0, column - 1).reduce((a, b) => a + b, 0);
    const right = left + (widths[column - 1] ?? 0);
    const room = this.element.clientWidth - rowHeader;
    if (left < this.element.scrollLeft) this.element.scrollLeft = left;
    else if (right > this.element.scrollLeft + room) this.element.scrollLeft = right - room;
  }

  private headHeight(): number {
    return this.headRow.getBoundingClientRect().height || this.rowHeight;
  }

  private rowHeaderWidth(): number {
    return Math.max(44, String(this.source.total + (this.sheet?.frozenRows ?? 0)).length * 8 + 20);
  }

  private header(): void {
    const sheet = this.sheet as SheetView;
    const known = this.widths.get(sheet.name) ?? [];
    const guessed = columnWidths(
      sheet.rows.map((cells) => cells as DrawnCell[]),
      sheet.columnCount,
    );
    // Widths stay as first guessed for the sheet: a column never jumps while a person works.
    const widths = [...known, ...guessed.slice(known.length)];
    this.widths.set(sheet.name, widths);
    this.colgroup.replaceChildren(
      h('col', { style: `width:${this.rowHeaderWidth()}px` }),
      ...widths.map((w) => h('col', { style: `width:${w}px` })),
    );
    this.table.style.width = `${this.rowHeaderWidth() + widths.reduce((a, b) => a + b, 0)}px`;
    const { sort, filters = [] } = this.spec;
    this.headRow.replaceChildren(
      h('th', { class: 'corner' }),
      ...widths.map((_, c) => {
        const column = c + 1;
        const letter = columnLetter(column);
        const filtered = filters.some((f) => f.column === column);
        const sorted = sort?.column === column;
        return h(
          'th',
          { scope: 'col', 'data-column': column, class: filtered || sorted ? 'viewed' : undefined },
          letter,
          sorted ? h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sort.descending ? ' ↓' : ' ↑') : null,
          h('button', {
            type: 'button',
            class: filtered ? 'col-menu on' : 'col-menu',
            'aria-label': this.words.columnMenu(letter),
            'aria-haspopup': 'dialog',
            'data-column': column,
          }),
        );
      }),
    );
    this.topSpacer.colSpan = widths.length + 1;
    this.bottomSpacer.colSpan = widths.length + 1;
  }

  /** Draws the rows in sight; on a scroll, only when it reaches past the rows already drawn. */
  private draw(force: boolean): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const total = this.source.total;
    const first = Math.floor(this.element.scrollTop / this.rowHeight);
    const inSight = Math.ceil(this.element.clientHeight / this.rowHeight) + 1;
    const last = Math.min(total, first + inSight);
    if (!force && first >= this.drawn.from && last <= this.drawn.to) return;
    const from = Math.max(0, first - MARGIN);
    const to = Math.min(total, last + MARGIN);
    this.drawn = { from, to };
    this.topSpacer.style.height = `${from * this.rowHeight}px`;
    this.bottomSpacer.style.height = `${(total - to) * this.rowHeight}px`;
    this.topSpacer.hidden = from === 0;
    this.bottomSpacer.hidden = to === total;
    const top = this.headHeight();
    const frozen = this.source.frozen.map((row, i, all) => {
      const tr = this.rowElement(row, row.row, `top:${top + i * this.rowHeight}px`);
      if (i === all.length - 1) tr.classList.add('frozen-last');
      return tr;
    });
    const rows = Array.from({ length: to - from }, (_, i) => {
      const row = this.source.rowAt(from + i);
      // not yet arrived: in the sheet's order the row number is known, in a sorted view it is not
      return this.rowElement(row, row?.row ?? (isPlain(this.spec) ? sheet.frozenRows + 1 + from + i : null));
    });
    this.body.replaceChildren(...frozen, ...rows);
    this.source.ensure(from, to);
    this.updateStatus();
    if (!this.measured && rows[0]) {
      this.measured = true;
      const height = rows[0].getBoundingClientRect().height;
      if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) {
        this.rowHeight = height;
        this.draw(true);
      }
    }
  }

  private rowElement(row: DrawnRow | undefined, number: number | null, sticky = ''): HTMLTableRowElement {
    const width = this.widths.get(this.sheet?.name ?? '')?.length ?? 0;
    return h(
      'tr',
      { class: sticky ? 'frozen' : row ? undefined : 'loading', 'data-row': number ?? undefined },
      h('th', { scope: 'row', style: sticky || undefined }, number === null ? '' : String(number)),
      number === null
        ? []
        : Array.from({ length: width }, (_, c) => {
            const a1 = `${columnLetter(c + 1)}${number}`;
            return cellElement(row?.cells[c], a1, a1 === this.selected, this.words, sticky);
          }),
    );
  }

  private updateStatus(): void {
    const { sort, filters = [] } = this.spec;
    this.status.hidden = isPlain(this.spec);
    if (this.status.hidden) return;
    const words = this.words;
    const parts = [
      sort ? words.sortedBy(columnLetter(sort.column), sort.descending) : '',
      filters.length ? words.filteredBy(filters.map((f) => columnLetter(f.column))) : '',
      filters.length && this.source.counts ? words.shownRows(this.source.counts.shown, this.source.counts.of) : '',
    ].filter(Boolean);
    this.status.replaceChildren(
      h('span', { class: 'view-what' }, parts.join(' · ')),
      h('span', { class: 'muted' }, words.viewOnly),
      on(h('button', { type: 'button', id: 'view-clear' }, words.clearView), 'click', () => this.apply({})),
    );
  }

  private apply(spec: ViewSpec): void {
    const sheet = this.sheet;
    if (!sheet) return;
    this.specs.set(sheet.name, spec);
    this.source.reset(sheet.name, spec);
    this.source.refresh(sheet);
    this.element.scrollTop = 0;
    this.header();
    this.draw(true);
  }

  private openMenu(anchor: Element, column: number): void {
    openColumnMenu(anchor, {
      words: this.words,
      column,
      letter: columnLetter(column),
      spec: this.spec,
      values: () => this.source.values(column),
      apply: (spec) => this.apply(spec),
    });
  }

  private clicked(event: Event): void {
    const target = event.target as Element;
    const menu = target.closest<HTMLElement>('button.col-menu');
    if (menu) {
      this.openMenu(menu, Number(menu.dataset.column));
      return;
    }
    const td = target.closest<HTMLElement>('td[data-cell]');
    if (!td) return;
    const a1 = td.dataset.cell as string;
    this.actions.selectCell(a1);
    if (target.closest('.dropdown-arrow')) {
      const [, letters = '', digits = '0'] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
      const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const cell = this.cellAt(Number(digits), column);
      const anchor = this.table.querySelector(`td[data-cell="${a1}"]`) ?? td;
      openDropdown(anchor, cell?.items ?? [], cell?.text ?? '', (item) => this.actions.enter(a1, item));
    }
  }
}
