// The custom functions Sheets calls from cells; thin wrappers over the pure formula logic.
import type { CellInput } from '../domain/cells';
import { type FormulaOutput, riskDecisionFormula, riskLevelFormula } from '../domain/formulas';

export function RISKLEVEL(
  impact: CellInput,
  urgency: CellInput,
  matrix?: CellInput,
  language?: CellInput,
): FormulaOutput {
  return riskLevelFormula(impact, urgency, matrix, language);
}

export function RISKDECISION(level: CellInput, language?: CellInput): FormulaOutput {
  return riskDecisionFormula(level, language);
}
