// The four risk levels, their names in both languages, and what each means for escalation (§2–3).
import type { Lang } from './language';
import { normalizeKey } from './text';

export type RiskLevel = 'veryHigh' | 'high' | 'medium' | 'low';

/** Worst first: the order digests, quotas and dropdowns use. */
export const RISK_LEVELS: readonly RiskLevel[] = ['veryHigh', 'high', 'medium', 'low'];

const LABELS: Record<Lang, Record<RiskLevel, string>> = {
  ja: { veryHigh: '非常に高リスク', high: '高リスク', medium: '中リスク', low: '低リスク' },
  en: { veryHigh: 'Very high', high: 'High', medium: 'Medium', low: 'Low' },
};

// The 判断基準 wording is the article's own; the English follows docs/domain.md §3.
const DECISIONS: Record<Lang, Record<RiskLevel, string>> = {
  ja: {
    veryHigh: '即座にエスカレーションが必要。上位管理者に報告し、リソースを集中させて緩和策を迅速に講じる',
    high: '早急なエスカレーションが必要。上位管理者への報告と共に緊急対応策を検討・実行',
    medium: 'エスカレーションの必要性を慎重に検討。現場対応を優先し、悪化の兆候があれば報告',
    low: '通常は現場レベルで対応',
  },
  en: {
    veryHigh: 'Escalate immediately: report to senior management and concentrate resources on mitigation',
    high: 'Escalate promptly: report to management and carry out an emergency response',
    medium: 'Consider escalating: handle on site first, report if it shows signs of getting worse',
    low: 'Handle on site; escalation usually not needed',
  },
};

export function riskLevelLabel(level: RiskLevel, lang: Lang): string {
  return LABELS[lang][level];
}

export function riskDecision(level: RiskLevel, lang: Lang): string {
  return DECISIONS[lang][level];
}

/** "High-risk rows" in this product are the levels High and Very high. */
export function isHighRisk(level: RiskLevel): boolean {
  return level === 'veryHigh' || level === 'high';
}

/** 0 for the worst level; sort ascending to list the most severe first. */
export function severityRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export interface ParsedRiskLevel {
  readonly level: RiskLevel;
  readonly lang: Lang;
}

function levelSpellings(): Map<string, ParsedRiskLevel> {
  const table = new Map<string, ParsedRiskLevel>();
  for (const level of RISK_LEVELS) {
    const ja = LABELS.ja[level];
    const en = LABELS.en[level];
    for (const word of [ja, ja.replace(/リスク$/, '')]) table.set(normalizeKey(word), { level, lang: 'ja' });
    for (const word of [en, `${en} risk`, en.replace(' ', '-'), en.replace(' ', '')]) {
      table.set(normalizeKey(word), { level, lang: 'en' });
    }
  }
  return table;
}

const LEVEL_SPELLINGS = levelSpellings();

/** Reads a level name in either language (`非常に高リスク`, `非常に高`, `Very high`, `very high risk`). */
export function parseRiskLevel(value: unknown): ParsedRiskLevel | undefined {
  if (typeof value !== 'string') return undefined;
  return LEVEL_SPELLINGS.get(value) ?? LEVEL_SPELLINGS.get(normalizeKey(value));
}
