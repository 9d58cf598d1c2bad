// The incidents sheet's columns, found by header (either language), never by position: people
// reorder columns and add their own, and every column here may stand anywhere.
import type { Lang } from './language';
import { headerPositions, headerWords } from './text';

export interface ColumnSpec {
  readonly ja: string;
  readonly en: string;
}

/** In the order set-up lays them out; the report's four parts (docs/domain.md §5) come first. */
export const INCIDENT_COLUMNS = {
  id: { ja: 'ID', en: 'ID' },
  reportedAt: { ja: '報告日時', en: 'Reported at' },
  summary: { ja: '問題の概要', en: 'Summary' },
  actionsTaken: { ja: '現場で行った対応', en: 'Actions taken on site' },
  impact: { ja: '影響度', en: 'Impact' },
  urgency: { ja: '緊急度', en: 'Urgency' },
  riskLevel: { ja: 'リスクレベル', en: 'Risk level' },
  assessment: { ja: '評価の根拠（事実・数値）', en: 'Assessment (facts and figures)' },
  supportRequested: { ja: '求めるサポートと提案', en: 'Support requested and proposal' },
  category: { ja: 'リスクの種類', en: 'Risk category' },
  customer: { ja: '顧客・案件', en: 'Customer or deal' },
  occurredAt: { ja: '発生日時', en: 'Occurred at' },
  reporter: { ja: '報告者', en: 'Reporter' },
  owner: { ja: '担当者', en: 'Owner' },
  managerEmail: { ja: 'エスカレーション先（メール）', en: 'Escalate to (email)' },
  status: { ja: 'ステータス', en: 'Status' },
  // Set by the manager; placed before the sweep's own columns so those stay adjacent (one write).
  acknowledgedBy: { ja: '確認者', en: 'Acknowledged by' },
  stage: { ja: 'エスカレーション段階', en: 'Escalation stage' },
  respondBy: { ja: '初動期限', en: 'Respond by' },
  resolveBy: { ja: '解決期限', en: 'Resolve by' },
  holdSince: { ja: '保留開始', en: 'On hold since' },
  holdHours: { ja: '保留累計（時間）', en: 'Hours on hold' },
  resolvedAt: { ja: '解決日時', en: 'Resolved at' },
  notifications: { ja: '通知記録', en: 'Notifications' },
  rowProblems: { ja: '要確認', en: 'Needs attention' },
  // Steps 4–7 (docs/domain.md §7), written by the sidebar's incident view and by hand alike; placed
  // after the sweep's columns so older sheets gain them on the right, in the order of the steps.
  instruction: { ja: '上位者の判断・指示', en: "Manager's direction" },
  resources: { ja: '割り当てたリソース・予算', en: 'Resources or budget granted' },
  confirmedBy: { ja: '解決確認者', en: 'Resolution confirmed by' },
  recurrenceRisk: { ja: '再発リスク', en: 'Risk of recurrence' },
  rootCause: { ja: '根本原因', en: 'Root cause' },
  wentWell: { ja: '良かった点', en: 'What worked' },
  toImprove: { ja: '改善点', en: 'What to improve' },
  prevention: { ja: '再発防止策', en: 'Prevention measures' },
} as const satisfies Record<string, ColumnSpec>;

export type IncidentColumn = keyof typeof INCIDENT_COLUMNS;
export const INCIDENT_COLUMN_KEYS = Object.keys(INCIDENT_COLUMNS) as IncidentColumn[];

export function columnHeader(column: IncidentColumn, lang: Lang): string {
  return INCIDENT_COLUMNS[column][lang];
}

const HEADER_WORDS = headerWords(INCIDENT_COLUMNS);

/** Zero-based position of each known column in a header row; unknown headers are the user's own. */
export type ColumnPositions = Partial<Record<IncidentColumn, number>>;

export function columnPositions(headerRow: readonly unknown[]): ColumnPositions {
  return headerPositions(headerRow, HEADER_WORDS);
}

/** Known columns the header row lacks, in layout order: what set-up appends on the right. */
export function missingColumns(positions: ColumnPositions): IncidentColumn[] {
  return INCIDENT_COLUMN_KEYS.filter((key) => positions[key] === undefined);
}

/** The incidents sheet's name in each language; set-up names it in the spreadsheet's language. */
export const INCIDENTS_SHEET_NAMES: Readonly<Record<Lang, string>> = { ja: 'インシデント', en: 'Incidents' };
