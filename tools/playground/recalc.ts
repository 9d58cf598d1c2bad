// Recalculates every formula in the workbook after each action, spilling array results down and
// right as Sheets does (and refusing, with #REF!, to spill over cells that hold something).
import { columnLetter } from '../fakes/a1';
import type { StoredCell } from '../fakes/cell-input';
import type { FakeSheet } from '../fakes/sheet';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { type FormulaContext, FormulaProblem, type FormulaValue, evaluateNode } from './formula-eval';
import { FormulaSyntaxError, parseFormula } from './formula-parser';
import { errorMessage } from './messages';

type CustomFunctions = FormulaContext['customFunction'];
const key = (row: number, column: number) => `${row}:${column}`;

export class Recalculator {
  /** Cells a spill filled, by sheet: kept by identity, so a write over one is noticed. */
  private readonly spills = new Map<FakeSheet, Map<string, StoredCell>>();
  /** Why a cell shows an error, by sheet, for the page to show on hover. */
  readonly notes = new Map<FakeSheet, Map<string, string>>();

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly customFunction: CustomFunctions,
  ) {}

  /** The value a formula's own cell gets when it is written (no spill yet): what the evaluator hook returns. */
  evaluateCell(formula: string, sheet: FakeSheet): unknown {
    const result = this.evaluate(formula, sheet);
    return 'problem' in result ? result.problem.code : topLeft(result.value);
  }

  recalculateAll(passes = 3): void {
    for (let pass = 0; pass < passes; pass++) {
      const before = this.fingerprint();
      this.clearSpills();
      for (const sheet of this.spreadsheet.sheets) this.recalculateSheet(sheet);
      if (this.fingerprint() === before) return;
    }
  }

  spilledCells(sheet: FakeSheet): string[] {
    return [...(this.spills.get(sheet)?.keys() ?? [])];
  }

  /** After a restore: mark cells as spilled so the next recalculation may reuse them. */
  adoptSpills(sheet: FakeSheet, keys: string[]): void {
    const owned = new Map<string, StoredCell>();
    for (const k of keys) {
      const [row, column] = k.split(':').map(Number) as [number, number];
      const cell = sheet.cells[row - 1]?.[column - 1];
      if (cell && !cell.formula) owned.set(k, cell);
    }
    this.spills.set(sheet, owned);
  }

  private evaluate(formula: string, sheet: FakeSheet): { value: FormulaValue } | { problem: FormulaProblem } {
    try {
      const tree = parseFormula(formula);
      return {
        value: evaluateNode(tree, { spreadsheet: this.spreadsheet, sheet, customFunction: this.customFunction }),
      };
    } catch (error) {
      if (error instanceof FormulaProblem) return { problem: error };
      if (error instanceof FormulaSyntaxError) {
        return {
          problem: new FormulaProblem('#UNSUPPORTED!', `The playground cannot read this formula: ${error.message}.`),
        };
      }
      return { problem: new FormulaProblem('#ERROR!', errorMessage(error)) };
    }
  }

  private recalculateSheet(sheet: FakeSheet): void {
    const notes = new Map<string, string>();
    this.notes.set(sheet, notes);
    sheet.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (!cell.formula) return;
        const result = this.evaluate(cell.formula, sheet);
        if ('problem' in result) {
          cell.value = result.problem.code;
          notes.set(key(r + 1, c + 1), result.problem.message);
        } else this.place(sheet, r + 1, c + 1, result.value, notes);
      }),
    );
  }

  private place(sheet: FakeSheet, row: number, column: number, value: FormulaValue, notes: Map<string, string>): void {
    const cell = sheet.read(row, column);
    if (!Array.isArray(value)) {
      cell.value = value;
      return;
    }
    const blocker = findBlocker(sheet, row, column, value);
    if (blocker) {
      cell.value = '#REF!';
      notes.set(key(row, column), `Array result was not expanded because it would overwrite data in ${blocker}.`);
      return;
    }
    cell.value = topLeft(value);
    const owned = this.spills.get(sheet) ?? new Map<string, StoredCell>();
    value.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if ((r === 0 && c === 0) || v === '') return;
        const spilled: StoredCell = { value: v, formula: '' };
        sheet.store(row + r, column + c, spilled);
        owned.set(key(row + r, column + c), spilled);
      }),
    );
    this.spills.set(sheet, owned);
  }

  /** Empties the cells spills filled last time, unless something has since been written over them. */
  private clearSpills(): void {
    for (const [sheet, owned] of this.spills) {
      for (const [k, spilled] of owned) {
        const [row, column] = k.split(':').map(Number) as [number, number];
        if (sheet.cells[row - 1]?.[column - 1] === spilled) sheet.store(row, column, { value: '', formula: '' });
      }
      owned.clear();
    }
  }

  private fingerprint(): string {
    return JSON.stringify(this.spreadsheet.sheets.map((s) => s.cells.map((row) => row.map((c) => c.value))));
  }
}

function topLeft(value: FormulaValue): unknown {
  return Array.isArray(value) ? (value[0]?.[0] ?? '') : value;
}

function findBlocker(sheet: FakeSheet, row: number, column: number, value: unknown[][]): string | null {
  for (let r = 0; r < value.length; r++) {
    const width = (value[r] as unknown[]).length;
    for (let c = 0; c < width; c++) {
      if (r === 0 && c === 0) continue;
      const cell = sheet.read(row + r, column + c);
      if (cell.value !== '' || cell.formula !== '') return `${columnLetter(column + c)}${row + r}`;
    }
  }
  return null;
}
