// The grid's own words, in Japanese and English: the column menu (sort and filter), the filter
// view's status line, dropdowns and the out-of-list warning Sheets shows on a cell.
import type { Catalogue } from '../../../src/domain/language';

export interface GridWords {
  columnMenu(column: string): string;
  sortAscending: string;
  sortDescending: string;
  clearSort: string;
  filterByValues: string;
  searchValues: string;
  selectAll: string;
  clearAll: string;
  blank: string;
  loading: string;
  ok: string;
  cancel: string;
  clearFilter: string;
  clearView: string;
  sortedBy(column: string, descending: boolean): string;
  filteredBy(columns: string[]): string;
  shownRows(shown: number, all: number): string;
  viewOnly: string;
  hiddenByFilter(a1: string): string;
  dropdown(a1: string): string;
  /** The warning on a value outside its dropdown's list, as Sheets words it. */
  invalid(value: string, items: readonly string[]): string;
  moreValues(n: number): string;
}

const number = (n: number) => n.toLocaleString('en-US');

export const GRID_WORDS: Catalogue<GridWords> = {
  ja: {
    columnMenu: (column) => `${column} 列の並べ替えとフィルタ`,
    sortAscending: 'A → Z で並べ替え',
    sortDescending: 'Z → A で並べ替え',
    clearSort: '並べ替えを解除',
    filterByValues: '値でフィルタ',
    searchValues: '値を検索',
    selectAll: 'すべて選択',
    clearAll: 'クリア',
    blank: '（空白）',
    loading: '読み込み中…',
    ok: 'OK',
    cancel: 'キャンセル',
    clearFilter: 'この列のフィルタを解除',
    clearView: '並べ替えとフィルタを解除',
    sortedBy: (column, descending) => `${column} 列を ${descending ? 'Z → A' : 'A → Z'} で並べ替え`,
    filteredBy: (columns) => `${columns.join('・')} 列でフィルタ`,
    shownRows: (shown, all) => `${number(all)} 行中 ${number(shown)} 行を表示`,
    viewOnly: 'この画面だけの表示です。シートのデータは並べ替えも削除もしていません（アドオンは元の順で読みます）。',
    hiddenByFilter: (a1) => `${a1} はフィルタで非表示の行にあります。フィルタを解除すると表示されます。`,
    dropdown: (a1) => `${a1} のリストから選ぶ`,
    invalid: (value, items) => `無効: このセルの値「${value}」は指定したリストにありません（${items.join(' / ')}）。`,
    moreValues: (n) => `ほか ${number(n)} 件の値は一覧にありません`,
  },
  en: {
    columnMenu: (column) => `Sort and filter column ${column}`,
    sortAscending: 'Sort A → Z',
    sortDescending: 'Sort Z → A',
    clearSort: 'Clear sort',
    filterByValues: 'Filter by values',
    searchValues: 'Search values',
    selectAll: 'Select all',
    clearAll: 'Clear',
    blank: '(Blanks)',
    loading: 'Loading…',
    ok: 'OK',
    cancel: 'Cancel',
    clearFilter: 'Clear this column’s filter',
    clearView: 'Clear sort and filters',
    sortedBy: (column, descending) => `Column ${column} sorted ${descending ? 'Z → A' : 'A → Z'}`,
    filteredBy: (columns) => `filtered on column ${columns.join(', ')}`,
    shownRows: (shown, all) => `${number(shown)} of ${number(all)} rows shown`,
    viewOnly:
      'A view in this page only: the sheet’s data is neither reordered nor removed (the add-on reads it as it is).',
    hiddenByFilter: (a1) => `${a1} is in a row the filter hides. Clear the filter to see it.`,
    dropdown: (a1) => `Choose from the list of ${a1}`,
    invalid: (value, items) => `Invalid: "${value}" must be an item in the specified list (${items.join(' / ')}).`,
    moreValues: (n) => `${number(n)} more values not listed`,
  },
};
