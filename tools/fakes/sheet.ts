// An in-memory sheet: a grid of stored cells, frozen rows, validations, formats and format rules.
import { type FakeChart, FakeChartBuilder } from './charts';
import { type GridArea, parseA1 } from './a1';
import { type FakeConditionalRule, type FakeValidation, conditionalRuleData, conditionalRuleObject } from './builders';
import type { CallLog } from './call-log';
import { type StoredCell, checkCellLengths, interpretWrite } from './cell-input';
import { FakeRange } from './range';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** What a sheet needs from its spreadsheet: the call log, time zone and formula evaluation. */
export interface SheetHost {
  readonly calls: CallLog;
  timeZone(): string;
  evaluate(formula: string, sheet: FakeSheet, row: number, column: number): unknown;
  self(): GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export class FakeSheet implements Pick<
  Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'appendRow'
  | 'getDataRange'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setConditionalFormatRules'
  | 'getConditionalFormatRules'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'setColumnWidth'
  | 'autoResizeColumns'
  | 'activate'
  | 'getParent'
  | 'deleteRows'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
> {
  readonly cells: StoredCell[][] = [];
  readonly numberFormats = new Map<string, string>();
  readonly validations = new Map<string, FakeValidation | null>();
  readonly backgrounds = new Map<string, string | null>();
  readonly charts: FakeChart[] = [];
  conditionalRules: FakeConditionalRule[] = [];
  frozenRows = 0;
  hidden = false;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    readonly host: SheetHost,
    private name: string,
    readonly sheetId: number,
  ) {}

  private call(method: string): void {
    this.host.calls.record(`Sheet.${method}`, this.nameNow());
  }

  self(): Sheet {
    return this as unknown as Sheet; // the fake implements the subset it names; callers hold it as a Sheet
  }

  getName(): string {
    this.call('getName');
    return this.name;
  }
  setName(name: string): Sheet {
    this.call('setName');
    this.name = name;
    return this.self();
  }
  getSheetId(): number {
    this.call('getSheetId');
    return this.sheetId;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.call('getParent');
    return this.host.self();
  }
  activate(): Sheet {
    this.call('activate');
    return this.self();
  }
  nameNow(): string {
    return this.name;
  }

  getRange(rowOrA1: number | string, column = 1, numRows = 1, numColumns = 1): GoogleAppsScript.Spreadsheet.Range {
    this.call('getRange');
    const area: GridArea =
      typeof rowOrA1 === 'string'
        ? parseA1(rowOrA1, this.maxRows, this.maxColumns)
        : { row: rowOrA1, column, numRows, numColumns };
    if (area.row < 1 || area.column < 1)
      throw new Error('Exception: The starting row or column of the range is too small.');
    if (area.numRows < 1 || area.numColumns < 1)
      throw new Error('Exception: The number of rows or columns in the range must be at least 1.');
    return this.within(area);
  }

  /** A range by A1 notation without recording a Sheet call (Spreadsheet.getRange records its own). */
  rangeAt(a1: string): GoogleAppsScript.Spreadsheet.Range {
    return this.within(parseA1(a1, this.maxRows, this.maxColumns));
  }

  /**
   * Sheets never grows a sheet for getRange: a range past its rows or columns (a new sheet is
   * 1000 x 26) is refused with this message. Only appendRow and the insert methods add room.
   */
  private within(area: GridArea): GoogleAppsScript.Spreadsheet.Range {
    if (area.row + area.numRows - 1 > this.maxRows || area.column + area.numColumns - 1 > this.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, area).self();
  }

  /** Adds empty rows after a row, moving those below down with their formats, as Sheets does. */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.call('insertRowsAfter');
    if (afterPosition < 1 || afterPosition > this.maxRows || howMany < 1) {
      throw new Error('Exception: Those rows are out of bounds.');
    }
    if (afterPosition < this.cells.length)
      this.cells.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.shiftFormats((row, column) => (row > afterPosition ? [row + howMany, column] : [row, column]));
    this.maxRows += howMany;
    return this.self();
  }

  /** Adds empty columns after a column, moving those to the right along, as Sheets does. */
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.call('insertColumnsAfter');
    if (afterPosition < 1 || afterPosition > this.maxColumns || howMany < 1) {
      throw new Error('Exception: Those columns are out of bounds.');
    }
    for (const row of this.cells) {
      if (afterPosition < row.length) {
        row.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => ({ value: '', formula: '' })));
      }
    }
    this.shiftFormats((row, column) => (column > afterPosition ? [row, column + howMany] : [row, column]));
    this.maxColumns += howMany;
    return this.self();
  }

  /** Moves (or, returning null, drops) the per-cell formats, validations and backgrounds. */
  private shiftFormats(move: (row: number, column: number) => [number, number] | null): void {
    for (const byCell of [this.numberFormats, this.validations, this.backgrounds] as Map<string, unknown>[]) {
      const moved = [...byCell].flatMap(([key, value]) => {
        const [row, column] = key.split(':').map(Number) as [number, number];
        const to = move(row, column);
        return to ? [[`${to[0]}:${to[1]}`, value] as const] : [];
      });
      byCell.clear();
      for (const [key, value] of moved) byCell.set(key, value);
    }
  }

  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    this.call('getDataRange');
    return new FakeRange(this, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.lastRow()),
      numColumns: Math.max(1, this.lastColumn()),
    }).self();
  }

  getLastRow(): number {
    this.call('getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.call('getLastColumn');
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.call('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.call('getMaxColumns');
    return this.maxColumns;
  }

  appendRow(rowContents: unknown[]): Sheet {
    this.call('appendRow');
    this.host.calls.addPayload('written', [rowContents]);
    // Sheets adds a row when the data reaches the last one. Whether it adds columns for a wider row is
    // not documented: the stricter case is modelled, and such a row is refused.
    if (rowContents.length > this.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    checkCellLengths([rowContents]);
    const row = this.lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    rowContents.forEach((value, i) => this.write(row, i + 1, value));
    return this.self();
  }

  newChart(): FakeChartBuilder {
    this.call('newChart');
    return new FakeChartBuilder();
  }
  insertChart(chart: FakeChart): void {
    this.call('insertChart');
    const { row, column } = chart.data.anchor;
    // A chart anchored past the sheet's edge: not documented; the stricter case (refused) is modelled.
    if (row > this.maxRows || column > this.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    this.call('getCharts');
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    this.call('removeChart');
    const at = this.charts.findIndex((c) => c.data.chartId === chart.data.chartId);
    if (at >= 0) this.charts.splice(at, 1);
  }

  setFrozenRows(rows: number): void {
    this.call('setFrozenRows');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.call('getFrozenRows');
    return this.frozenRows;
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.call('setConditionalFormatRules');
    this.conditionalRules = rules.map(conditionalRuleData);
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.call('getConditionalFormatRules');
    return this.conditionalRules.map(conditionalRuleObject);
  }

  hideSheet(): Sheet {
    this.call('hideSheet');
    this.hidden = true;
    return this.self();
  }
  showSheet(): Sheet {
    this.call('showSheet');
    this.hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    this.call('isSheetHidden');
    return this.hidden;
  }
  setColumnWidth(_column: number, _width: number): Sheet {
    this.call('setColumnWidth');
    return this.self();
  }
  autoResizeColumns(_start: number, _num: number): Sheet {
    this.call('autoResizeColumns');
    return this.self();
  }

  /** Sorts the rows below the frozen ones by a column, as Sheet.sort does. */
  sort(columnPosition: number, ascending = true): Sheet {
    this.call('sort');
    const body = this.cells.splice(this.frozenRows);
    const key = (row: StoredCell[] | undefined) => row?.[columnPosition - 1]?.value ?? '';
    body.sort((a, b) => compareCells(key(a), key(b)) * (ascending ? 1 : -1));
    this.cells.push(...body);
    return this.self();
  }

  /** Removes rows and moves those below up, with their formats and validations, as Sheet.deleteRows does. */
  deleteRows(rowPosition: number, howMany: number): void {
    this.call('deleteRows');
    if (rowPosition < 1 || howMany < 1) throw new Error('Exception: Those rows are out of bounds.');
    if (rowPosition + howMany - 1 > this.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (rowPosition <= this.frozenRows + 1 && rowPosition + howMany - 1 >= this.maxRows) {
      throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.cells.splice(rowPosition - 1, howMany);
    this.shiftFormats((row, column) => {
      if (row < rowPosition) return [row, column];
      return row < rowPosition + howMany ? null : [row - howMany, column];
    });
    this.maxRows -= howMany;
  }

  // ---- storage, used by FakeRange and by tests/tools/playground; not service calls ----

  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) if (this.cells[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    return this.cells.reduce((max, row) => {
      for (let c = row.length; c > max; c--) if (row[c - 1] && hasContent(row[c - 1] as StoredCell)) return c;
      return max;
    }, 0);
  }

  read(row: number, column: number): StoredCell {
    return this.cells[row - 1]?.[column - 1] ?? { value: '', formula: '' };
  }

  write(row: number, column: number, input: unknown): void {
    const plainText = this.numberFormats.get(`${row}:${column}`) === '@';
    const stored = interpretWrite(input, this.host.timeZone(), plainText);
    this.clearSpill(`${row}:${column}`);
    if (hasContent(stored)) this.breakSpillOver(`${row}:${column}`);
    const value = stored.formula ? this.host.evaluate(stored.formula, this, row, column) : stored.value;
    if (stored.formula && isArrayResult(value)) {
      this.spill(row, column, stored.formula, value);
      return;
    }
    stored.value = value;
    this.store(row, column, stored);
  }

  // ---- array formulas: a result of several cells spills down and right, as in Sheets ----

  /** Spilled cell → its formula's cell; formula's cell → the cells it filled. */
  readonly spilledBy = new Map<string, string>();
  private readonly spillsOf = new Map<string, string[]>();

  /**
   * Fills the cells below and right of a formula with its array result. Over a cell that already
   * holds something, Sheets spills nothing and the formula shows #REF!.
   */
  private spill(row: number, column: number, formula: string, values: unknown[][]): void {
    const cells: [number, number, unknown][] = [];
    values.forEach((line, r) => line.forEach((value, c) => (r || c) && cells.push([row + r, column + c, value])));
    const blocked = cells.some(([r, c]) => r > this.maxRows || c > this.maxColumns || hasContent(this.read(r, c)));
    this.store(row, column, { value: blocked ? '#REF!' : (values[0]?.[0] ?? ''), formula });
    if (blocked) return;
    const anchor = `${row}:${column}`;
    this.spillsOf.set(
      anchor,
      cells.map(([r, c]) => `${r}:${c}`),
    );
    for (const [r, c, value] of cells) {
      this.store(r, c, { value: value ?? '', formula: '' });
      this.spilledBy.set(`${r}:${c}`, anchor);
    }
  }

  /** Writing content over a spilled cell breaks its formula: #REF!, and the rest of the spill empties. */
  private breakSpillOver(cellKey: string): void {
    const anchor = this.spilledBy.get(cellKey);
    if (!anchor) return;
    this.clearSpill(anchor);
    const [row, column] = anchor.split(':').map(Number) as [number, number];
    this.store(row, column, { ...this.read(row, column), value: '#REF!' });
  }

  private clearSpill(anchor: string): void {
    for (const cellKey of this.spillsOf.get(anchor) ?? []) {
      this.spilledBy.delete(cellKey);
      const [row, column] = cellKey.split(':').map(Number) as [number, number];
      this.store(row, column, { value: '', formula: '' });
    }
    this.spillsOf.delete(anchor);
  }

  store(row: number, column: number, cell: StoredCell): void {
    while (this.cells.length < row) this.cells.push([]);
    const cells = this.cells[row - 1] as StoredCell[];
    while (cells.length < column) cells.push({ value: '', formula: '' });
    cells[column - 1] = cell;
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, column);
  }

  /** Every row as Sheets' getValues would return it, for assertions. */
  valuesSnapshot(): unknown[][] {
    const width = this.lastColumn();
    return Array.from({ length: this.lastRow() }, (_, r) =>
      Array.from({ length: width }, (_, c) => this.read(r + 1, c + 1).value),
    );
  }
}

function isArrayResult(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every(Array.isArray) && (value.length > 1 || (value[0]?.length ?? 0) > 1);
}

function hasContent(cell: StoredCell): boolean {
  return cell.value !== '' || cell.formula !== '';
}

function compareCells(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === '') return 1; // Sheets sorts blanks last
  if (b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  return String(a).localeCompare(String(b));
}
