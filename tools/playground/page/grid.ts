// The workbook panel: the name box and value bar, the grid of the current sheet (grid-view.ts,
// drawn a window of rows at a time) with the colours of the add-on's format rules, and a tab per
// sheet. The panel is built once and redrawn in place, so the grid keeps its scroll across redraws.
import type { Lang } from '../../../src/domain/language';
import { chartFigure } from './chart';
import type { SheetView } from '../snapshot';
import { h, on } from './dom';
import { GridView } from './grid-view';
import type { PageText } from './i18n';

export interface GridState {
  sheet: string;
  selected: string;
}

export interface GridActions {
  selectSheet(name: string): void;
  selectCell(a1: string, content: string): void;
  enter(reference: string, text: string): void;
  /** The name box: select and load the cell a reference names, without editing it. */
  goTo(reference: string): void;
}

export function cellPosition(a1: string): [number, number] {
  const match = /([A-Z]+)(\d+)$/i.exec(a1);
  if (!match) return [0, 0];
  const column = [...(match[1] as string).toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(match[2]), column];
}

function tabs(sheets: SheetView[], state: GridState, actions: GridActions): HTMLElement {
  return h(
    'nav',
    { class: 'tabs', 'aria-label': 'sheets' },
    sheets.map((sheet) =>
      on(
        h(
          'button',
          {
            type: 'button',
            class: sheet.name === state.sheet ? 'tab active' : 'tab',
            'data-sheet': sheet.name,
            'aria-pressed': sheet.name === state.sheet ? 'true' : 'false',
          },
          sheet.name + (sheet.hidden ? ' (hidden)' : ''),
        ),
        'click',
        () => actions.selectSheet(sheet.name),
      ),
    ),
  );
}

export class Workbook {
  readonly grid: GridView;
  private readonly bar = h('div');
  private readonly below = h('div');
  private readonly tabs = h('div');
  readonly element: HTMLElement;
  private state: GridState = { sheet: '', selected: '' };
  private text: PageText | null = null;

  constructor(private readonly actions: GridActions) {
    this.grid = new GridView({
      selectCell: (a1) => actions.selectCell(a1, ''),
      enter: (reference, text) => actions.enter(reference, text),
      rowsArrived: () => this.loadValue(),
    });
    this.element = h(
      'section',
      { class: 'workbook', 'aria-label': 'workbook' },
      this.bar,
      this.grid.status,
      this.grid.element,
      this.below,
      this.tabs,
    );
  }

  render(text: PageText, lang: Lang, sheets: SheetView[], state: GridState): void {
    this.text = text;
    this.state = state;
    const sheet = sheets.find((s) => s.name === state.sheet) ?? sheets[0];
    this.bar.replaceChildren(this.editBar(text));
    this.grid.element.hidden = !sheet;
    if (sheet) this.grid.show(sheet, state.selected, lang);
    this.below.replaceChildren(
      ...[
        sheet && sheet.charts.length > 0 ? h('div', { class: 'charts' }, sheet.charts.map(chartFigure)) : null,
        sheet && sheet.skippedRules.length > 0
          ? h(
              'details',
              { class: 'skipped' },
              h('summary', {}, text.skippedRules),
              h(
                'ul',
                {},
                sheet.skippedRules.map((r) => h('li', {}, r)),
              ),
            )
          : null,
      ].filter((n) => n !== null),
    );
    this.tabs.replaceChildren(tabs(sheets, state, this.actions));
  }

  private selectedCell() {
    const [row, column] = cellPosition(this.state.selected);
    return this.grid.cellAt(row, column);
  }

  private editBar(text: PageText): HTMLElement {
    const actions = this.actions;
    const reference = h('input', {
      id: 'namebox',
      'aria-label': text.cellReference,
      value: this.state.selected,
      size: 14,
    });
    const cell = this.selectedCell();
    const value = h('input', {
      id: 'cell-input',
      'aria-label': text.cellValue,
      value: cell?.formula ?? cell?.text ?? '',
    });
    const apply = () => actions.enter(reference.value, value.value);
    on(value, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') apply();
    });
    on(reference, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') actions.goTo(reference.value);
    });
    const note = cell?.note ?? (cell?.spilled ? text.spilled : '');
    return h(
      'div',
      { class: 'edit-bar' },
      h('label', {}, text.cellReference, ' ', reference),
      h('label', { class: 'grow' }, text.cellValue, ' ', value),
      on(h('button', { id: 'cell-apply', type: 'button' }, text.apply), 'click', apply),
      note ? h('div', { class: 'cell-note', id: 'cell-note' }, note) : null,
    );
  }

  /**
   * Rows arrived: the value bar shows the selected cell as it now is, unless the person is typing
   * in it (their text is never replaced under them).
   */
  private loadValue(): void {
    const input = this.bar.querySelector<HTMLInputElement>('#cell-input');
    if (!input || !this.text || document.activeElement === input || document.activeElement?.id === 'namebox') return;
    const cell = this.selectedCell();
    const wanted = cell?.formula ?? cell?.text ?? '';
    if (input.value !== wanted) this.bar.replaceChildren(this.editBar(this.text));
  }

  /** The name box went to a cell: scroll there; 'hidden' when the filter hides its row. */
  async reveal(row: number, column: number): Promise<'shown' | 'hidden'> {
    const shown = await this.grid.reveal(row, column);
    if (this.text) this.bar.replaceChildren(this.editBar(this.text));
    return shown;
  }
}
