// The words of the follow-up items in a digest (measures, effect checks, retrospectives, and what
// happened to a report), in both languages: the source articles' own terms (対策, 効果確認, 振り返り).
import type { Lang } from '../language';
import type { FollowUpKind } from './follow-up-items';

export interface FollowUpMessages {
  /** The heading above the follow-up items. */
  heading: string;
  /** What the item is, as its first line. */
  kind: Record<FollowUpKind, string>;
  /** In the subject: one part per kind with its count. */
  subjectPart(label: string, count: number): string;
  fields: {
    incident: string;
    measure: string;
    measureKind: string;
    owner: string;
    due: string;
    events: string;
    unreadable: string;
  };
  open: string;
}

export const FOLLOW_UP_MESSAGES: Readonly<Record<Lang, FollowUpMessages>> = {
  ja: {
    heading: 'フォローアップ（対策・効果確認・振り返り・報告の結果）',
    kind: {
      escalated: '対策の期限超過（上位者へ）',
      overdue: '対策の期限超過',
      unreadable: '対策の行に読めないセルがあります',
      effect: '効果確認の時期です',
      warn: '対策の期限が近づいています',
      retrospective: '振り返りが未記入です',
      feedback: '報告いただいた件の結果',
    },
    subjectPart: (label, count) => `${label} ${count}件`,
    fields: {
      incident: 'インシデント',
      measure: '対策内容',
      measureKind: '種別',
      owner: '担当者',
      due: '期限',
      events: '経過',
      unreadable: '読めない列',
    },
    open: 'シートで開く',
  },
  en: {
    heading: 'Follow-up (measures, effect checks, retrospectives, what happened to reports)',
    kind: {
      escalated: 'Measure overdue (to the managers)',
      overdue: 'Measure overdue',
      unreadable: 'A measure row has a cell that cannot be read',
      effect: 'The effect check is due',
      warn: 'A measure is due soon',
      retrospective: 'The retrospective is missing',
      feedback: 'What happened to your report',
    },
    subjectPart: (label, count) => `${label} ${count}`,
    fields: {
      incident: 'Incident',
      measure: 'Measure',
      measureKind: 'Kind',
      owner: 'Owner',
      due: 'Due',
      events: 'What happened',
      unreadable: 'Unreadable columns',
    },
    open: 'Open in the sheet',
  },
};

/** Short kind names for the subject line. */
export const FOLLOW_UP_SUBJECT_LABELS: Readonly<
  Record<Lang, Record<'measure' | 'effect' | 'retrospective' | 'feedback', string>>
> = {
  ja: { measure: '対策', effect: '効果確認', retrospective: '振り返り', feedback: '報告の結果' },
  en: { measure: 'Measures', effect: 'Effect checks', retrospective: 'Retrospectives', feedback: 'Report updates' },
};
