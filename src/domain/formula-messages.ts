// Every message the custom functions show, in both languages (a missing one is a compile error).
import type { Axis } from './grades';
import type { Catalogue } from './language';

export interface FormulaMessages {
  unknownGrade(axis: Axis, value: string): string;
  unknownLevel(value: string): string;
  matrixShape(shape: string): string;
  matrixCell(row: number, column: number, value: string): string;
  shapeMismatch(impactShape: string, urgencyShape: string): string;
  unknownLanguage(value: string): string;
}

const AXIS_JA: Record<Axis, string> = { impact: '影響度', urgency: '緊急度' };
const AXIS_EN: Record<Axis, string> = { impact: 'impact', urgency: 'urgency' };
const LEVELS_JA = '非常に高リスク・高リスク・中リスク・低リスク（Very high/High/Medium/Low も可）';
const LEVELS_EN = 'Very high, High, Medium or Low (or 非常に高リスク/高リスク/中リスク/低リスク)';

export const FORMULA_MESSAGES: Catalogue<FormulaMessages> = {
  ja: {
    unknownGrade: (axis, value) =>
      `${AXIS_JA[axis]}「${value}」は読み取れません。高・中・低で入力してください（高${AXIS_JA[axis]}、High/Medium/Low、H/M/L、3/2/1 も使えます）。`,
    unknownLevel: (value) => `リスクレベル「${value}」は読み取れません。${LEVELS_JA}のいずれかを指定してください。`,
    matrixShape: (shape) =>
      `マトリクスは3行3列の範囲で指定してください（指定された範囲は${shape}）。行は緊急度 高→低、列は影響度 低→高の順です。`,
    matrixCell: (row, column, value) =>
      `マトリクスの${row}行${column}列目「${value}」は読み取れません。${LEVELS_JA}のいずれかを入力してください。`,
    shapeMismatch: (impactShape, urgencyShape) =>
      `影響度（${impactShape}）と緊急度（${urgencyShape}）の範囲は同じ大きさにしてください。`,
    unknownLanguage: (value) => `言語「${value}」は指定できません。"ja" または "en" を指定してください。`,
  },
  en: {
    unknownGrade: (axis, value) =>
      `Cannot read ${AXIS_EN[axis]} "${value}". Enter High, Medium or Low (also H/M/L, 3/2/1, 高/中/低).`,
    unknownLevel: (value) => `Cannot read risk level "${value}". Use ${LEVELS_EN}.`,
    matrixShape: (shape) =>
      `The matrix must be a 3x3 range (got ${shape}): rows urgency high→low, columns impact low→high.`,
    matrixCell: (row, column, value) =>
      `Matrix cell at row ${row}, column ${column} ("${value}") is not a risk level. Use ${LEVELS_EN}.`,
    shapeMismatch: (impactShape, urgencyShape) =>
      `The impact range (${impactShape}) and the urgency range (${urgencyShape}) must be the same size.`,
    unknownLanguage: (value) => `Unknown language "${value}". Use "ja" or "en".`,
  },
};
