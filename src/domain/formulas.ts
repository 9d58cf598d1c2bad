// The pure logic behind =RISKLEVEL and =RISKDECISION: one value or whole ranges in, same shape out.
import { type CellInput, type CellRange, type CellValue, isBlank, isRange, shapeOf } from './cells';
import { FORMULA_MESSAGES } from './formula-messages';
import { type Axis, type ParsedGrade, parseGrade } from './grades';
import type { Lang } from './language';
import { type RiskLevel, parseRiskLevel, riskDecision, riskLevelLabel } from './risk-levels';
import { DEFAULT_MATRIX, type RiskMatrix, matrixFromLayout } from './risk-matrix';
import { normalizeKey, quoteValue } from './text';

/**
 * A bad cell inside a range shows this prefix and the message, so one typo does not turn a whole
 * column into #ERROR!; a single-cell call throws instead, and Sheets shows the message on hover.
 */
export const INVALID_MARKER = '⚠ ';

export type FormulaOutput = string | string[][];
type CellEvaluator = (a: CellValue, b: CellValue) => string;

export function riskLevelFormula(
  impact: CellInput,
  urgency: CellInput,
  matrix?: CellInput,
  language?: CellInput,
): FormulaOutput {
  const forced = parseLanguageOption(language);
  const table = isBlankInput(matrix) ? DEFAULT_MATRIX : matrixFromCells(matrix, forced);
  return mapPairs(impact, urgency, riskLevelEvaluator(table, forced), forced);
}

export function riskDecisionFormula(level: CellInput, language?: CellInput): FormulaOutput {
  const forced = parseLanguageOption(language);
  const evaluate: CellEvaluator = (value) => {
    if (isBlank(value)) return '';
    const parsed = parseRiskLevel(value);
    if (!parsed) return invalid(FORMULA_MESSAGES[forced ?? 'ja'].unknownLevel(quoteValue(value)));
    return riskDecision(parsed.level, forced ?? parsed.lang);
  };
  return mapPairs(level, '', evaluate, forced);
}

function riskLevelEvaluator(matrix: RiskMatrix, forced: Lang | null): CellEvaluator {
  const parse = memoizedGradeParser();
  return (impactValue, urgencyValue) => {
    const impact = parse(impactValue);
    const urgency = parse(urgencyValue);
    if (impact === BLANK || urgency === BLANK) return '';
    if (!impact || !urgency) {
      const context = forced ?? impact?.lang ?? urgency?.lang ?? 'ja';
      const [axis, value]: [Axis, CellValue] = impact ? ['urgency', urgencyValue] : ['impact', impactValue];
      return invalid(FORMULA_MESSAGES[context].unknownGrade(axis, quoteValue(value)));
    }
    const level = matrix[urgency.grade][impact.grade];
    return riskLevelLabel(level, forced ?? impact.lang ?? urgency.lang ?? 'ja');
  };
}

const BLANK = 'blank';

/**
 * Columns repeat a handful of spellings, so each distinct raw value is normalised once per call;
 * this cache is what keeps a 100,000-row range close to the cost of a bare table lookup.
 */
function memoizedGradeParser(): (value: CellValue) => ParsedGrade | typeof BLANK | null {
  const seen = new Map<CellValue, ParsedGrade | typeof BLANK | null>();
  return (value) => {
    let parsed = seen.get(value);
    if (parsed === undefined) {
      parsed = isBlank(value) ? BLANK : (parseGrade(value) ?? null);
      seen.set(value, parsed);
    }
    return parsed;
  };
}

/** Applies an evaluator to a pair of scalars, or element-wise to ranges (a scalar is broadcast). */
function mapPairs(a: CellInput, b: CellInput, evaluate: CellEvaluator, forced: Lang | null): FormulaOutput {
  if (!isRange(a) && !isRange(b)) return unwrapScalar(evaluate(a, b));
  if (isRange(a) && isRange(b) && shapeOf(a) !== shapeOf(b)) {
    throw new Error(FORMULA_MESSAGES[forced ?? 'ja'].shapeMismatch(shapeOf(a), shapeOf(b)));
  }
  const rangeA = isRange(a) ? a : null;
  const rangeB = isRange(b) ? b : null;
  const rows = (rangeA ?? rangeB) as CellRange;
  return rows.map((row, r) =>
    row.map((_, c) =>
      evaluate(
        rangeA ? (rangeA[r]?.[c] as CellValue) : (a as CellValue),
        rangeB ? (rangeB[r]?.[c] as CellValue) : (b as CellValue),
      ),
    ),
  );
}

function unwrapScalar(result: string): string {
  if (result.startsWith(INVALID_MARKER)) throw new Error(result.slice(INVALID_MARKER.length));
  return result;
}

function invalid(message: string): string {
  return INVALID_MARKER + message;
}

function isBlankInput(input: CellInput | undefined): boolean {
  if (input === undefined) return true;
  if (isRange(input)) return input.every((row) => row.every(isBlank));
  return isBlank(input);
}

// A Map, not an object literal: typed text such as "constructor" or "__proto__" must find nothing,
// where an object would hand back one of its built-in properties.
const LANGUAGE_OPTIONS: ReadonlyMap<string, Lang | null> = new Map([
  ['auto', null],
  ['ja', 'ja'],
  ['jp', 'ja'],
  ['japanese', 'ja'],
  ['日本語', 'ja'],
  ['en', 'en'],
  ['english', 'en'],
  ['英語', 'en'],
]);

/**
 * The optional last argument: "ja" or "en" forces the output language; blank or "auto" follows the
 * input. An unknown one is told in both languages, Japanese first: the argument was to say which.
 */
export function parseLanguageOption(input: CellInput | undefined): Lang | null {
  if (isBlankInput(input)) return null;
  const value = isRange(input) ? input[0]?.[0] : input;
  const option = LANGUAGE_OPTIONS.get(normalizeKey(String(value)));
  if (option !== undefined) return option;
  const quoted = quoteValue(value);
  throw new Error(`${FORMULA_MESSAGES.ja.unknownLanguage(quoted)} / ${FORMULA_MESSAGES.en.unknownLanguage(quoted)}`);
}

/** Reads a team's 3x3 matrix range (level names in either language) into a matrix. */
export function matrixFromCells(input: CellInput | undefined, forced: Lang | null): RiskMatrix {
  const cells = isRange(input) ? input : [[input]];
  const guess = cells.flat().map(parseRiskLevel).find(Boolean)?.lang;
  const messages = FORMULA_MESSAGES[forced ?? guess ?? 'ja'];
  if (cells.length !== 3 || cells.some((row) => row.length !== 3))
    throw new Error(messages.matrixShape(shapeOf(cells)));
  const levels: RiskLevel[][] = cells.map((row, r) =>
    row.map((value, c) => {
      const parsed = parseRiskLevel(value);
      if (!parsed) throw new Error(messages.matrixCell(r + 1, c + 1, quoteValue(value)));
      return parsed.level;
    }),
  );
  return matrixFromLayout(levels);
}
