// The history (時系列): every event of every incident, one row each, on one sheet for the whole
// document. It is the raw data of the PDCA review (docs/domain.md §7): the times of first report,
// first escalation, acknowledgement and resolution are recovered from it even after someone edits
// the incident row, so events are only ever appended, never rewritten.
import type { Lang } from '../language';
import { normalizeKey } from '../text';

export type HistoryKind =
  | 'reported'
  | 'escalated'
  | 'escalatedNow'
  | 'handedBack'
  | 'acknowledged'
  | 'instructed'
  | 'measureAdded'
  | 'measureDone'
  | 'effectChecked'
  | 'onHold'
  | 'resumed'
  | 'resolved'
  | 'confirmed'
  | 'retrospective'
  | 'closed'
  | 'reopened'
  | 'deadlineChanged'
  | 'stageChanged';

export const HISTORY_KINDS: readonly HistoryKind[] = [
  'reported',
  'escalated',
  'escalatedNow',
  'handedBack',
  'acknowledged',
  'instructed',
  'measureAdded',
  'measureDone',
  'effectChecked',
  'onHold',
  'resumed',
  'resolved',
  'confirmed',
  'retrospective',
  'closed',
  'reopened',
  'deadlineChanged',
  'stageChanged',
];

export interface HistoryEvent {
  readonly at: Date;
  /** The incident's ID. */
  readonly id: string;
  readonly kind: HistoryKind;
  /** Who did it (an email, or a name typed by hand); '' for the hourly run. */
  readonly by: string;
  /** The stage it concerns, where it concerns one (an escalation, an acknowledgement). */
  readonly stage?: 1 | 2 | 3;
  /** Free detail in the writer's language: to whom, the reason, the instruction, old → new. */
  readonly detail: string;
}

const KIND_LABELS: Readonly<Record<Lang, Readonly<Record<HistoryKind, string>>>> = {
  ja: {
    reported: '報告',
    escalated: 'エスカレーション',
    escalatedNow: '緊急エスカレーション',
    handedBack: '現場に差し戻し',
    acknowledged: '確認',
    instructed: '判断・指示',
    measureAdded: '対策を追加',
    measureDone: '対策を完了',
    effectChecked: '効果確認',
    onHold: '保留',
    resumed: '再開',
    resolved: '解決',
    confirmed: '解決を確認',
    retrospective: '振り返り',
    closed: '完了',
    reopened: '再オープン',
    deadlineChanged: '期限の変更',
    stageChanged: '段階の変更',
  },
  en: {
    reported: 'Reported',
    escalated: 'Escalated',
    escalatedNow: 'Escalated at once',
    handedBack: 'Handed back to the site',
    acknowledged: 'Acknowledged',
    instructed: 'Direction recorded',
    measureAdded: 'Measure added',
    measureDone: 'Measure done',
    effectChecked: 'Effect checked',
    onHold: 'On hold',
    resumed: 'Resumed',
    resolved: 'Resolved',
    confirmed: 'Resolution confirmed',
    retrospective: 'Retrospective',
    closed: 'Closed',
    reopened: 'Reopened',
    deadlineChanged: 'Deadline changed',
    stageChanged: 'Stage changed',
  },
};

export function historyKindLabel(kind: HistoryKind, lang: Lang): string {
  return KIND_LABELS[lang][kind];
}

const KIND_WORDS = new Map<string, HistoryKind>(
  HISTORY_KINDS.flatMap((kind) => [
    [normalizeKey(KIND_LABELS.ja[kind]), kind] as const,
    [normalizeKey(KIND_LABELS.en[kind]), kind] as const,
    [normalizeKey(kind), kind] as const,
  ]),
);

/** A kind as a person may have typed or translated it; undefined when it is none. */
export function parseHistoryKind(value: unknown): HistoryKind | undefined {
  return typeof value === 'string' ? KIND_WORDS.get(normalizeKey(value)) : undefined;
}

export const HISTORY_SHEET_NAMES: Readonly<Record<Lang, string>> = { ja: '履歴', en: 'History' };

/** The history sheet's columns, in order (the sheet is the add-on's own: read by position). */
export const HISTORY_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  ja: ['日時', 'ID', '出来事', '実施者', '段階', '詳細'],
  en: ['When', 'ID', 'Event', 'By', 'Stage', 'Detail'],
};
export const HISTORY_WIDTH = 6;

/** One sheet row, labels in the sheet's language; text is made literal by the adapter. */
export function historyRow(event: HistoryEvent, lang: Lang): unknown[] {
  return [event.at, event.id, historyKindLabel(event.kind, lang), event.by, event.stage ?? '', event.detail];
}

/** A sheet row read back; null for a row that is not an event (blank, or a note someone typed). */
export function historyEventOf(row: readonly unknown[]): HistoryEvent | null {
  const [at, id, kindCell, by, stage, detail] = row;
  const kind = parseHistoryKind(kindCell);
  if (!(at instanceof Date) || kind === undefined) return null;
  const idText = String(id ?? '').trim();
  if (idText === '') return null;
  const stageNumber = Number(stage);
  return {
    at,
    id: idText,
    kind,
    by: String(by ?? ''),
    ...(stageNumber === 1 || stageNumber === 2 || stageNumber === 3 ? { stage: stageNumber } : {}),
    detail: String(detail ?? ''),
  };
}
