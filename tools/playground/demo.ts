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
import {
  MEASURE_SHEET_NAMES,
  type MeasureKind,
  type MeasureStatus,
  measureHeaders,
  measureKindLabel,
  measureStatusLabel,
} from '../../src/domain/measures/measure-columns';
import type { Lang } from '../../src/domain/language';
import {
  HISTORY_HEADERS,
  HISTORY_SHEET_NAMES,
  type HistoryKind,
  historyKindLabel,
} from '../../src/domain/history/history-events';

/** Words of the demo in both languages: an English workbook gets an English demo. */
type Text = Readonly<Record<Lang, string>>;
const t = (ja: string, en: string): Text => ({ ja, en });

/** A report as the form would take it, plus what the sheet tracks beside it. */
interface SampleIncident extends Pick<ValidIncident, 'impact' | 'urgency' | 'owner'> {
  hoursAgo: number;
  summary: Text;
  actionsTaken: Text;
  assessment: Text;
  supportRequested: Text;
  category: Category;
  customer: Text;
  reporter: Text;
  managerEmail: string;
  status: Status;
  /** Steps 4–7 as the incident has come through them (docs/domain.md §7): addresses, or words. */
  later?: Partial<Record<IncidentColumn, string | Text>>;
}

const NONE = t('', '');

const SAMPLES: SampleIncident[] = [
  {
    hoursAgo: 3,
    summary: t(
      '重要顧客A社からの発注が突然キャンセルされ、支店の年間売上目標に大きな影響が出る可能性があります。',
      "Key customer A Corp. suddenly cancelled its order; the branch's annual sales target may be badly hit.",
    ),
    actionsTaken: t(
      '担当営業がA社購買部に電話で理由を確認中。先方の予算見直しが原因とのこと。',
      "The account manager is calling A Corp.'s purchasing team; they say a budget review is the cause.",
    ),
    impact: 'high',
    urgency: 'high',
    assessment: t(
      'A社は支店売上の約18%（年間1.2億円）。代替案件の見込みなし。',
      "A Corp. is about 18% of the branch's sales (¥120 million a year). No replacement deal in sight.",
    ),
    supportRequested: t(
      '部長同行での訪問と、価格・納期条件の再提案の承認をお願いします。',
      'Please visit them with me, and approve a new offer on price and delivery terms.',
    ),
    category: 'strategic',
    customer: t('重要顧客A社', 'Key customer A Corp.'),
    reporter: t('佐藤（営業）', 'Sato (Sales)'),
    owner: 'sato@example.com',
    managerEmail: 'eigyo-bucho@example.com',
    status: 'open',
  },
  {
    hoursAgo: 26,
    summary: t(
      'B社に納入した製品ロットで重大な品質クレーム。ラインが停止しています。',
      'Serious quality complaint on a product lot delivered to B Ltd.: their line has stopped.',
    ),
    actionsTaken: t(
      '代替品を手配し、品質保証部に不良解析を依頼済み。',
      'Replacements arranged; quality assurance is analysing the defect.',
    ),
    impact: 'high',
    urgency: 'high',
    assessment: t(
      '不良率12%、B社の生産停止による損害請求の可能性あり。',
      '12% defective; B Ltd. may claim damages for its stopped production.',
    ),
    supportRequested: t(
      '技術部門の現地派遣と、補償方針の判断をお願いします。',
      'Please send engineers on site and decide how far we compensate.',
    ),
    category: 'operational',
    customer: t('B社', 'B Ltd.'),
    reporter: t('鈴木（品質保証）', 'Suzuki (Quality assurance)'),
    owner: 'suzuki@example.com',
    managerEmail: 'hinshitsu-bucho@example.com',
    status: 'inProgress',
    later: {
      acknowledgedBy: 'hinshitsu-bucho@example.com',
      instruction: t(
        '技術部門を本日中にB社へ派遣。補償は上限500万円まで交渉してよい。',
        'Send engineering to B Ltd. today. You may negotiate compensation up to ¥5 million.',
      ),
      resources: t('技術者2名、補償予算500万円', 'Two engineers; ¥5 million for compensation'),
    },
  },
  {
    hoursAgo: 50,
    summary: t(
      'C社向け部品の納期が、仕入先の遅れで1週間遅延する見込みです。',
      "Parts for C Inc. will be a week late because of a supplier's delay.",
    ),
    actionsTaken: t(
      '仕入先と前倒し出荷を交渉中。C社には遅延の可能性を連絡済み。',
      'Negotiating an earlier shipment with the supplier; C Inc. has been told of a possible delay.',
    ),
    impact: 'medium',
    urgency: 'medium',
    assessment: t(
      'C社の組立開始に3日の余裕あり。遅延が5日を超えると影響。',
      "C Inc. has 3 days' slack before assembly starts; a delay past 5 days hurts them.",
    ),
    supportRequested: t(
      '航空便への切替費用（約40万円）の承認をお願いします。',
      'Please approve switching to air freight (about ¥400,000).',
    ),
    category: 'operational',
    customer: t('C社', 'C Inc.'),
    reporter: t('高橋（営業）', 'Takahashi (Sales)'),
    owner: 'takahashi@example.com',
    managerEmail: 'eigyo-bucho@example.com',
    status: 'inProgress',
    later: {
      acknowledgedBy: 'eigyo-bucho@example.com',
      instruction: t(
        '航空便への切替を承認。C社へは部長から連絡する。',
        'Air freight approved. I will call C Inc. myself.',
      ),
      resources: t('航空便費用40万円', '¥400,000 for air freight'),
    },
  },
  {
    hoursAgo: 8,
    summary: t(
      '営業支援システムが朝から停止し、見積書を発行できません。',
      'The sales system has been down since this morning: no quotes can be issued.',
    ),
    actionsTaken: t(
      '情報システム部に連絡し、手作業の見積書で対応中。',
      'IT has been called; quotes are being made by hand meanwhile.',
    ),
    impact: 'medium',
    urgency: 'high',
    assessment: t(
      '本日締切の見積が5件。復旧見込みは未定。',
      'Five quotes are due today. No estimate for recovery yet.',
    ),
    supportRequested: t(
      '復旧までの代替手順の承認と、顧客への連絡方針の判断をお願いします。',
      'Please approve the stopgap procedure and decide what we tell customers.',
    ),
    category: 'technical',
    customer: NONE,
    reporter: t('田中（営業事務）', 'Tanaka (Sales office)'),
    owner: 'tanaka@example.com',
    managerEmail: 'eigyo-bucho@example.com',
    status: 'open',
  },
  {
    hoursAgo: 72,
    summary: t(
      '原材料価格の上昇を受け、D社から価格改定の協議を求められています。',
      'With raw material prices up, D Co. asks to renegotiate prices.',
    ),
    actionsTaken: t('現行契約の価格条項を確認中。', "Checking the current contract's price clause."),
    impact: 'medium',
    urgency: 'medium',
    assessment: t('粗利率が3ポイント低下する試算。', 'Gross margin would fall by 3 points.'),
    supportRequested: t(
      '改定案の作成方針について相談させてください。',
      "I'd like to discuss how to draft our counter-offer.",
    ),
    category: 'financial',
    customer: t('D社', 'D Co.'),
    reporter: t('伊藤（営業）', 'Ito (Sales)'),
    owner: 'ito@example.com',
    managerEmail: 'eigyo-bucho@example.com',
    status: 'onHold',
  },
  {
    hoursAgo: 120,
    summary: t(
      'E社からの小口注文で、配送が1日遅れたとの軽微なクレームがありました。',
      'A minor complaint from E Corp.: a small order was delivered a day late.',
    ),
    actionsTaken: t(
      'お詫びの連絡を入れ、次回配送を優先扱いにしました。',
      'We apologised and gave their next delivery priority.',
    ),
    impact: 'low',
    urgency: 'low',
    assessment: t('取引額は小さく、先方も了承済み。', 'A small account, and the customer has accepted.'),
    supportRequested: t('特になし（報告のみ）。', 'None (for information).'),
    category: 'operational',
    customer: t('E社', 'E Corp.'),
    reporter: t('渡辺（物流）', 'Watanabe (Logistics)'),
    owner: 'watanabe@example.com',
    managerEmail: '',
    status: 'closed',
    later: {
      confirmedBy: 'watanabe@example.com',
      recurrenceRisk: t('なし', 'No'),
      rootCause: t('配送業者の繁忙期の集荷遅れ', "The carrier's late pick-ups in its busy season"),
      wentWell: t('当日中にお詫びと次回の優先対応を伝えられた', 'We apologised and promised priority the same day'),
      toImprove: t('繁忙期は集荷時刻を1時間早める', 'In the busy season, book pick-ups an hour earlier'),
      prevention: t(
        '繁忙期カレンダーを配送計画に組み込む',
        "Build the carrier's busy-season calendar into delivery plans",
      ),
    },
  },
  {
    hoursAgo: 200,
    summary: t(
      'F社への請求書の金額に誤りがあり、入金が遅れています。',
      'An invoice to F Ltd. had the wrong amount, and their payment is late.',
    ),
    actionsTaken: t(
      '訂正した請求書を再発行し、経理部と入金予定を確認。',
      'A corrected invoice was issued; the payment date was confirmed with accounting.',
    ),
    impact: 'medium',
    urgency: 'high',
    assessment: t(
      '請求額300万円。月末の資金繰りに影響する可能性。',
      '¥3 million billed; it may strain month-end cash flow.',
    ),
    supportRequested: t(
      '経理部長からF社経理への連絡をお願いします。',
      "Please have our head of accounting call F Ltd.'s accounts team.",
    ),
    category: 'financial',
    customer: t('F社', 'F Ltd.'),
    reporter: t('小林（経理）', 'Kobayashi (Accounting)'),
    owner: 'kobayashi@example.com',
    managerEmail: 'keiri-bucho@example.com',
    status: 'resolved',
    later: {
      acknowledgedBy: 'keiri-bucho@example.com',
      instruction: t(
        '訂正請求書を本日中に送付し、入金日を確認すること。',
        'Send the corrected invoice today and confirm the payment date.',
      ),
      confirmedBy: 'keiri-bucho@example.com',
      recurrenceRisk: t('あり', 'Yes'),
    },
  },
];

function sampleRow(sample: SampleIncident, index: number, now: Date, lang: Lang): Record<IncidentColumn, unknown> {
  const reported = new Date(now.getTime() - sample.hoursAgo * 3_600_000);
  const row = Object.fromEntries(INCIDENT_COLUMN_KEYS.map((key) => [key, ''])) as Record<IncidentColumn, unknown>;
  const later = Object.entries(sample.later ?? {}).map(([key, value]) => [
    key,
    typeof value === 'string' ? value : value[lang],
  ]);
  return Object.assign(row, {
    id: formatIncidentId(index + 1),
    reportedAt: reported,
    occurredAt: new Date(reported.getTime() - 3_600_000),
    summary: sample.summary[lang],
    actionsTaken: sample.actionsTaken[lang],
    assessment: sample.assessment[lang],
    supportRequested: sample.supportRequested[lang],
    impact: gradeLabel(sample.impact, lang),
    urgency: gradeLabel(sample.urgency, lang),
    riskLevel: riskLevelLabel(riskLevel(sample.impact, sample.urgency), lang),
    category: categoryLabel(sample.category, lang),
    customer: sample.customer[lang],
    reporter: sample.reporter[lang],
    owner: sample.owner,
    managerEmail: sample.managerEmail,
    status: statusLabel(sample.status, lang),
    ...Object.fromEntries(later),
  });
}

/** Measures of the demo's incidents: one done and checked, one under way, one past its due date. */
function measureRows(now: Date, lang: Lang): unknown[][] {
  const day = (days: number) => new Date(now.getTime() + days * 86_400_000);
  const kind = (k: MeasureKind) => measureKindLabel(k, lang);
  const status = (k: MeasureStatus) => measureStatusLabel(k, lang);
  const text = (ja: string, en: string) => t(ja, en)[lang];
  const blank = ['', '', '', '', ''];
  return [
    measureHeaders(lang),
    [
      'INC-0002',
      text('代替品を手配してB社のラインを再開', "Send replacements to restart B Ltd.'s line"),
      kind('interim'),
      'suzuki@example.com',
      day(-1),
      status('done'),
      day(-1),
      text('ライン再開を確認', 'Line restarted, checked'),
      day(0),
      'hinshitsu-bucho@example.com',
      '',
    ],
    [
      'INC-0002',
      text('出荷前検査の工程を見直す', 'Review the pre-shipment inspection'),
      kind('permanent'),
      'suzuki@example.com',
      day(5),
      status('doing'),
      ...blank,
    ],
    [
      'INC-0002',
      text('同じ部品を使う他社向け製品も点検する', 'Inspect other customers’ products with the same part'),
      kind('rollOut'),
      'yamamoto@example.com',
      day(-2),
      status('todo'),
      ...blank,
    ],
    [
      'INC-0003',
      text('航空便へ切り替える', 'Switch to air freight'),
      kind('interim'),
      'takahashi@example.com',
      day(1),
      status('doing'),
      ...blank,
    ],
  ];
}

/** The history of the demo: each incident reported, and the steps its row shows it came through. */
function historyRows(rows: Record<IncidentColumn, unknown>[], lang: Lang): unknown[][] {
  const events: unknown[][] = [HISTORY_HEADERS[lang] as unknown as unknown[]];
  const add = (at: Date, id: unknown, kind: HistoryKind, by: unknown, detail = '') =>
    events.push([at, id, historyKindLabel(kind, lang), by, '', detail]);
  for (const row of rows) {
    const reported = row.reportedAt as Date;
    const later = (hours: number) => new Date(reported.getTime() + hours * 3_600_000);
    add(reported, row.id, 'reported', row.reporter);
    if (row.acknowledgedBy) add(later(1), row.id, 'acknowledged', row.acknowledgedBy);
    if (row.instruction) add(later(1), row.id, 'instructed', row.acknowledgedBy, String(row.instruction));
    if (row.confirmedBy) add(later(20), row.id, 'resolved', row.owner);
    if (row.confirmedBy) add(later(21), row.id, 'confirmed', row.confirmedBy);
    if (row.rootCause) add(later(30), row.id, 'retrospective', row.owner);
    if (row.status === statusLabel('closed', lang)) add(later(31), row.id, 'closed', row.owner);
  }
  return events;
}

function gridCells(rows: readonly (readonly unknown[])[]): SheetContent['cells'] {
  const cells: SheetContent['cells'] = [];
  rows.forEach((row, r) => row.forEach((value, c) => value !== '' && cells.push([r + 1, c + 1, value, ''])));
  return cells;
}

/**
 * The demo workbook, in the spreadsheet's language: the incidents, measures and history, and a sheet
 * that checks them with the add-on's own formulas.
 */
export function demoSheets(now: Date, lang: Lang = 'ja'): SheetContent[] {
  const header = INCIDENT_COLUMN_KEYS.map((key) => columnHeader(key, lang));
  const rows = SAMPLES.map((sample, i) => sampleRow(sample, i, now, lang));
  const cells: SheetContent['cells'] = [];
  header.forEach((text, c) => cells.push([1, c + 1, text, '']));
  rows.forEach((row, r) =>
    INCIDENT_COLUMN_KEYS.forEach((key, c) => {
      if (row[key] !== '') cells.push([r + 2, c + 1, row[key], '']);
    }),
  );
  const incidents = INCIDENTS_SHEET_NAMES[lang];
  const column = (key: IncidentColumn) => columnLetter(INCIDENT_COLUMN_KEYS.indexOf(key) + 1);
  const [impact, urgency] = [column('impact'), column('urgency')];
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const words = CHECK_WORDS[lang];
  const check: SheetContent['cells'] = [
    [1, 1, 'ID', ''],
    [1, 2, words.level, ''],
    [1, 3, 'RISKDECISION', ''],
    [1, 4, words.other, ''],
    [2, 1, '', `='${incidents}'!A2:A`],
    [2, 2, '', `=RISKLEVEL('${incidents}'!${impact}2:${impact}, '${incidents}'!${urgency}2:${urgency})`],
    [2, 3, '', '=RISKDECISION(B2:B)'],
    [2, 4, '', `=RISKLEVEL('${incidents}'!${impact}2, '${incidents}'!${urgency}2, , "${other}")`],
  ];
  return [
    { name: incidents, cells, frozenRows: 1 },
    { name: MEASURE_SHEET_NAMES[lang], cells: gridCells(measureRows(now, lang)), frozenRows: 1 },
    { name: HISTORY_SHEET_NAMES[lang], cells: gridCells(historyRows(rows, lang)), frozenRows: 1 },
    { name: words.sheet, cells: check, frozenRows: 1 },
  ];
}

const CHECK_WORDS: Record<Lang, { sheet: string; level: string; other: string }> = {
  ja: { sheet: 'リスク判定', level: 'RISKLEVEL（列全体）', other: '英語で (en)' },
  en: { sheet: 'Risk check', level: 'RISKLEVEL (whole column)', other: 'In Japanese (ja)' },
};
