// Statuses and risk categories (docs/domain.md §6): their names in both languages, read from either.
import type { Lang } from './language';
import { normalizeKey } from './text';

export type Status = 'open' | 'inProgress' | 'onHold' | 'resolved' | 'closed';
export type Category = 'strategic' | 'financial' | 'operational' | 'legal' | 'people' | 'technical';

export const STATUSES: readonly Status[] = ['open', 'inProgress', 'onHold', 'resolved', 'closed'];
export const CATEGORIES: readonly Category[] = [
  'strategic',
  'financial',
  'operational',
  'legal',
  'people',
  'technical',
];

const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  ja: { open: '未対応', inProgress: '対応中', onHold: '保留', resolved: '解決済み', closed: '完了' },
  en: { open: 'Open', inProgress: 'In progress', onHold: 'On hold', resolved: 'Resolved', closed: 'Closed' },
};

const CATEGORY_LABELS: Record<Lang, Record<Category, string>> = {
  ja: {
    strategic: '戦略的リスク',
    financial: '財務リスク',
    operational: '運用リスク',
    legal: '規制・法務リスク',
    people: '人的リスク',
    technical: '技術的リスク',
  },
  en: {
    strategic: 'Strategic',
    financial: 'Financial',
    operational: 'Operational',
    legal: 'Regulatory / legal',
    people: 'People',
    technical: 'Technical',
  },
};

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS_LABELS[lang][status];
}

export function categoryLabel(category: Category, lang: Lang): string {
  return CATEGORY_LABELS[lang][category];
}

/** Resolved and closed incidents are finished: never mailed, never escalated. */
export function isFinished(status: Status): boolean {
  return status === 'resolved' || status === 'closed';
}

function lookup<T extends string>(labels: Record<Lang, Record<T, string>>, extra: Record<string, T>): Map<string, T> {
  const table = new Map<string, T>();
  for (const lang of ['ja', 'en'] as const) {
    for (const [key, label] of Object.entries(labels[lang]) as [T, string][]) {
      table.set(normalizeKey(label), key);
      table.set(normalizeKey(key), key);
    }
  }
  for (const [word, key] of Object.entries(extra)) table.set(normalizeKey(word), key);
  return table;
}

const STATUS_WORDS = lookup(STATUS_LABELS, {
  'in progress': 'inProgress',
  'on hold': 'onHold',
  解決: 'resolved',
  クローズ: 'closed',
  done: 'closed',
});
const CATEGORY_WORDS = lookup(CATEGORY_LABELS, {
  戦略: 'strategic',
  財務: 'financial',
  運用: 'operational',
  規制: 'legal',
  法務: 'legal',
  人的: 'people',
  技術: 'technical',
  strategy: 'strategic',
  finance: 'financial',
  operations: 'operational',
  regulatory: 'legal',
  legal: 'legal',
  technology: 'technical',
});

/** A blank status reads as open: rows typed straight into the sheet often leave it empty. */
export function parseStatus(value: unknown): Status | undefined {
  if (value === '' || value === null || value === undefined) return 'open';
  return typeof value === 'string' ? STATUS_WORDS.get(normalizeKey(value)) : undefined;
}

export function parseCategory(value: unknown): Category | undefined {
  return typeof value === 'string' ? CATEGORY_WORDS.get(normalizeKey(value)) : undefined;
}
