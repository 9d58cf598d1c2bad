// Evaluates one formula with fast-formula-parser over the fake workbook. The add-on's custom
// functions run in the bundle and get what Sheets passes them: a cell's value, or a 2-D array for a
// range, read raw (dates stay dates). Errors come back as Sheets' codes with a note in both languages.
import FormulaParser, { type CellRef, type FormulaError as EngineError, type RangeRef } from 'fast-formula-parser';
import type { FakeSheet } from '../fakes/sheet';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { callCustomFunction } from './formula-custom';
import { ARGUMENTS, DATE_RESULT, playgroundFunctions } from './formula-functions';
import { formulaNote } from './formula-notes';
import { closeOpenRanges, isReferenceOnly } from './formula-references';
import { type CellValue, explained, fromEngine, isEngineError, noteOf, toEngine } from './formula-values';
import { errorMessage } from './messages';

const { FormulaError } = FormulaParser;

/** A formula's error: the code is what the cell shows, the note what hovering it tells. */
export class FormulaProblem extends Error {
  constructor(
    readonly code: string,
    readonly note: string,
  ) {
    super(note);
  }
}

/**
 * Thrown, not returned as an error value, from the read that closes a cycle back to `entry`, the
 * cell that began it: every formula on the way is in the cycle, whatever IFERROR it holds.
 */
export class CircularReference extends Error {
  constructor(readonly entry: unknown) {
    super('Circular dependency');
  }
}

export interface Workbook {
  spreadsheet: FakeSpreadsheet;
  /** The add-on's function of that name (upper case), if the bundle declares one. */
  customFunction(name: string): ((...args: unknown[]) => unknown) | null;
  now(): Date;
  /** A cell's value as a formula reads it (a formula cell may be computed first). */
  readCell(sheet: FakeSheet, row: number, column: number): unknown;
}

export type Outcome = { value: CellValue } | { problem: FormulaProblem };

const LOOKUPS = new Set(['VLOOKUP', 'HLOOKUP', 'MATCH']);

class PlaygroundParser extends FormulaParser {
  /** The sheet of the formula being parsed: a reference without a sheet name is on it. */
  private current: FakeSheet | null = null;
  /** The day numbers of the dates this parse read, to show them as dates again. */
  readonly datesRead = new Set<number>();

  constructor(private readonly book: Workbook) {
    super({
      functions: playgroundFunctions(book.now, () => book.spreadsheet.zone),
      onCell: (ref) => this.readRange(ref.sheet, ref.row, ref.col, ref.row, ref.col)[0]?.[0],
      onRange: (ref) => this.readRange(ref.sheet, ref.from.row, ref.from.col, ref.to.row, ref.to.col),
    });
  }

  run(formula: string, sheet: FakeSheet, row: number, column: number): unknown {
    this.current = sheet;
    this.datesRead.clear();
    return this.parse(formula, { sheet: sheet.nameNow(), row, col: column }, true);
  }

  sheetNamed(name: string | undefined): FakeSheet {
    const sheet = name === undefined ? this.current : this.book.spreadsheet.sheet(name);
    if (!sheet) throw new FormulaProblem('#REF!', formulaNote('unknownSheet', name ?? ''));
    return sheet;
  }

  /** Cells as the engine reads them; an open end stops at the sheet's last row or column, as in Sheets. */
  readRange(name: string | undefined, row: number, column: number, toRow: number, toColumn: number): unknown[][] {
    const sheet = this.sheetNamed(name);
    const zone = this.book.spreadsheet.zone;
    return this.readRaw(sheet, row, column, toRow, toColumn).map((line) =>
      line.map((v) => {
        const value = toEngine(v, zone);
        if (v instanceof Date) this.datesRead.add(value as number);
        return value;
      }),
    );
  }

  readRaw(sheet: FakeSheet, row: number, column: number, toRow: number, toColumn: number): unknown[][] {
    const [lastRow, lastColumn] = [Math.min(toRow, sheet.maxRows), Math.min(toColumn, sheet.maxColumns)];
    return Array.from({ length: Math.max(0, lastRow - row + 1) }, (_, r) =>
      Array.from({ length: Math.max(0, lastColumn - column + 1) }, (_, c) =>
        this.book.readCell(sheet, row + r, column + c),
      ),
    );
  }

  /** A reference an argument names, read raw: what a custom function gets. */
  readReference(ref: Partial<CellRef & RangeRef>): unknown {
    const sheet = this.sheetNamed(ref.sheet);
    if (ref.from && ref.to) return this.readRaw(sheet, ref.from.row, ref.from.col, ref.to.row, ref.to.col);
    return this.book.readCell(sheet, ref.row ?? 1, ref.col ?? 1);
  }

  override _callFunction(rawName: string, args: unknown[]): unknown {
    const name = rawName.replace(/^_xlfn\./, '').toUpperCase();
    const custom = this.book.customFunction(name);
    if (custom)
      return callCustomFunction(name, custom, args, (ref) => this.readReference(ref), this.book.spreadsheet.zone);
    const spec = ARGUMENTS[name];
    if (spec && args.length < spec.required) return missingArgument(name, args.length, args.length);
    if (spec && !spec.repeats && args.length > spec.names.length)
      return explained('#N/A', formulaNote('tooManyArguments', name));
    if (!this.functions[name]) return explained('#NAME?', formulaNote('unknownFunction', name));
    let result: unknown;
    try {
      result = super._callFunction(rawName, args);
    } catch (error) {
      // a function the engine declares but leaves empty: to a person, a function it does not know
      if (isEngineError(error) && error.error === '#NAME?')
        return explained('#NAME?', formulaNote('unknownFunction', name));
      throw error;
    }
    if (isEngineError(result) && /^Argument type .* is missing/.test(result.message)) {
      const gap = args.findIndex((arg) => arg === null || arg === undefined);
      return missingArgument(name, gap < 0 ? args.length : gap, args.length);
    }
    if (LOOKUPS.has(name) && result === FormulaError.NA) return explained('#N/A', formulaNote('notFound', name));
    // the engine's INDEX drops the sheet of the range it indexes, which would then read this sheet
    if (name === 'INDEX') return onSheetOf(args[0], result);
    return result;
  }
}

function onSheetOf(range: unknown, result: unknown): unknown {
  const sheet = (range as { ref?: { sheet?: string } } | null)?.ref?.sheet;
  const ref = (result as { ref?: { sheet?: string } } | null)?.ref;
  if (sheet !== undefined && ref && ref.sheet === undefined) ref.sheet = sheet;
  return result;
}

function missingArgument(name: string, index: number, given: number) {
  const spec = ARGUMENTS[name];
  const argument = spec?.names[index] ?? `#${index + 1}`;
  const expected = spec
    ? spec.required === spec.names.length
      ? String(spec.required)
      : `${spec.required}-${spec.names.length}`
    : `${index + 1}+`;
  return explained('#N/A', formulaNote('missingArgument', name, argument, expected, String(given)));
}

/** The problem a thrown engine error stands for: its cause if it wraps one, or a parse error. */
function problemOf(error: unknown): FormulaProblem {
  const cause = isEngineError(error) && error.details instanceof Error ? error.details : error;
  if (cause instanceof CircularReference) throw cause;
  if (cause instanceof FormulaProblem) return cause;
  if (isEngineError(cause) && cause.error !== '#ERROR!') return engineProblem(cause);
  const position = /Error at position \d+:(\d+)/.exec(errorMessage(error))?.[1];
  if (position) return new FormulaProblem('#ERROR!', formulaNote('parseError', String(Number(position) + 1)));
  // The engine's own text ("Expecting a reference, but got 1.", "Invalid array length") is English
  // written for its authors: the note says what a person can do about it, in both languages.
  return new FormulaProblem('#ERROR!', formulaNote('engineFailed'));
}

/** The engine's own messages are English and terse; a note says the same in both languages. */
function engineProblem(error: EngineError): FormulaProblem {
  const tooMany = /^Function (\S+) has too many arguments/.exec(error.message)?.[1];
  const note =
    noteOf(error) ?? (tooMany ? formulaNote('tooManyArguments', tooMany) : formulaNote('byCode', error.error));
  return new FormulaProblem(error.error, note);
}

/** One parser a nesting depth: a formula that reads a formula cell evaluates it mid-parse. */
export class FormulaEngine {
  private readonly parsers: PlaygroundParser[] = [];
  private depth = 0;

  constructor(private readonly book: Workbook) {}

  evaluate(formula: string, sheet: FakeSheet, row: number, column: number): Outcome {
    const parser = (this.parsers[this.depth] ??= new PlaygroundParser(this.book));
    this.depth++;
    try {
      const text = closeOpenRanges(formula.replace(/^=/, ''), FormulaParser.MAX_ROW);
      const result = parser.run(text, sheet, row, column);
      if (isEngineError(result)) return { problem: engineProblem(result) };
      const isDate = DATE_RESULT.test(formula)
        ? () => true
        : (serial: number) => isReferenceOnly(formula) && parser.datesRead.has(serial);
      return { value: fromEngine(result, this.book.spreadsheet.zone, isDate) as CellValue };
    } catch (error) {
      return { problem: problemOf(error) };
    } finally {
      this.depth--;
    }
  }
}
