import { describe, expect, it } from 'vitest';
import { type Grade, parseGrade } from '../../src/domain/grades';
import {
  RISK_LEVELS,
  isHighRisk,
  parseRiskLevel,
  riskDecision,
  riskLevelLabel,
  severityRank,
} from '../../src/domain/risk-levels';
import { DEFAULT_MATRIX, matrixFromLayout, matrixLayout, riskLevel } from '../../src/domain/risk-matrix';

// docs/domain.md §2, written out cell by cell: [urgency, impact, level].
const ARTICLE_MATRIX: [Grade, Grade, string][] = [
  ['high', 'low', '中リスク'],
  ['high', 'medium', '高リスク'],
  ['high', 'high', '非常に高リスク'],
  ['medium', 'low', '低リスク'],
  ['medium', 'medium', '中リスク'],
  ['medium', 'high', '高リスク'],
  ['low', 'low', '低リスク'],
  ['low', 'medium', '低リスク'],
  ['low', 'high', '中リスク'],
];

describe('the default matrix', () => {
  it.each(ARTICLE_MATRIX)('urgency %s × impact %s → %s', (urgency, impact, label) => {
    expect(riskLevelLabel(riskLevel(impact, urgency), 'ja')).toBe(label);
  });

  it('round-trips through the article layout', () => {
    expect(matrixFromLayout(matrixLayout(DEFAULT_MATRIX))).toEqual(DEFAULT_MATRIX);
    expect(matrixLayout(DEFAULT_MATRIX)).toEqual([
      ['medium', 'high', 'veryHigh'],
      ['low', 'medium', 'high'],
      ['low', 'low', 'medium'],
    ]);
  });

  it('gives the same level for every spelling of the same grades', () => {
    const spellings: Record<Grade, unknown[]> = {
      high: ['高', '高影響度', '高緊急度', 'High', 'H', 3, '３'],
      medium: ['中', '中影響度', '中緊急度', 'medium', 'M', 2, '２'],
      low: ['低', '低影響度', '低緊急度', 'LOW', 'l', 1, '１'],
    };
    for (const [urgency, impact] of ARTICLE_MATRIX.map(([u, i]) => [u, i] as const)) {
      for (const u of spellings[urgency]) {
        for (const i of spellings[impact]) {
          const pu = parseGrade(u);
          const pi = parseGrade(i);
          expect(pu && pi && riskLevel(pi.grade, pu.grade)).toBe(riskLevel(impact, urgency));
        }
      }
    }
  });
});

describe('risk levels', () => {
  it('names the four levels in both languages, worst first', () => {
    expect(RISK_LEVELS.map((l) => riskLevelLabel(l, 'ja'))).toEqual([
      '非常に高リスク',
      '高リスク',
      '中リスク',
      '低リスク',
    ]);
    expect(RISK_LEVELS.map((l) => riskLevelLabel(l, 'en'))).toEqual(['Very high', 'High', 'Medium', 'Low']);
    expect(RISK_LEVELS.map(severityRank)).toEqual([0, 1, 2, 3]);
  });

  it('treats only High and Very high as high risk', () => {
    expect(RISK_LEVELS.filter(isHighRisk)).toEqual(['veryHigh', 'high']);
  });

  it('reads level names in either language', () => {
    expect(parseRiskLevel('非常に高リスク')).toEqual({ level: 'veryHigh', lang: 'ja' });
    expect(parseRiskLevel(' 高リスク ')).toEqual({ level: 'high', lang: 'ja' });
    expect(parseRiskLevel('中')).toEqual({ level: 'medium', lang: 'ja' });
    expect(parseRiskLevel('very high')).toEqual({ level: 'veryHigh', lang: 'en' });
    expect(parseRiskLevel('Very-High')).toEqual({ level: 'veryHigh', lang: 'en' });
    expect(parseRiskLevel('LOW RISK')).toEqual({ level: 'low', lang: 'en' });
    expect(parseRiskLevel('extreme')).toBeUndefined();
    expect(parseRiskLevel(3)).toBeUndefined();
  });

  it('gives the article decision text for each level', () => {
    expect(riskDecision('veryHigh', 'ja')).toContain('即座にエスカレーションが必要');
    expect(riskDecision('high', 'ja')).toContain('早急なエスカレーション');
    expect(riskDecision('medium', 'ja')).toContain('現場対応を優先');
    expect(riskDecision('low', 'ja')).toBe('通常は現場レベルで対応');
    expect(riskDecision('veryHigh', 'en')).toMatch(/^Escalate immediately/);
    expect(riskDecision('low', 'en')).toMatch(/^Handle on site/);
  });
});
