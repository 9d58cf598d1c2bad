// One cell of the grid as Sheets draws it: its text in the rule's colours, a dropdown's arrow, and
// the red corner triangle of a value outside its dropdown's list, with Sheets' warning as tooltip.
// The arrow and triangle are drawn by CSS, so a cell's innerText is only what the cell shows.
import { h } from './dom';
import type { DrawnCell } from './grid-data';
import type { GridWords } from './grid-words';

/** Column widths in px, guessed from the first rows' text as Sheets' "fit to data" would. */
export function columnWidths(rows: DrawnCell[][], columnCount: number): number[] {
  return Array.from({ length: columnCount }, (_, c) => {
    const widest = rows.reduce((most, cells) => {
      const cell = cells[c];
      if (!cell) return most;
      // CJK text is about twice as wide as Latin at the grid's 13 px
      const px = [...cell.text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 13 : 7.5), 0);
      return Math.max(most, px + (cell.items ? 18 : 0));
    }, 0);
    return Math.round(Math.min(240, Math.max(72, widest + 16)));
  });
}

export function cellElement(
  cell: DrawnCell | undefined,
  a1: string,
  selected: boolean,
  words: GridWords,
  extraStyle = '',
): HTMLTableCellElement {
  const style = cell?.style;
  const css = [
    style?.background ? `background:${style.background}` : '',
    style?.fontColor ? `color:${style.fontColor}` : '',
    style?.bold ? 'font-weight:bold' : '',
    extraStyle,
  ]
    .filter(Boolean)
    .join(';');
  const warning = cell?.invalid ? words.invalid(cell.text, cell.items ?? []) : '';
  const classes = [
    selected ? 'selected' : '',
    cell?.note ? 'error' : '',
    cell?.spilled ? 'spilled' : '',
    cell?.items ? 'has-list' : '',
    cell?.invalid ? 'invalid' : '',
  ].filter(Boolean);
  return h(
    'td',
    {
      'data-cell': a1,
      title: [warning, cell?.note ?? cell?.formula].filter(Boolean).join('\n') || undefined,
      style: css || undefined,
      class: classes.join(' ') || undefined,
    },
    cell?.text ?? '',
    cell?.invalid ? h('span', { class: 'invalid-mark', role: 'img', 'aria-label': warning }) : null,
    cell?.items
      ? h('button', {
          type: 'button',
          class: 'dropdown-arrow',
          tabindex: -1,
          'aria-label': words.dropdown(a1),
          'data-dropdown': a1,
        })
      : null,
  );
}
