// Recalculates every formula in the workbook after each action, spilling array results down and
// right as Sheets does (and refusing, with #REF!, to spill over cells that hold something). A
// formula that reads a formula cell computes it first, so a cycle is found and shown as #REF!.
import { columnLetter } from '../fakes/a1';
import type { StoredCell } from '../fakes/cell-input';
import type { FakeSheet } from '../fakes/sheet';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { CircularReference, FormulaEngine, FormulaProblem, type Outcome, type Workbook } from './formula-engine';
import { formulaNote } from './formula-notes';
import type { CellValue } from './formula-values';

type CustomFunctions = Workbook['customFunction'];
const key = (row: number, column: number) => `${row}:${column}`;

export class Recalculator {
  /** Cells a spill filled, by sheet: kept by identity, so a write over one is noticed. */
  private readonly spills = new Map<FakeSheet, Map<string, StoredCell>>();
  /** Why a cell shows an error, by sheet, for the page to show on hover (Japanese, then English). */
  readonly notes = new Map<FakeSheet, Map<string, string>>();
  private readonly engine: FormulaEngine;
  /** Formula cells of this pass: computing (a read of one closes a cycle), or done. */
  private pass: Map<StoredCell, 'computing' | 'done'> | null = null;

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    customFunction: CustomFunctions,
    now: () => Date = () => new Date(),
  ) {
    this.engine = new FormulaEngine({
      spreadsheet,
      customFunction,
      now,
      readCell: (sheet, row, column) => this.readCell(sheet, row, column),
    });
  }

  /** The value a formula's own cell gets when it is written (no spill yet): what the evaluator hook returns. */
  evaluateCell(formula: string, sheet: FakeSheet, row = 1, column = 1): unknown {
    const result = this.engine.evaluate(formula, sheet, row, column);
    return 'problem' in result ? result.problem.code : topLeft(result.value);
  }

  recalculateAll(passes = 3): void {
    for (let pass = 0; pass < passes; pass++) {
      const before = this.fingerprint();
      this.clearSpills();
      this.pass = new Map();
      for (const sheet of this.spreadsheet.sheets) this.notes.set(sheet, new Map());
      try {
        for (const sheet of this.spreadsheet.sheets) this.recalculateSheet(sheet);
      } finally {
        this.pass = null;
      }
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

  /**
   * A cell as a formula reads it: a formula cell computed first (its #REF! if it is in a cycle, an
   * error value the reader may catch). Outside a recalculation (a formula being written) cells are
   * read as they stand.
   */
  private readCell(sheet: FakeSheet, row: number, column: number): unknown {
    const cell = sheet.cells[row - 1]?.[column - 1];
    if (cell?.formula && this.pass) this.compute(sheet, row, column, cell);
    return sheet.cells[row - 1]?.[column - 1]?.value ?? '';
  }

  private recalculateSheet(sheet: FakeSheet): void {
    sheet.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell.formula) this.compute(sheet, r + 1, c + 1, cell);
      }),
    );
  }

  private compute(sheet: FakeSheet, row: number, column: number, cell: StoredCell): void {
    const pass = this.pass as Map<StoredCell, 'computing' | 'done'>;
    const state = pass.get(cell);
    if (state === 'computing') throw new CircularReference(cell);
    if (state === 'done') return;
    pass.set(cell, 'computing');
    let result: Outcome;
    let cycle: CircularReference | null = null;
    try {
      result = this.engine.evaluate(cell.formula, sheet, row, column);
    } catch (error) {
      if (!(error instanceof CircularReference)) throw error;
      cycle = error;
      result = { problem: new FormulaProblem('#REF!', formulaNote('circular')) };
    }
    pass.set(cell, 'done');
    const notes = this.notes.get(sheet) as Map<string, string>;
    if ('problem' in result) {
      cell.value = result.problem.code;
      notes.set(key(row, column), result.problem.note);
    } else this.place(sheet, row, column, result.value, notes);
    // back along the cycle to the cell that began it; the cells that read that one get its #REF!
    if (cycle && cycle.entry !== cell) throw cycle;
  }

  private place(sheet: FakeSheet, row: number, column: number, value: CellValue, notes: Map<string, string>): void {
    const cell = sheet.read(row, column);
    if (!Array.isArray(value)) {
      cell.value = value;
      return;
    }
    const blocker = findBlocker(sheet, row, column, value);
    if (blocker) {
      cell.value = '#REF!';
      notes.set(key(row, column), formulaNote('spillBlocked', blocker));
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

function topLeft(value: CellValue): unknown {
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
