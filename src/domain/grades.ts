// Impact (影響度) and urgency (緊急度) grades, read from every spelling people type (docs/domain.md §1).
import type { Lang } from './language';
import { normalizeKey } from './text';

export type Grade = 'high' | 'medium' | 'low';
export type Axis = 'impact' | 'urgency';
export const GRADES: readonly Grade[] = ['high', 'medium', 'low'];

/** `lang` is null for spellings that belong to no language (3/2/1), so output falls back to a default. */
export interface ParsedGrade {
  readonly grade: Grade;
  readonly lang: Lang | null;
}

function spellings(): Map<string, ParsedGrade> {
  const table = new Map<string, ParsedGrade>();
  const add = (grade: Grade, lang: Lang | null, words: string[]) => {
    for (const word of words) table.set(normalizeKey(word), { grade, lang });
  };
  // The article labels urgency grades 高影響度… in one list, so both suffixes are accepted on both axes.
  add('high', 'ja', ['高', '高影響度', '高緊急度']);
  add('medium', 'ja', ['中', '中影響度', '中緊急度']);
  add('low', 'ja', ['低', '低影響度', '低緊急度']);
  add('high', 'en', ['high', 'h']);
  add('medium', 'en', ['medium', 'med', 'm']);
  add('low', 'en', ['low', 'l']);
  add('high', null, ['3']);
  add('medium', null, ['2']);
  add('low', null, ['1']);
  return table;
}

const SPELLINGS = spellings();
// Maps, as every table read with what people type: an object would answer for its built-in keys.
const BY_NUMBER: ReadonlyMap<number, ParsedGrade> = new Map([
  [3, { grade: 'high', lang: null }],
  [2, { grade: 'medium', lang: null }],
  [1, { grade: 'low', lang: null }],
]);

/** Reads one grade; undefined when the value is no known spelling. */
export function parseGrade(value: unknown): ParsedGrade | undefined {
  if (typeof value === 'number') return BY_NUMBER.get(value);
  if (typeof value !== 'string') return undefined;
  return SPELLINGS.get(value) ?? SPELLINGS.get(normalizeKey(value));
}

/** The canonical label written into a sheet cell or a dropdown. */
export function gradeLabel(grade: Grade, lang: Lang): string {
  const labels: Record<Lang, Record<Grade, string>> = {
    ja: { high: '高', medium: '中', low: '低' },
    en: { high: 'High', medium: 'Medium', low: 'Low' },
  };
  return labels[lang][grade];
}
