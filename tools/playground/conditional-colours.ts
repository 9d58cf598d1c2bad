// The colours the add-on's conditional format rules give each cell, worked out as Sheets does:
// rules in order, the first whose condition holds for a cell formats it.
import { type GridArea, parseA1 } from '../fakes/a1';
import type { FakeConditionalRule } from '../fakes/builders';
import type { FakeSheet } from '../fakes/sheet';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { FormulaEngine, FormulaProblem, type Workbook } from './formula-engine';
import { shiftReferences } from './formula-references';

export interface CellStyle {
  background: string | null;
  fontColor: string | null;
  bold: boolean;
}

export interface SheetStyles {
  /** By 'row:column'. */
  cells: Record<string, CellStyle>;
  /** Rules the playground could not evaluate, with the reason: shown rather than guessed. */
  skippedRules: string[];
}

export function conditionalStyles(
  spreadsheet: FakeSpreadsheet,
  sheet: FakeSheet,
  customFunction: Workbook['customFunction'],
  now: () => Date = () => new Date(),
  /** Only these rows (the grid's window): a long sheet is never coloured whole for one screenful. */
  rows?: readonly number[],
): SheetStyles {
  const styles: SheetStyles = { cells: {}, skippedRules: [] };
  const lastRow = sheet.lastRow();
  const readCell = (on: FakeSheet, row: number, column: number) => on.read(row, column).value;
  let engine: FormulaEngine | null = null;
  // made on the first formula rule: the add-on's own rules compare text and need no engine
  const formulas = () => (engine ??= new FormulaEngine({ spreadsheet, customFunction, now, readCell }));
  for (const rule of sheet.conditionalRules) {
    const test = conditionTest(rule, sheet, formulas);
    for (const range of rule.ranges.filter((r) => r.sheetName === sheet.nameNow())) {
      const area = referenceArea(range.a1, sheet);
      const lastRuleRow = Math.min(area.row + area.numRows - 1, lastRow);
      for (const row of rows ??
        Array.from({ length: Math.max(0, lastRuleRow - area.row + 1) }, (_, i) => area.row + i)) {
        if (row < area.row || row > lastRuleRow) continue;
        for (let column = area.column; column < area.column + area.numColumns; column++) {
          const key = `${row}:${column}`;
          if (styles.cells[key]) continue;
          try {
            if (test(row, column, row - area.row, column - area.column)) styles.cells[key] = styleOf(rule);
          } catch (error) {
            if (!(error instanceof FormulaProblem)) throw error;
            styles.skippedRules.push(`${rule.condition.value}: ${error.note}`);
            break;
          }
        }
      }
    }
  }
  styles.skippedRules = [...new Set(styles.skippedRules)];
  return styles;
}

type CellTest = (row: number, column: number, rowOffset: number, columnOffset: number) => boolean;

function conditionTest(rule: FakeConditionalRule, sheet: FakeSheet, formulas: () => FormulaEngine): CellTest {
  const text = (row: number, column: number) => displayed(sheet.read(row, column).value).toLowerCase();
  const wanted = rule.condition.value.toLowerCase();
  switch (rule.condition.kind) {
    case 'textEqualTo':
      return (row, column) => text(row, column) === wanted;
    case 'textContains':
      return (row, column) => text(row, column).includes(wanted);
    case 'formula':
      // the rule is written for the range's first cell; each cell tests it moved by its offset
      return (row, column, rows, columns) => {
        const result = formulas().evaluate(shiftReferences(rule.condition.value, rows, columns), sheet, row, column);
        if ('problem' in result) throw result.problem;
        return result.value === true;
      };
  }
}

function displayed(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value instanceof Date ? value.toISOString() : String(value ?? '');
}

/** A rule's range, which the add-on writes in A1 notation (open ends run to the sheet's edge). */
function referenceArea(a1: string, sheet: FakeSheet): GridArea {
  return parseA1(a1, sheet.maxRows, sheet.maxColumns);
}

function styleOf(rule: FakeConditionalRule): CellStyle {
  return { background: rule.background, fontColor: rule.fontColor, bold: rule.bold };
}
