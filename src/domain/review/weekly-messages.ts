// Every word of the weekly review mail (週次レビュー), in both languages.
import type { Catalogue } from '../language';

export interface WeeklyMessages {
  readonly subject: (from: string, to: string, reported: number, resolved: number, late: number) => string;
  readonly intro: (from: string, to: string) => string;
  readonly figuresTitle: string;
  readonly figureHeaders: readonly [string, string, string];
  readonly figures: {
    readonly reported: string;
    readonly escalated: string;
    readonly resolved: string;
    readonly reportToAcknowledgement: string;
    readonly reportToResolution: string;
    readonly resolvedInTime: string;
  };
  readonly hours: (h: number) => string;
  readonly lateTitle: string;
  readonly lateLine: (id: string, level: string, step: string, hours: number, waiting: boolean) => string;
  readonly measuresTitle: string;
  readonly measureLine: (id: string, measure: string, owner: string, due: string) => string;
  readonly none: string;
  readonly more: (n: number) => string;
  readonly dashboardLink: string;
}

export const WEEKLY_MESSAGES: Catalogue<WeeklyMessages> = {
  ja: {
    subject: (from, to, reported, resolved, late) =>
      `【週次レビュー】${from}〜${to} 報告 ${reported}件・解決 ${resolved}件・遅れ ${late}件`,
    intro: (from, to) => `${from}〜${to} のエスカレーションの振り返りです（括弧内は前週）。`,
    figuresTitle: '■ 今週の数字',
    figureHeaders: ['指標', '今週', '前週'],
    figures: {
      reported: '報告件数',
      escalated: 'エスカレーション件数',
      resolved: '解決件数',
      reportToAcknowledgement: '報告→確認（中央値）',
      reportToResolution: '報告→解決（中央値）',
      resolvedInTime: '解決期限内の解決率',
    },
    hours: (h) => `${h}営業時間`,
    lateTitle: '■ 対応が間に合わなかったもの',
    lateLine: (id, level, step, hours, waiting) =>
      `${id}（${level}）${step}：${hours}営業時間${waiting ? '（未了）' : ''}`,
    measuresTitle: '■ 期限を過ぎた対策',
    measureLine: (id, measure, owner, due) => `${id}：${measure}（担当 ${owner || '未定'}、期限 ${due}）`,
    none: 'なし',
    more: (n) => `ほか ${n} 件`,
    dashboardLink: 'ダッシュボードを開く',
  },
  en: {
    subject: (from, to, reported, resolved, late) =>
      `[Weekly review] ${from} to ${to}: ${reported} reported, ${resolved} resolved, ${late} late`,
    intro: (from, to) => `The escalation review of ${from} to ${to} (the week before in brackets).`,
    figuresTitle: '■ This week',
    figureHeaders: ['Measure', 'This week', 'Week before'],
    figures: {
      reported: 'Reported',
      escalated: 'Escalated',
      resolved: 'Resolved',
      reportToAcknowledgement: 'Report → acknowledgement (median)',
      reportToResolution: 'Report → resolution (median)',
      resolvedInTime: 'Resolved within resolve-by',
    },
    hours: (h) => `${h} business h`,
    lateTitle: '■ Where it was late',
    lateLine: (id, level, step, hours, waiting) =>
      `${id} (${level}) ${step}: ${hours} business h${waiting ? ' (still waiting)' : ''}`,
    measuresTitle: '■ Measures past their due date',
    measureLine: (id, measure, owner, due) => `${id}: ${measure} (owner ${owner || 'none'}, due ${due})`,
    none: 'None',
    more: (n) => `${n} more`,
    dashboardLink: 'Open the dashboard',
  },
};
