// The grid's small pop-ups: a column's menu (sort A→Z / Z→A, filter by values, as Sheets' filter
// view offers them) and a dropdown cell's list. One is open at a time; Escape, a click outside or
// a scroll of the grid closes it.
import type { RowsWindow, ViewSpec } from '../grid-window';
import { h, on } from './dom';
import type { GridWords } from './grid-words';

let open: HTMLElement | null = null;

export function closePopup(): void {
  open?.remove();
  open = null;
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closePopup();
});
document.addEventListener('mousedown', (event) => {
  const target = event.target as Element | null;
  if (open && !open.contains(target) && !target?.closest('.col-menu, .dropdown-arrow')) closePopup();
});

function place(popup: HTMLElement, anchor: Element): void {
  closePopup();
  const box = anchor.getBoundingClientRect();
  popup.style.left = `${Math.max(4, Math.min(box.left, window.innerWidth - 280))}px`;
  popup.style.top = `${box.bottom + 2}px`;
  document.body.append(popup);
  open = popup;
}

export interface ColumnMenu {
  words: GridWords;
  column: number;
  letter: string;
  spec: ViewSpec;
  values(): Promise<RowsWindow>;
  apply(spec: ViewSpec): void;
}

/** A column's menu: sort either way, or tick the values whose rows stay shown. */
export function openColumnMenu(anchor: Element, menu: ColumnMenu): void {
  const { words, column, spec } = menu;
  const others = (spec.filters ?? []).filter((f) => f.column !== column);
  const hidden = new Set(spec.filters?.find((f) => f.column === column)?.hidden ?? []);
  const sorted = spec.sort?.column === column;
  const sortButton = (id: string, label: string, descending: boolean) =>
    on(h('button', { type: 'button', id, class: 'popup-item' }, label), 'click', () => {
      closePopup();
      menu.apply({ ...spec, sort: { column, descending } });
    });
  const list = h('ul', { id: 'filter-values', class: 'filter-values' }, h('li', { class: 'muted' }, words.loading));
  const more = h('p', { class: 'muted' });
  const search = h('input', {
    id: 'filter-search',
    type: 'search',
    'aria-label': words.searchValues,
    placeholder: words.searchValues,
  });
  const boxes = () => [...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const tickAll = (checked: boolean) => boxes().forEach((box) => (box.checked = checked));
  on(search, 'input', () => {
    const wanted = search.value.toLowerCase();
    for (const item of list.querySelectorAll<HTMLElement>('li[data-value]'))
      item.hidden = !(item.dataset.value ?? '').toLowerCase().includes(wanted);
  });
  const popup = h(
    'div',
    { id: 'column-menu', class: 'grid-popup', role: 'dialog', 'aria-label': words.columnMenu(menu.letter) },
    sortButton('sort-asc', words.sortAscending, false),
    sortButton('sort-desc', words.sortDescending, true),
    sorted
      ? on(h('button', { type: 'button', id: 'sort-clear', class: 'popup-item' }, words.clearSort), 'click', () => {
          closePopup();
          menu.apply({ ...spec, sort: undefined });
        })
      : null,
    h('hr'),
    h('strong', {}, words.filterByValues),
    search,
    h(
      'div',
      { class: 'popup-links' },
      on(h('button', { type: 'button', id: 'filter-all' }, words.selectAll), 'click', () => tickAll(true)),
      on(h('button', { type: 'button', id: 'filter-none' }, words.clearAll), 'click', () => tickAll(false)),
    ),
    list,
    more,
    h(
      'div',
      { class: 'popup-actions' },
      hidden.size > 0
        ? on(h('button', { type: 'button', id: 'filter-clear' }, words.clearFilter), 'click', () => {
            closePopup();
            menu.apply({ ...spec, filters: others });
          })
        : null,
      on(h('button', { type: 'button', id: 'filter-cancel' }, words.cancel), 'click', closePopup),
      on(h('button', { type: 'button', id: 'filter-ok', class: 'primary' }, words.ok), 'click', () => {
        const unticked = boxes()
          .filter((box) => !box.checked)
          .map((box) => box.value);
        closePopup();
        menu.apply({ ...spec, filters: unticked.length ? [...others, { column, hidden: unticked }] : others });
      }),
    ),
  );
  place(popup, anchor);
  void menu.values().then((reply) => {
    list.replaceChildren(
      ...(reply.values ?? []).map(({ text, count }) =>
        h(
          'li',
          { 'data-value': text },
          h(
            'label',
            {},
            h('input', { type: 'checkbox', value: text, checked: !hidden.has(text) }),
            h('span', {}, text === '' ? words.blank : text),
            h('span', { class: 'muted' }, ` (${count})`),
          ),
        ),
      ),
    );
    more.textContent = reply.moreValues ? words.moreValues(reply.moreValues) : '';
  });
}

/** A dropdown cell's list: choosing an item types it into the cell, as picking from Sheets' chip does. */
export function openDropdown(
  anchor: Element,
  items: readonly string[],
  current: string,
  choose: (item: string) => void,
): void {
  const pick = (item: string) => {
    closePopup();
    choose(item);
  };
  const options = items.map((item) => {
    const li = h(
      'li',
      { role: 'option', 'aria-selected': item === current ? 'true' : 'false', 'data-item': item, tabindex: 0 },
      item,
    );
    on(li, 'click', () => pick(item));
    on(li, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') pick(item);
    });
    return li;
  });
  const popup = h('ul', { id: 'dropdown-list', class: 'grid-popup dropdown-list', role: 'listbox' }, options);
  place(popup, anchor);
  (options.find((li) => li.dataset.item === current) ?? options[0])?.focus();
}
