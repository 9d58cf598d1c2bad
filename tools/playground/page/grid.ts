// The workbook panel: the name box and value bar, the grid of the current sheet with the
// colours of the add-on's format rules, and a tab per sheet.
import { chartFigure } from './chart';
import { columnLetter } from '../../fakes/a1';
import type { SheetView } from '../snapshot';
import { h, on } from './dom';
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

function editBar(text: PageText, state: GridState, sheet: SheetView | undefined, actions: GridActions): HTMLElement {
  const reference = h('input', { id: 'namebox', 'aria-label': text.cellReference, value: state.selected, size: 14 });
  const [row, column] = cellPosition(state.selected);
  const cell = sheet?.rows[row - 1]?.[column - 1];
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

function cellPosition(a1: string): [number, number] {
  const match = /([A-Z]+)(\d+)$/i.exec(a1);
  if (!match) return [0, 0];
  const column = [...(match[1] as string).toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(match[2]), column];
}

function gridTable(sheet: SheetView, state: GridState, actions: GridActions): HTMLElement {
  const width = sheet.rows[0]?.length ?? 0;
  const head = h(
    'tr',
    {},
    h('th', { class: 'corner' }),
    Array.from({ length: width }, (_, c) => h('th', { scope: 'col' }, columnLetter(c + 1))),
  );
  const body = sheet.rows.map((cells, r) =>
    h(
      'tr',
      { class: r < sheet.frozenRows ? 'frozen' : undefined },
      h('th', { scope: 'row' }, String(r + 1)),
      cells.map((cell, c) => {
        const a1 = `${columnLetter(c + 1)}${r + 1}`;
        const style = cell.styleKey ? sheet.styles[cell.styleKey] : undefined;
        const css = [
          style?.background ? `background:${style.background}` : '',
          style?.fontColor ? `color:${style.fontColor}` : '',
          style?.bold ? 'font-weight:bold' : '',
        ]
          .filter(Boolean)
          .join(';');
        const td = h(
          'td',
          {
            'data-cell': a1,
            title: cell.note ?? cell.formula ?? undefined,
            style: css || undefined,
            class:
              [state.selected === a1 ? 'selected' : '', cell.note ? 'error' : '', cell.spilled ? 'spilled' : '']
                .join(' ')
                .trim() || undefined,
          },
          cell.text,
        );
        return on(td, 'click', () => actions.selectCell(a1, cell.formula ?? cell.text));
      }),
    ),
  );
  return h('div', { class: 'grid-scroll' }, h('table', { id: 'grid' }, h('thead', {}, head), h('tbody', {}, body)));
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

export function workbookPanel(
  text: PageText,
  sheets: SheetView[],
  state: GridState,
  actions: GridActions,
): HTMLElement {
  const sheet = sheets.find((s) => s.name === state.sheet) ?? sheets[0];
  return h(
    'section',
    { class: 'workbook', 'aria-label': 'workbook' },
    editBar(text, state, sheet, actions),
    sheet ? gridTable(sheet, state, actions) : null,
    sheet && sheet.charts.length > 0 ? h('div', { class: 'charts' }, sheet.charts.map(chartFigure)) : null,
    sheet && sheet.truncatedRows > 0 ? h('p', { class: 'muted' }, text.truncated(sheet.truncatedRows)) : null,
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
    tabs(sheets, state, actions),
  );
}
