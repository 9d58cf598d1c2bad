// An in-memory spreadsheet (sheets, time zone, locale) and the SpreadsheetApp that returns it.
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from './builders';
import type { CallLog } from './call-log';
import { FakeSheet, type SheetHost } from './sheet';
import type { FakeRange } from './range';
import { ExecutionContext } from './context';
import type { FakeUi } from './ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Evaluates a formula written to a cell; the default leaves what Sheets shows for an unknown name. */
export type FormulaEvaluator = (formula: string, sheet: FakeSheet, row: number, column: number) => unknown;

export interface FakeSpreadsheetOptions {
  id?: string;
  name?: string;
  timeZone?: string;
  locale?: string;
  evaluate?: FormulaEvaluator;
}

export class FakeSpreadsheet
  implements
    SheetHost,
    Pick<
      Spreadsheet,
      | 'getId'
      | 'getName'
      | 'getUrl'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale'
      | 'getSheets'
      | 'getSheetByName'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'getActiveRange'
      | 'setActiveRange'
      | 'toast'
      | 'getRange'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
    >
{
  readonly sheets: FakeSheet[] = [];
  /** Spreadsheet-level developer metadata: key and value, kept with the file for every user. */
  readonly metadata: { id: number; key: string; value: string }[] = [];
  readonly toasts: { message: string; title: string }[] = [];
  readonly id: string;
  name: string;
  zone: string;
  locale: string;
  evaluator: FormulaEvaluator;
  private active = 0;
  /** The selection: none until a range is made active (Apps Script then answers null). */
  private selection: FakeRange | null = null;
  private nextSheetId = 0;

  constructor(
    readonly calls: CallLog,
    options: FakeSpreadsheetOptions = {},
  ) {
    this.id = options.id ?? '1FakeSpreadsheetId';
    this.name = options.name ?? 'エスカレーション管理';
    this.zone = options.timeZone ?? 'Asia/Tokyo';
    this.locale = options.locale ?? 'ja_JP';
    this.evaluator = options.evaluate ?? (() => '#NAME?');
    this.sheets.push(new FakeSheet(this, options.locale?.startsWith('en') ? 'Sheet1' : 'シート1', this.nextSheetId++));
  }

  private call(method: string): void {
    this.calls.record(`Spreadsheet.${method}`);
  }

  self(): Spreadsheet {
    return this as unknown as Spreadsheet; // the fake implements the subset it names
  }

  timeZone(): string {
    return this.zone;
  }

  evaluate(formula: string, sheet: FakeSheet, row: number, column: number): unknown {
    return this.evaluator(formula, sheet, row, column);
  }

  getId(): string {
    this.call('getId');
    return this.id;
  }
  getName(): string {
    this.call('getName');
    return this.name;
  }
  getUrl(): string {
    this.call('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.call('getSpreadsheetTimeZone');
    return this.zone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.call('setSpreadsheetTimeZone');
    this.zone = timeZone;
  }
  getSpreadsheetLocale(): string {
    this.call('getSpreadsheetLocale');
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.call('setSpreadsheetLocale');
    this.locale = locale;
  }

  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    this.call('getSheets');
    return this.sheets.map((s) => s.self());
  }
  getSheetByName(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    this.call('getSheetByName');
    return this.sheet(name)?.self() ?? null;
  }

  insertSheet(nameOrIndex?: unknown, indexArg?: unknown): GoogleAppsScript.Spreadsheet.Sheet {
    this.call('insertSheet');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const index = typeof nameOrIndex === 'number' ? nameOrIndex : typeof indexArg === 'number' ? indexArg : undefined;
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.sheet(sheetName)) {
      throw new Error(`Exception: A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, sheetName, this.nextSheetId++ * 1000003);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    // "The new sheet becomes the active sheet" (Spreadsheet.insertSheet reference): a script that
    // inserts sheets leaves the person on the last one unless it activates another.
    this.active = this.sheets.indexOf(sheet);
    this.selection = null;
    return sheet.self();
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    this.call('deleteSheet');
    const index = this.sheets.indexOf(sheet as unknown as FakeSheet);
    if (index >= 0) this.sheets.splice(index, 1);
  }

  /** The active sheet's name, for the playground's page (records no call). */
  activeSheetName(): string {
    return (this.sheets[this.active] ?? this.sheets[0])?.nameNow() ?? '';
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.call('getActiveSheet');
    return (this.sheets[this.active] ?? (this.sheets[0] as FakeSheet)).self();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    this.call('setActiveSheet');
    this.active = Math.max(0, this.sheets.indexOf(sheet as unknown as FakeSheet));
    return sheet;
  }

  /** The selected range in the active sheet, or null when there is none (the documented answer). */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    this.call('getActiveRange');
    return this.selection && this.selection.sheetNow() === this.sheets[this.active] ? this.selection.self() : null;
  }
  /**
   * The person selects a cell or range (the playground's grid): its sheet becomes the active one.
   * Records no call: the person clicked, the script called nothing.
   */
  selectByPerson(sheet: FakeSheet, a1: string): void {
    this.active = Math.max(0, this.sheets.indexOf(sheet));
    this.selection = sheet.rangeAt(a1) as unknown as FakeRange;
  }

  /** Selects the range and makes its sheet the active one, as Sheets does. */
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    this.call('setActiveRange');
    const selected = range as unknown as FakeRange;
    this.active = Math.max(0, this.sheets.indexOf(selected.sheetNow()));
    this.selection = selected;
    return range;
  }

  /** "'Sheet name'!A1:F20" or "Sheet!A1"; without a sheet name, the active sheet, as Spreadsheet.getRange does. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    this.call('getRange');
    const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(a1Notation);
    const name = match ? (match[1]?.replace(/''/g, "'") ?? (match[2] as string)) : null;
    const sheet = name === null ? this.sheets[this.active] : this.sheet(name);
    if (!sheet) throw new Error(`Exception: Range not found`);
    return sheet.rangeAt(match ? (match[3] as string) : a1Notation);
  }

  addDeveloperMetadata(key: string, value?: unknown): Spreadsheet {
    this.call('addDeveloperMetadata');
    this.metadata.push({ id: this.metadata.length + 1, key, value: value === undefined ? '' : String(value) });
    return this.self();
  }

  /** The entries' getters and setValue act on the file as Apps Script's do (each setValue a call). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.call('getDeveloperMetadata');
    return this.metadata.map(
      (entry) =>
        ({
          getId: () => entry.id,
          getKey: () => entry.key,
          getValue: () => entry.value,
          setValue: (value: string) => {
            this.calls.record('DeveloperMetadata.setValue');
            entry.value = String(value);
          },
          remove: () => {
            this.calls.record('DeveloperMetadata.remove');
            this.metadata.splice(this.metadata.indexOf(entry), 1);
          },
        }) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata,
    );
  }

  toast(message: string, title = '', _timeoutSeconds?: number | null): void {
    this.call('toast');
    this.toasts.push({ message, title });
  }

  /** Direct access for tests and the playground; not a service call. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.nameNow() === name);
  }
}

export function createFakeSpreadsheetApp(
  spreadsheet: FakeSpreadsheet,
  ui: FakeUi,
  context = new ExecutionContext(),
): Pick<
  SpreadsheetApp,
  | 'getActive'
  | 'getActiveSpreadsheet'
  | 'openById'
  | 'getUi'
  | 'newDataValidation'
  | 'newConditionalFormatRule'
  | 'flush'
> {
  const call = (method: string) => spreadsheet.calls.record(`SpreadsheetApp.${method}`);
  const active = () => (context.activeDocument ? spreadsheet.self() : (null as unknown as Spreadsheet));
  return {
    getActive: () => {
      call('getActive');
      return active();
    },
    getActiveSpreadsheet: () => {
      call('getActiveSpreadsheet');
      return active();
    },
    openById: (id: string) => {
      call('openById');
      if (id !== spreadsheet.id)
        throw new Error(
          'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
        );
      return spreadsheet.self();
    },
    getUi: () => {
      call('getUi');
      return ui.self();
    },
    newDataValidation: () =>
      new FakeDataValidationBuilder() as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    newConditionalFormatRule: () =>
      new FakeConditionalFormatRuleBuilder() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
    flush: () => call('flush'),
  };
}
