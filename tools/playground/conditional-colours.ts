// The colours the add-on's conditional format rules give each cell, worked out as Sheets does:
// rules in order, the first whose condition holds for a cell formats it.
import type { FakeConditionalRule } from '../fakes/builders';
import type { FakeSheet } from '../fakes/sheet';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { type FormulaContext, FormulaProblem, evaluateNode, referenceArea } from './formula-eval';
import { type FormulaNode, parseFormula } from './formula-parser';
import { toText } from './formula-values';

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
  customFunction: FormulaContext['customFunction'],
): SheetStyles {
  const styles: SheetStyles = { cells: {}, skippedRules: [] };
  const lastRow = sheet.lastRow();
  for (const rule of sheet.conditionalRules) {
    const test = conditionTest(rule, { spreadsheet, sheet, customFunction });
    for (const range of rule.ranges.filter((r) => r.sheetName === sheet.nameNow())) {
      const area = referenceArea(range.a1, sheet);
      const lastRuleRow = Math.min(area.row + area.numRows - 1, lastRow);
      for (let row = area.row; row <= lastRuleRow; row++) {
        for (let column = area.column; column < area.column + area.numColumns; column++) {
          const key = `${row}:${column}`;
          if (styles.cells[key]) continue;
          try {
            if (test(row, column, row - area.row, column - area.column)) styles.cells[key] = styleOf(rule);
          } catch (error) {
            if (!(error instanceof FormulaProblem)) throw error;
            styles.skippedRules.push(`${rule.condition.value}: ${error.message}`);
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

function conditionTest(rule: FakeConditionalRule, ctx: FormulaContext): CellTest {
  const text = (row: number, column: number) => toText(ctx.sheet.read(row, column).value as never).toLowerCase();
  const wanted = rule.condition.value.toLowerCase();
  switch (rule.condition.kind) {
    case 'textEqualTo':
      return (row, column) => text(row, column) === wanted;
    case 'textContains':
      return (row, column) => text(row, column).includes(wanted);
    case 'formula': {
      let tree: FormulaNode;
      try {
        tree = parseFormula(rule.condition.value);
      } catch (error) {
        return () => {
          throw new FormulaProblem('#UNSUPPORTED!', (error as Error).message);
        };
      }
      return (_row, _column, rows, columns) => evaluateNode(tree, { ...ctx, shift: { rows, columns } }) === true;
    }
  }
}

function styleOf(rule: FakeConditionalRule): CellStyle {
  return { background: rule.background, fontColor: rule.fontColor, bold: rule.bold };
}
