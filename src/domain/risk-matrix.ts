// The 3x3 matrix (緊急度 × 影響度 → リスク) of docs/domain.md §2, and a team's own replacement.
import { type Grade, parseGrade } from './grades';
import type { Lang } from './language';
import { type RiskLevel, riskLevelLabel } from './risk-levels';

/** Row = urgency, column = impact, as in the article. */
export type RiskMatrix = Readonly<Record<Grade, Readonly<Record<Grade, RiskLevel>>>>;

export const DEFAULT_MATRIX: RiskMatrix = {
  high: { low: 'medium', medium: 'high', high: 'veryHigh' },
  medium: { low: 'low', medium: 'medium', high: 'high' },
  low: { low: 'low', medium: 'low', high: 'medium' },
};

/** The article's layout of a matrix range: rows urgency high→low, columns impact low→high. */
export const MATRIX_ROW_URGENCY: readonly Grade[] = ['high', 'medium', 'low'];
export const MATRIX_COLUMN_IMPACT: readonly Grade[] = ['low', 'medium', 'high'];

export function riskLevel(impact: Grade, urgency: Grade, matrix: RiskMatrix = DEFAULT_MATRIX): RiskLevel {
  return matrix[urgency][impact];
}

/** Builds a matrix from nine levels laid out as the article's table. */
export function matrixFromLayout(levels: readonly (readonly RiskLevel[])[]): RiskMatrix {
  const row = (urgencyIndex: number): Record<Grade, RiskLevel> => {
    const cells = levels[urgencyIndex] ?? [];
    const at = (i: number): RiskLevel => cells[i] ?? 'low';
    return { low: at(0), medium: at(1), high: at(2) };
  };
  return { high: row(0), medium: row(1), low: row(2) };
}

/** The inverse of matrixFromLayout: what a settings sheet shows. */
export function matrixLayout(matrix: RiskMatrix): RiskLevel[][] {
  return MATRIX_ROW_URGENCY.map((urgency) => MATRIX_COLUMN_IMPACT.map((impact) => matrix[urgency][impact]));
}

/** The level's label for two typed grades, or '' when either cannot be read. */
export function levelLabelOf(impact: unknown, urgency: unknown, matrix: RiskMatrix, lang: Lang): string {
  const i = parseGrade(impact);
  const u = parseGrade(urgency);
  return i && u ? riskLevelLabel(riskLevel(i.grade, u.grade, matrix), lang) : '';
}
