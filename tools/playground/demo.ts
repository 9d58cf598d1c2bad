// `npm start -- --demo`: a workbook of realistic sample incidents, taken from the seed articles'
// examples, written with the incidents sheet's own schema (headers, names, grades, statuses).
import { columnLetter } from '../fakes/a1';
import { gradeLabel } from '../../src/domain/grades';
import type { ValidIncident } from '../../src/domain/intake/incident-form';
import {
  INCIDENTS_SHEET_NAMES,
  INCIDENT_COLUMN_KEYS,
  type IncidentColumn,
  columnHeader,
} from '../../src/domain/incident-columns';
import { formatIncidentId } from '../../src/domain/incident-ids';
import { riskLevelLabel } from '../../src/domain/risk-levels';
import { riskLevel } from '../../src/domain/risk-matrix';
import { type Category, type Status, categoryLabel, statusLabel } from '../../src/domain/vocabulary';
import type { SheetContent } from './state-file';
import { MEASURE_SHEET_NAMES, measureHeaders } from '../../src/domain/measures/measure-columns';
import {
  HISTORY_HEADERS,
  HISTORY_SHEET_NAMES,
  type HistoryKind,
  historyKindLabel,
} from '../../src/domain/history/history-events';

/** A report as the form would take it, plus what the sheet tracks beside it. */
type SampleIncident = Omit<ValidIncident, 'occurredAt' | 'managerEmails' | 'category'> & {
  hoursAgo: number;
  category: Category;
  reporter: string;
  managerEmail: string;
  status: Status;
  /** Steps 4–7 as the incident has come through them (docs/domain.md §7). */
  later?: Partial<Record<IncidentColumn, string>>;
};

const SAMPLES: SampleIncident[] = [
  {
    hoursAgo: 3,
    summary: '重要顧客A社からの発注が突然キャンセルされ、支店の年間売上目標に大きな影響が出る可能性があります。',
    actionsTaken: '担当営業がA社購買部に電話で理由を確認中。先方の予算見直しが原因とのこと。',
    impact: 'high',
    urgency: 'high',
    assessment: 'A社は支店売上の約18%（年間1.2億円）。代替案件の見込みなし。',
    supportRequested: '部長同行での訪問と、価格・納期条件の再提案の承認をお願いします。',
    category: 'strategic',
    customer: '重要顧客A社',
    reporter: '佐藤（営業）',
    owner: 'sato@example.com',
    managerEmail: 'eigyo-bucho@example.com',
    status: 'open',
  },
  {
    hoursAgo: 26,
    summary: 'B社に納入した製品ロットで重大な品質クレーム。ラインが停止しています。',
    actionsTaken: '代替品を手配し、品質保証部に不良解析を依頼済み。',
    impact: 'high',
    urgency: 'high',
    assessment: '不良率12%、B社の生産停止による損害請求の可能性あり。',
    supportRequested: '技術部門の現地派遣と、補償方針の判断をお願いします。',
    category: 'operational',
    customer: 'B社',
    reporter: '鈴木（品質保証）',
    owner: 'suzuki@example.com',
    managerEmail: 'hinshitsu-bucho@example.com',
    status: 'inProgress',
    later: {
      acknowledgedBy: 'hinshitsu-bucho@example.com',
      instruction: '技術部門を本日中にB社へ派遣。補償は上限500万円まで交渉してよい。',
      resources: '技術者2名、補償予算500万円',
    },
  },
  {
    hoursAgo: 50,
    summary: 'C社向け部品の納期が、仕入先の遅れで1週間遅延する見込みです。',
    actionsTaken: '仕入先と前倒し出荷を交渉中。C社には遅延の可能性を連絡済み。',
    impact: 'medium',
    urgency: 'medium',
    assessment: 'C社の組立開始に3日の余裕あり。遅延が5日を超えると影響。',
    supportRequested: '航空便への切替費用（約40万円）の承認をお願いします。',
    category: 'operational',
    customer: 'C社',
    reporter: '高橋（営業）',
    owner: 'takahashi@example.com',
    managerEmail: 'eigyo-bucho@example.com',
    status: 'inProgress',
    later: {
      acknowledgedBy: 'eigyo-bucho@example.com',
      instruction: '航空便への切替を承認。C社へは部長から連絡する。',
      resources: '航空便費用40万円',
    },
  },
  {
    hoursAgo: 8,
    summary: '営業支援システムが朝から停止し、見積書を発行できません。',
    actionsTaken: '情報システム部に連絡し、手作業の見積書で対応中。',
    impact: 'medium',
    urgency: 'high',
    assessment: '本日締切の見積が5件。復旧見込みは未定。',
    supportRequested: '復旧までの代替手順の承認と、顧客への連絡方針の判断をお願いします。',
    category: 'technical',
    customer: '',
    reporter: '田中（営業事務）',
    owner: 'tanaka@example.com',
    managerEmail: 'eigyo-bucho@example.com',
    status: 'open',
  },
  {
    hoursAgo: 72,
    summary: '原材料価格の上昇を受け、D社から価格改定の協議を求められています。',
    actionsTaken: '現行契約の価格条項を確認中。',
    impact: 'medium',
    urgency: 'medium',
    assessment: '粗利率が3ポイント低下する試算。',
    supportRequested: '改定案の作成方針について相談させてください。',
    category: 'financial',
    customer: 'D社',
    reporter: '伊藤（営業）',
    owner: 'ito@example.com',
    managerEmail: 'eigyo-bucho@example.com',
    status: 'onHold',
  },
  {
    hoursAgo: 120,
    summary: 'E社からの小口注文で、配送が1日遅れたとの軽微なクレームがありました。',
    actionsTaken: 'お詫びの連絡を入れ、次回配送を優先扱いにしました。',
    impact: 'low',
    urgency: 'low',
    assessment: '取引額は小さく、先方も了承済み。',
    supportRequested: '特になし（報告のみ）。',
    category: 'operational',
    customer: 'E社',
    reporter: '渡辺（物流）',
    owner: 'watanabe@example.com',
    managerEmail: '',
    status: 'closed',
    later: {
      confirmedBy: 'watanabe@example.com',
      recurrenceRisk: 'なし',
      rootCause: '配送業者の繁忙期の集荷遅れ',
      wentWell: '当日中にお詫びと次回の優先対応を伝えられた',
      toImprove: '繁忙期は集荷時刻を1時間早める',
      prevention: '繁忙期カレンダーを配送計画に組み込む',
    },
  },
  {
    hoursAgo: 200,
    summary: 'F社への請求書の金額に誤りがあり、入金が遅れています。',
    actionsTaken: '訂正した請求書を再発行し、経理部と入金予定を確認。',
    impact: 'medium',
    urgency: 'high',
    assessment: '請求額300万円。月末の資金繰りに影響する可能性。',
    supportRequested: '経理部長からF社経理への連絡をお願いします。',
    category: 'financial',
    customer: 'F社',
    reporter: '小林（経理）',
    owner: 'kobayashi@example.com',
    managerEmail: 'keiri-bucho@example.com',
    status: 'resolved',
    later: {
      acknowledgedBy: 'keiri-bucho@example.com',
      instruction: '訂正請求書を本日中に送付し、入金日を確認すること。',
      confirmedBy: 'keiri-bucho@example.com',
      recurrenceRisk: 'あり',
    },
  },
];

function sampleRow(sample: SampleIncident, index: number, now: Date): Record<IncidentColumn, unknown> {
  const reported = new Date(now.getTime() - sample.hoursAgo * 3_600_000);
  const row = Object.fromEntries(INCIDENT_COLUMN_KEYS.map((key) => [key, ''])) as Record<IncidentColumn, unknown>;
  return Object.assign(row, {
    id: formatIncidentId(index + 1),
    reportedAt: reported,
    occurredAt: new Date(reported.getTime() - 3_600_000),
    summary: sample.summary,
    actionsTaken: sample.actionsTaken,
    assessment: sample.assessment,
    supportRequested: sample.supportRequested,
    impact: gradeLabel(sample.impact, 'ja'),
    urgency: gradeLabel(sample.urgency, 'ja'),
    riskLevel: riskLevelLabel(riskLevel(sample.impact, sample.urgency), 'ja'),
    category: categoryLabel(sample.category, 'ja'),
    customer: sample.customer,
    reporter: sample.reporter,
    owner: sample.owner,
    managerEmail: sample.managerEmail,
    status: statusLabel(sample.status, 'ja'),
    ...sample.later,
  });
}

/** Measures of the demo's incidents: one done and checked, one under way, one past its due date. */
function measureRows(now: Date): unknown[][] {
  const day = (days: number) => new Date(now.getTime() + days * 86_400_000);
  return [
    measureHeaders('ja'),
    [
      'INC-0002',
      '代替品を手配してB社のラインを再開',
      '暫定対応',
      'suzuki@example.com',
      day(-1),
      '完了',
      day(-1),
      'ライン再開を確認',
      day(0),
      'hinshitsu-bucho@example.com',
      '',
    ],
    ['INC-0002', '出荷前検査の工程を見直す', '恒久対策', 'suzuki@example.com', day(5), '実施中', '', '', '', '', ''],
    [
      'INC-0002',
      '同じ部品を使う他社向け製品も点検する',
      '横展開',
      'yamamoto@example.com',
      day(-2),
      '未着手',
      '',
      '',
      '',
      '',
      '',
    ],
    ['INC-0003', '航空便へ切り替える', '暫定対応', 'takahashi@example.com', day(1), '実施中', '', '', '', '', ''],
  ];
}

/** The history of the demo: each incident reported, and the steps its row shows it came through. */
function historyRows(rows: Record<IncidentColumn, unknown>[]): unknown[][] {
  const events: unknown[][] = [HISTORY_HEADERS.ja as unknown as unknown[]];
  const add = (at: Date, id: unknown, kind: HistoryKind, by: unknown, detail = '') =>
    events.push([at, id, historyKindLabel(kind, 'ja'), by, '', detail]);
  for (const row of rows) {
    const reported = row.reportedAt as Date;
    const later = (hours: number) => new Date(reported.getTime() + hours * 3_600_000);
    add(reported, row.id, 'reported', row.reporter);
    if (row.acknowledgedBy) add(later(1), row.id, 'acknowledged', row.acknowledgedBy);
    if (row.instruction) add(later(1), row.id, 'instructed', row.acknowledgedBy, String(row.instruction));
    if (row.confirmedBy) add(later(20), row.id, 'resolved', row.owner);
    if (row.confirmedBy) add(later(21), row.id, 'confirmed', row.confirmedBy);
    if (row.rootCause) add(later(30), row.id, 'retrospective', row.owner);
    if (row.status === statusLabel('closed', 'ja')) add(later(31), row.id, 'closed', row.owner);
  }
  return events;
}

function gridCells(rows: readonly (readonly unknown[])[]): SheetContent['cells'] {
  const cells: SheetContent['cells'] = [];
  rows.forEach((row, r) => row.forEach((value, c) => value !== '' && cells.push([r + 1, c + 1, value, ''])));
  return cells;
}

/** The demo workbook: the incidents sheet, and a sheet that checks it with the add-on's own formulas. */
export function demoSheets(now: Date): SheetContent[] {
  const header = INCIDENT_COLUMN_KEYS.map((key) => columnHeader(key, 'ja'));
  const rows = SAMPLES.map((sample, i) => sampleRow(sample, i, now));
  const cells: SheetContent['cells'] = [];
  header.forEach((text, c) => cells.push([1, c + 1, text, '']));
  rows.forEach((row, r) =>
    INCIDENT_COLUMN_KEYS.forEach((key, c) => {
      if (row[key] !== '') cells.push([r + 2, c + 1, row[key], '']);
    }),
  );
  const incidents = INCIDENTS_SHEET_NAMES.ja;
  const column = (key: IncidentColumn) => columnLetter(INCIDENT_COLUMN_KEYS.indexOf(key) + 1);
  const [impact, urgency] = [column('impact'), column('urgency')];
  const check: SheetContent['cells'] = [
    [1, 1, 'ID', ''],
    [1, 2, 'RISKLEVEL（列全体）', ''],
    [1, 3, 'RISKDECISION', ''],
    [1, 4, '英語で (en)', ''],
    [2, 1, '', `='${incidents}'!A2:A`],
    [2, 2, '', `=RISKLEVEL('${incidents}'!${impact}2:${impact}, '${incidents}'!${urgency}2:${urgency})`],
    [2, 3, '', '=RISKDECISION(B2:B)'],
    [2, 4, '', `=RISKLEVEL('${incidents}'!${impact}2, '${incidents}'!${urgency}2, , "en")`],
  ];
  return [
    { name: incidents, cells, frozenRows: 1 },
    { name: MEASURE_SHEET_NAMES.ja, cells: gridCells(measureRows(now)), frozenRows: 1 },
    { name: HISTORY_SHEET_NAMES.ja, cells: gridCells(historyRows(rows)), frozenRows: 1 },
    { name: 'リスク判定', cells: check, frozenRows: 1 },
  ];
}
