// The measures sheet (対策 / Measures): one row per measure the superior directed (step 4) and the
// follow-up checks (step 5), keyed by the incident's ID. People add and edit rows by hand as well as
// through the sidebar, so columns are found by header, in either language, like the incidents sheet's.
import type { Lang } from '../language';
import { headerPositions, headerWords, normalizeKey } from '../text';

export const MEASURE_COLUMNS = {
  incidentId: { ja: 'インシデントID', en: 'Incident ID' },
  measure: { ja: '対策内容', en: 'Measure' },
  kind: { ja: '種別', en: 'Kind' },
  owner: { ja: '担当者', en: 'Owner' },
  dueAt: { ja: '期限', en: 'Due' },
  status: { ja: 'ステータス', en: 'Status' },
  doneAt: { ja: '完了日', en: 'Done on' },
  effectResult: { ja: '効果確認の結果', en: 'Effect check: result' },
  effectCheckedAt: { ja: '効果確認日', en: 'Effect check: date' },
  effectCheckedBy: { ja: '効果確認者', en: 'Effect check: by' },
  notifications: { ja: '通知記録', en: 'Notifications' },
} as const;

export type MeasureColumn = keyof typeof MEASURE_COLUMNS;
export const MEASURE_COLUMN_KEYS = Object.keys(MEASURE_COLUMNS) as MeasureColumn[];
export const MEASURE_SHEET_NAMES: Readonly<Record<Lang, string>> = { ja: '対策', en: 'Measures' };

/** 暫定対応 interim, 恒久対策 permanent, 再発防止 prevention, 横展開 roll-out to similar cases. */
export type MeasureKind = 'interim' | 'permanent' | 'prevention' | 'rollOut';
export const MEASURE_KINDS: readonly MeasureKind[] = ['interim', 'permanent', 'prevention', 'rollOut'];
export type MeasureStatus = 'todo' | 'doing' | 'done' | 'dropped';
export const MEASURE_STATUSES: readonly MeasureStatus[] = ['todo', 'doing', 'done', 'dropped'];

const KIND_LABELS: Readonly<Record<Lang, Readonly<Record<MeasureKind, string>>>> = {
  ja: { interim: '暫定対応', permanent: '恒久対策', prevention: '再発防止', rollOut: '横展開' },
  en: { interim: 'Interim', permanent: 'Permanent', prevention: 'Prevention', rollOut: 'Roll-out' },
};
const STATUS_LABELS: Readonly<Record<Lang, Readonly<Record<MeasureStatus, string>>>> = {
  ja: { todo: '未着手', doing: '実施中', done: '完了', dropped: '中止' },
  en: { todo: 'To do', doing: 'In progress', done: 'Done', dropped: 'Dropped' },
};

export function measureKindLabel(kind: MeasureKind, lang: Lang): string {
  return KIND_LABELS[lang][kind];
}

export function measureStatusLabel(status: MeasureStatus, lang: Lang): string {
  return STATUS_LABELS[lang][status];
}

function words<T extends string>(labels: Readonly<Record<Lang, Readonly<Record<T, string>>>>, extra: [string, T][]) {
  const table = new Map<string, T>(extra.map(([w, k]) => [normalizeKey(w), k]));
  for (const lang of ['ja', 'en'] as const)
    for (const [key, label] of Object.entries(labels[lang]) as [T, string][]) {
      table.set(normalizeKey(label), key);
      table.set(normalizeKey(key), key);
    }
  return table;
}

const KIND_WORDS = words(KIND_LABELS, [
  ['暫定', 'interim'],
  ['恒久', 'permanent'],
  ['再発防止策', 'prevention'],
  ['roll out', 'rollOut'],
]);
const STATUS_WORDS = words(STATUS_LABELS, [
  ['対応中', 'doing'],
  ['済', 'done'],
  ['完了済み', 'done'],
  ['未対応', 'todo'],
  ['open', 'todo'],
  ['in progress', 'doing'],
  ['closed', 'done'],
]);

/** Either language's word (or the code word); undefined when it is none of them. */
export function parseMeasureKind(value: unknown): MeasureKind | undefined {
  return typeof value === 'string' ? KIND_WORDS.get(normalizeKey(value)) : undefined;
}

export function parseMeasureStatus(value: unknown): MeasureStatus | undefined {
  return typeof value === 'string' ? STATUS_WORDS.get(normalizeKey(value)) : undefined;
}

const HEADER_WORDS = headerWords(MEASURE_COLUMNS);

export type MeasurePositions = Partial<Record<MeasureColumn, number>>;

export function measurePositions(headerRow: readonly unknown[]): MeasurePositions {
  return headerPositions(headerRow, HEADER_WORDS);
}

export function measureHeaders(lang: Lang): string[] {
  return MEASURE_COLUMN_KEYS.map((key) => MEASURE_COLUMNS[key][lang]);
}
