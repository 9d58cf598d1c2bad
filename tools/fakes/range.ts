// A rectangular view of a fake sheet, reading and writing as the Range class does.
import { type GridArea, toA1 } from './a1';
import type { FakeValidation } from './builders';
import type { FakeSheet } from './sheet';
import { checkCellLengths } from './cell-input';

type Range = GoogleAppsScript.Spreadsheet.Range;

export class FakeRange implements Pick<
  Range,
  | 'getValues'
  | 'getValue'
  | 'setValues'
  | 'setValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setFormulas'
  | 'getDisplayValues'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getSheet'
  | 'setDataValidation'
  | 'getDataValidation'
  | 'setNumberFormat'
  | 'getNumberFormat'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getBackground'
  | 'setFontWeight'
  | 'clearContent'
> {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly area: GridArea,
  ) {}

  private call(method: string): void {
    this.sheet.host.calls.record(`Range.${method}`, this.sheet.nameNow());
  }

  /** Counts what a read moved, and hands it back. */
  private read<T extends unknown[][]>(cells: T): T {
    this.sheet.host.calls.addPayload('read', cells);
    return cells;
  }

  /** The sheet it is on, for the fakes themselves (records no call). */
  sheetNow(): FakeSheet {
    return this.sheet;
  }

  self(): Range {
    return this as unknown as Range; // the fake implements the subset it names; callers hold it as a Range
  }

  private each<T>(fn: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.area;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => fn(row + r, column + c)),
    );
  }

  /** Blank cells read as '', numbers as numbers, dates as new Date objects (never shared). */
  getValues(): unknown[][] {
    this.call('getValues');
    return this.read(this.each((r, c) => copyValue(this.sheet.read(r, c).value)));
  }
  getValue(): unknown {
    this.call('getValue');
    return copyValue(this.sheet.read(this.area.row, this.area.column).value);
  }
  getDisplayValues(): string[][] {
    this.call('getDisplayValues');
    return this.read(this.each((r, c) => displayValue(this.sheet.read(r, c).value)));
  }
  getFormulas(): string[][] {
    this.call('getFormulas');
    return this.read(this.each((r, c) => this.sheet.read(r, c).formula));
  }
  getFormula(): string {
    this.call('getFormula');
    return this.sheet.read(this.area.row, this.area.column).formula;
  }

  setValues(values: unknown[][]): Range {
    this.call('setValues');
    this.checkShape(values);
    checkCellLengths(values);
    this.sheet.host.calls.addPayload('written', values);
    this.each((r, c) => this.sheet.write(r, c, values[r - this.area.row]?.[c - this.area.column]));
    return this.self();
  }
  setValue(value: unknown): Range {
    this.call('setValue');
    checkCellLengths([[value]]);
    this.each((r, c) => this.sheet.write(r, c, value));
    return this.self();
  }
  setFormula(formula: string): Range {
    this.call('setFormula');
    checkCellLengths([[formula]]);
    this.each((r, c) => this.sheet.write(r, c, formula.startsWith('=') ? formula : `=${formula}`));
    return this.self();
  }
  setFormulas(formulas: string[][]): Range {
    this.call('setFormulas');
    this.checkShape(formulas);
    checkCellLengths(formulas);
    this.sheet.host.calls.addPayload('written', formulas);
    this.each((r, c) => this.sheet.write(r, c, formulas[r - this.area.row]?.[c - this.area.column]));
    return this.self();
  }
  clearContent(): Range {
    this.call('clearContent');
    this.each((r, c) => this.sheet.store(r, c, { value: '', formula: '' }));
    return this.self();
  }

  getRow(): number {
    this.call('getRow');
    return this.area.row;
  }
  getColumn(): number {
    this.call('getColumn');
    return this.area.column;
  }
  getNumRows(): number {
    this.call('getNumRows');
    return this.area.numRows;
  }
  getNumColumns(): number {
    this.call('getNumColumns');
    return this.area.numColumns;
  }
  getLastRow(): number {
    this.call('getLastRow');
    return this.area.row + this.area.numRows - 1;
  }
  getLastColumn(): number {
    this.call('getLastColumn');
    return this.area.column + this.area.numColumns - 1;
  }
  getA1Notation(): string {
    this.call('getA1Notation');
    return toA1(this.area);
  }
  /** 'Sheet!A1:B2', for the fakes' own bookkeeping: not a call the add-on makes, so not counted. */
  qualifiedA1(): string {
    return `${this.sheet.nameNow()}!${toA1(this.area)}`;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.call('getSheet');
    return this.sheet.self();
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.call('setDataValidation');
    this.each((r, c) =>
      this.sheet.validations.set(`${r}:${c}`, rule ? structuredClone(rule as unknown as FakeValidation) : null),
    );
    return this.self();
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.call('getDataValidation');
    const rule = this.sheet.validations.get(`${this.area.row}:${this.area.column}`);
    return (rule ?? null) as unknown as GoogleAppsScript.Spreadsheet.DataValidation | null;
  }
  setNumberFormat(format: string): Range {
    this.call('setNumberFormat');
    this.each((r, c) => this.sheet.numberFormats.set(`${r}:${c}`, format));
    return this.self();
  }
  getNumberFormat(): string {
    this.call('getNumberFormat');
    return this.sheet.numberFormats.get(`${this.area.row}:${this.area.column}`) ?? 'General';
  }
  setBackground(color: string | null): Range {
    this.call('setBackground');
    this.each((r, c) => this.sheet.backgrounds.set(`${r}:${c}`, color));
    return this.self();
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    this.call('setBackgrounds');
    this.checkShape(colors);
    this.each((r, c) =>
      this.sheet.backgrounds.set(`${r}:${c}`, colors[r - this.area.row]?.[c - this.area.column] ?? null),
    );
    return this.self();
  }
  getBackground(): string {
    this.call('getBackground');
    return this.sheet.backgrounds.get(`${this.area.row}:${this.area.column}`) ?? '#ffffff';
  }
  setFontWeight(_weight: string | null): Range {
    this.call('setFontWeight');
    return this.self();
  }

  private checkShape(values: unknown[][]): void {
    const { numRows, numColumns } = this.area;
    if (values.length !== numRows) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
      );
    }
    const bad = values.find((row) => row.length !== numColumns);
    if (bad) {
      throw new Error(
        `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${bad.length} but the range has ${numColumns}.`,
      );
    }
  }
}

function copyValue(value: unknown): unknown {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

function displayValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
