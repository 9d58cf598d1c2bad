// Every word of the dashboard sheet, in both languages (the article's own words in Japanese).
import type { Catalogue } from '../language';
import type { LateStep } from './late';

export interface DashboardMessages {
  readonly sheetName: string;
  readonly title: string;
  readonly refreshedAt: string;
  readonly openRisk: string;
  readonly matrixCorner: string;
  readonly level: string;
  readonly status: string;
  readonly count: string;
  readonly overdueTitle: string;
  readonly overdueHeaders: readonly string[];
  readonly deadlines: { readonly respondBy: string; readonly resolveBy: string };
  readonly speedTitle: string;
  readonly speedHeaders: readonly string[];
  readonly steps: {
    readonly occurrenceToReport: string;
    readonly reportToEscalation: string;
    readonly reportToAcknowledgement: string;
    readonly reportToResolution: string;
    readonly resolvedInTime: string;
    readonly escalated: string;
  };
  readonly mediansTitle: string;
  readonly lateTitle: string;
  readonly lateHeaders: readonly string[];
  readonly lateSteps: Readonly<Record<LateStep, string>>;
  readonly stillWaiting: string;
  readonly frequencyTitle: string;
  readonly noCategory: string;
  readonly recurrenceTitle: (days: number) => string;
  readonly recurrenceHeaders: readonly string[];
  readonly basis: { readonly customer: string; readonly summary: string };
  readonly notCounted: string;
  readonly countedAt: (when: string) => string;
  readonly nothing: string;
  readonly more: (n: number) => string;
}

export const DASHBOARD_MESSAGES: Catalogue<DashboardMessages> = {
  ja: {
    sheetName: 'ダッシュボード',
    title: 'エスカレーション ダッシュボード',
    refreshedAt: '最終更新',
    openRisk: '■ 未解決のリスク（現在）',
    matrixCorner: '緊急度＼影響度',
    level: 'リスクレベル',
    status: 'ステータス',
    count: '件数',
    overdueTitle: '■ 期限を過ぎたインシデント（重い順）',
    overdueHeaders: ['ID', 'リスクレベル', '過ぎた期限', '超過（営業時間）'],
    deadlines: { respondBy: '初動期限', resolveBy: '解決期限' },
    speedTitle: '■ エスカレーションの速さ（営業時間。直近4週間と、その前の4週間）',
    speedHeaders: ['リスクレベル', '指標', '直近 中央値', '直近 90%', '前 中央値', '前 90%', '直近 件数', '前 件数'],
    steps: {
      occurrenceToReport: '発生→報告（報告の遅れ）',
      reportToEscalation: '報告→初回エスカレーション',
      reportToAcknowledgement: '報告→確認',
      reportToResolution: '報告→解決',
      resolvedInTime: '解決期限内の解決率',
      escalated: 'エスカレーション率',
    },
    mediansTitle: '■ 中央値（直近4週間、営業時間）',
    lateTitle: '■ 対応が間に合わなかったインシデント（直近8週間）',
    lateHeaders: ['ID', 'リスクレベル', '遅れた段階', '遅れ（営業時間）', '状況'],
    lateSteps: { reported: '報告が遅れた', acknowledged: '確認が遅れた', resolved: '解決が遅れた' },
    stillWaiting: '未了',
    frequencyTitle: '■ 発生頻度（月別・リスクの種類別）',
    noCategory: '（未分類）',
    recurrenceTitle: (days) => `■ 再発（${days}日以内に同じ顧客、または同じ種類・似た概要）`,
    recurrenceHeaders: ['ID', '以前のID', '根拠', '間隔（日）'],
    basis: { customer: '同じ顧客・案件', summary: '同じ種類・似た概要' },
    notCounted: 'メニューの「ダッシュボードを更新」で集計します',
    countedAt: (when) => `集計：${when}（メニューの「ダッシュボードを更新」で再集計）`,
    nothing: 'なし',
    more: (n) => `ほか ${n} 件`,
  },
  en: {
    sheetName: 'Dashboard',
    title: 'Escalation dashboard',
    refreshedAt: 'Last refreshed',
    openRisk: '■ Open risk now',
    matrixCorner: 'Urgency \\ Impact',
    level: 'Risk level',
    status: 'Status',
    count: 'Count',
    overdueTitle: '■ Overdue incidents (worst first)',
    overdueHeaders: ['ID', 'Risk level', 'Deadline passed', 'Overdue (business hours)'],
    deadlines: { respondBy: 'Respond by', resolveBy: 'Resolve by' },
    speedTitle: '■ Escalation speed (business hours; last 4 weeks and the 4 before)',
    speedHeaders: [
      'Risk level',
      'Measure',
      'Last: median',
      'Last: 90%',
      'Before: median',
      'Before: 90%',
      'Last: count',
      'Before: count',
    ],
    steps: {
      occurrenceToReport: 'Occurrence → report (reporting delay)',
      reportToEscalation: 'Report → first escalation',
      reportToAcknowledgement: 'Report → acknowledgement',
      reportToResolution: 'Report → resolution',
      resolvedInTime: 'Resolved within resolve-by',
      escalated: 'Share escalated',
    },
    mediansTitle: '■ Medians (last 4 weeks, business hours)',
    lateTitle: '■ Where it was late (last 8 weeks)',
    lateHeaders: ['ID', 'Risk level', 'Late step', 'Late by (business hours)', 'State'],
    lateSteps: { reported: 'Reported late', acknowledged: 'Acknowledged late', resolved: 'Resolved late' },
    stillWaiting: 'Still waiting',
    frequencyTitle: '■ Frequency (per month and risk category)',
    noCategory: '(no category)',
    recurrenceTitle: (days) =>
      `■ Recurrences (same customer, or same category and a similar summary, within ${days} days)`,
    recurrenceHeaders: ['ID', 'Earlier ID', 'Basis', 'Days apart'],
    basis: { customer: 'Same customer or deal', summary: 'Same category, similar summary' },
    notCounted: 'Counted by the menu item “Refresh the dashboard”',
    countedAt: (when) => `Counted ${when} (counted again by the menu item “Refresh the dashboard”)`,
    nothing: 'None',
    more: (n) => `${n} more`,
  },
};
