// Evaluates a parsed formula against the fake workbook: the add-on's custom functions run in the
// bundle; a handful of logical built-ins run here; anything else is reported as unsupported.
import { type GridArea, parseA1 } from '../fakes/a1';
import type { FakeSheet } from '../fakes/sheet';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { type FormulaValue, FormulaProblem, type Scalar, compareValues, toNumber, toText } from './formula-values';

export { FormulaProblem, type FormulaValue, type Scalar } from './formula-values';
import type { FormulaNode } from './formula-parser';
import { errorMessage } from './messages';

export interface FormulaContext {
  spreadsheet: FakeSpreadsheet;
  sheet: FakeSheet;
  /** The add-on's function of that name (upper case), if the bundle declares one. */
  customFunction(name: string): ((...args: unknown[]) => unknown) | null;
  /** Conditional format rules shift relative references by the cell's offset in the range. */
  shift?: { rows: number; columns: number };
}

export function evaluateNode(node: FormulaNode, ctx: FormulaContext): FormulaValue {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value;
    case 'ref':
      return readReference(node.sheet, node.a1, ctx);
    case 'unary':
      return node.op === '-' ? -toNumber(scalarOf(evaluateNode(node.operand, ctx))) : evaluateNode(node.operand, ctx);
    case 'binary':
      return binary(node.op, scalarOf(evaluateNode(node.left, ctx)), scalarOf(evaluateNode(node.right, ctx)));
    case 'call':
      return call(node.name, node.args, ctx);
  }
}

function scalarOf(value: FormulaValue): Scalar {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && value[0]?.length === 1) return value[0][0] as Scalar;
  throw new FormulaProblem(
    '#UNSUPPORTED!',
    'A range inside an operator needs ARRAYFORMULA, which the playground does not evaluate.',
  );
}

function binary(op: string, left: Scalar, right: Scalar): Scalar {
  switch (op) {
    case '&':
      return toText(left) + toText(right);
    case '+':
      return toNumber(left) + toNumber(right);
    case '-':
      return toNumber(left) - toNumber(right);
    case '*':
      return toNumber(left) * toNumber(right);
    case '/': {
      const divisor = toNumber(right);
      if (divisor === 0) throw new FormulaProblem('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.');
      return toNumber(left) / divisor;
    }
    default:
      return compare(op, compareValues(left, right));
  }
}

function compare(op: string, order: number): boolean {
  const answers: Record<string, boolean> = {
    '=': order === 0,
    '<>': order !== 0,
    '<': order < 0,
    '>': order > 0,
    '<=': order <= 0,
    '>=': order >= 0,
  };
  return answers[op] as boolean;
}

const isBlankValue = (value: Scalar) => value === '';

function call(name: string, args: FormulaNode[], ctx: FormulaContext): FormulaValue {
  const custom = ctx.customFunction(name);
  if (custom)
    return callCustomFunction(
      name,
      custom,
      args.map((arg) => evaluateNode(arg, ctx)),
    );
  const all = () => args.map((arg) => scalarOf(evaluateNode(arg, ctx)));
  switch (name) {
    case 'AND':
      return all().every((v) => truthy(v));
    case 'OR':
      return all().some((v) => truthy(v));
    case 'NOT':
      return !truthy(all()[0] ?? false);
    case 'ISBLANK':
      return isBlankValue(scalarOf(evaluateNode(args[0] ?? { kind: 'string', value: '' }, ctx)));
    case 'IF': {
      const test = truthy(scalarOf(evaluateNode(args[0] ?? { kind: 'boolean', value: false }, ctx)));
      const branch = args[test ? 1 : 2];
      return branch ? evaluateNode(branch, ctx) : test;
    }
  }
  throw new FormulaProblem('#UNSUPPORTED!', `${name} is not evaluated in the playground (Sheets would compute it).`);
}

function truthy(value: Scalar): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === '') return false;
  if (typeof value === 'string') {
    if (/^(true|false)$/i.test(value)) return value.toUpperCase() === 'TRUE';
    throw new FormulaProblem('#VALUE!', `Expected a TRUE or FALSE value, but "${value}" is text.`);
  }
  return true;
}

/** A custom function gets a value for one cell, a 2-D array for a range, and may return either. */
function callCustomFunction(name: string, fn: (...args: unknown[]) => unknown, args: FormulaValue[]): FormulaValue {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    throw new FormulaProblem('#ERROR!', errorMessage(error));
  }
  if (Array.isArray(result)) {
    const rows = result.map((row: unknown) => (Array.isArray(row) ? row : [row]).map(cellResult));
    if (rows.length === 0 || rows[0]?.length === 0)
      throw new FormulaProblem('#ERROR!', `${name} returned an empty array.`);
    return rows;
  }
  return cellResult(result);
}

function cellResult(value: unknown): Scalar {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  throw new FormulaProblem('#ERROR!', 'The custom function returned a value a cell cannot hold.');
}

function readReference(sheetName: string | null, a1: string, ctx: FormulaContext): FormulaValue {
  const sheet = sheetName === null ? ctx.sheet : ctx.spreadsheet.sheet(sheetName);
  if (!sheet) throw new FormulaProblem('#REF!', `Unresolved sheet name '${sheetName}'.`);
  const area = shiftArea(referenceArea(a1, sheet), a1, ctx.shift);
  if (area.numRows === 1 && area.numColumns === 1) return sheet.read(area.row, area.column).value as Scalar;
  return Array.from({ length: area.numRows }, (_, r) =>
    Array.from({ length: area.numColumns }, (_, c) => sheet.read(area.row + r, area.column + c).value as Scalar),
  );
}

export function referenceArea(a1: string, sheet: FakeSheet): GridArea {
  try {
    const area = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    if (area.row >= 1 && area.column >= 1 && area.numRows >= 1 && area.numColumns >= 1) return area;
  } catch {
    // reported below, in the formula's terms
  }
  throw new FormulaProblem('#REF!', `Not a cell reference: ${a1}`);
}

/** Moves the parts of a reference not pinned with '$' (only conditional format rules do this). */
function shiftArea(area: GridArea, a1: string, shift: FormulaContext['shift']): GridArea {
  if (!shift) return area;
  const pinnedColumn = /^\$/.test(a1);
  const pinnedRow = /^\$?[A-Z]+\$/.test(a1);
  return {
    ...area,
    row: area.row + (pinnedRow ? 0 : shift.rows),
    column: area.column + (pinnedColumn ? 0 : shift.columns),
  };
}
