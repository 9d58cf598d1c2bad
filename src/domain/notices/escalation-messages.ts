// What people read from the sweep: row problems, digests, the log, the run summary, menu labels.
import type { Catalogue, Lang } from '../language';
import type { MarkKey, NoticeKey } from '../escalation/notification-records';
import type { LocalParts } from '../calendar/zoned-time';
import { SETTINGS_MESSAGES } from '../settings/settings-messages';
import { ESCALATION_MENU, type EscalationMenuLabels } from './escalation-status';

export type RowProblem =
  | { kind: 'unknownGrade'; column: string; value: string }
  | { kind: 'unknownLevel'; value: string }
  | { kind: 'unreadableDate'; column: string; value: string }
  | { kind: 'invalidEmail'; column: string; value: string }
  | { kind: 'unknownName'; column: string; value: string }
  | { kind: 'unknownStatus'; value: string }
  | { kind: 'unreadableNumber'; column: string; value: string }
  | { kind: 'noManager' }
  /** Deciding the row threw (the business calendar gave up on its dates): the values it used. */
  | { kind: 'undecidable'; values: string }
  /** Another row holds the same ID (a row copied as a template, a pasted cell). */
  | { kind: 'duplicateId'; value: string };

export interface EscalationMessages {
  rowProblem(problem: RowProblem): string;
  stage(stage: number): string;
  subjectPrefix: string;
  itemCount(levelLabel: string, count: number): string;
  digestIntro: string;
  moreItems(count: number): string;
  reason: Record<NoticeKey, string>;
  /** Short names of what a Notifications cell line records (the notice, or the acknowledgement). */
  recordLabel: Record<NoticeKey | MarkKey, string>;
  /** How many times a recipient has been told, after the address on a Notifications line. */
  recordCount(count: number): string;
  overdueBy(duration: string): string;
  dueIn(duration: string): string;
  hoursMinutes(hours: number, minutes: number): string;
  /** A deadline on the spreadsheet's wall clock, as readers of the language write dates. */
  dateTime(at: LocalParts): string;
  fields: {
    level: string;
    id: string;
    summary: string;
    stage: string;
    deadline: string;
    decision: string;
    open: string;
    why: string;
    actionsTaken: string;
    assessment: string;
    supportRequested: string;
    customer: string;
    owner: string;
    reporter: string;
    instruction: string;
    openMeasures: string;
  };
  /** The grades and the facts behind them, as one line of the digest. */
  gradesLine(impact: string, urgency: string, facts: string): string;
  /** A very-high incident's first notice: the emergency report, not "overdue by 0 min". */
  emergencyReport: string;
  /** A stage raised by hand (今すぐエスカレーション): the time shown is when it was raised. */
  raisedByHand: string;

  logSheetName: string;
  logHeaders: readonly string[];
  logSent: string;
  /** The log's stage cell for an email's follow-up items (measures, checks, retrospectives, news). */
  logFollowUp: string;
  /** A history event's detail: who an escalation reached. */
  historyTold(to: readonly string[]): string;
  logFailed(error: string): string;
  logDeferredQuota: string;
  logDeferredTime: string;
  summarySubject: string;
  summaryIntro: string;
  summaryRow(row: number, id: string, problems: string): string;
  /** Labels for the lead's menu: turnOnEscalations, turnOffEscalations, previewEscalations. */
  menu: EscalationMenuLabels;
  turnedOn: string;
  turnedOff: string;
  alreadyOn: string;
  runByOther(operator: string): string;
  turnedOffForOperator(operator: string): string;
  previewTitle: string;
  previewEmpty: string;
  previewRecipient(recipient: string, subject: string): string;
  noIncidentsSheet(names: string): string;
  busy: string;
}

const KEYS_JA: Record<NoticeKey, string> = {
  warnRespond: '初動期限が近づいています（担当者への事前警告）',
  warnResolve: '解決期限が近づいています（担当者への事前警告）',
  respond2: '初動期限を過ぎても確認されていません（第2段階: 上位管理者への報告）',
  respond3: '初動期限を過ぎても確認されないため組織全体へ報告します（第3段階）',
  resolve1: '解決期限を過ぎています（担当者へのリマインド）',
  resolve2: '解決期限を過ぎても未解決です（第2段階: 上位管理者への報告）',
  resolve3: '解決期限を過ぎても未解決です（第3段階: 組織全体への影響管理）',
  raised2: '現場での対応では改善しないため、今すぐエスカレーションされました（第2段階: 上位管理者への報告）',
  raised3: '緊急のため通常のフローをスキップして報告されました（第3段階: 組織全体への影響管理）',
};
const KEYS_EN: Record<NoticeKey, string> = {
  warnRespond: 'Respond-by time is near (early warning to the owner)',
  warnResolve: 'Resolve-by time is near (early warning to the owner)',
  respond2: 'Not acknowledged by its respond-by time (stage 2: report to the manager)',
  respond3: 'Still not acknowledged: reported organisation-wide (stage 3)',
  resolve1: 'Past its resolve-by time (reminder to the owner)',
  resolve2: 'Unresolved past its resolve-by time (stage 2: report to the manager)',
  resolve3: 'Unresolved past its resolve-by time (stage 3: organisation-wide response)',
  raised2: 'Escalated now: on-site handling is not improving things (stage 2: report to the manager)',
  raised3: 'Emergency: the usual flow was skipped to report it organisation-wide (stage 3)',
};

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const ESCALATION_MESSAGES: Catalogue<EscalationMessages> = {
  ja: {
    rowProblem: (p) => {
      switch (p.kind) {
        case 'unknownGrade':
          return `${p.column}「${p.value}」は読み取れません（高・中・低で入力）`;
        case 'unknownLevel':
          return `リスクレベル「${p.value}」は読み取れません`;
        case 'unreadableDate':
          return `${p.column}「${p.value}」は日時として読み取れません（例: 2026-11-24 10:00）`;
        case 'invalidEmail':
          return `${p.column}「${p.value}」はメールアドレスではありません`;
        case 'unknownName':
          return `${p.column}「${p.value}」は設定シートの名簿にありません（名簿に名前とメールアドレスを追加するか、メールアドレスを入力してください）`;
        case 'unknownStatus':
          return `ステータス「${p.value}」は読み取れません（未対応・対応中・保留・解決済み・完了）`;
        case 'unreadableNumber':
          return `${p.column}「${p.value}」は数値ではありません`;
        case 'noManager':
          return 'エスカレーション先がありません（この行か設定シートの上位管理者にメールを入力）';
        case 'undecidable':
          return `期限を計算できません（${p.values}）。日時と保留累計の値を確認してください`;
        case 'duplicateId':
          return `ID「${p.value}」が他の行と重複しています（どちらの行も通知されます。片方のIDを消すと次回の実行で新しいIDが付きます）`;
      }
    },
    // Until anyone is told, the incident is handled on site: that is stage 1 (docs/domain.md §4).
    stage: (stage) => `第${Math.max(1, stage)}段階`,
    subjectPrefix: '【エスカレーション】',
    itemCount: (level, count) => `${level} ${count}件`,
    digestIntro: '対応が必要なインシデントがあります（リスクの高い順）。',
    moreItems: (count) => `ほか${count}件はシートで確認してください`,
    reason: KEYS_JA,
    recordLabel: {
      warnRespond: '初動期限の事前警告',
      warnResolve: '解決期限の事前警告',
      respond2: '初動期限超過・第2段階',
      respond3: '初動期限超過・第3段階',
      resolve1: '解決期限超過・第1段階',
      resolve2: '解決期限超過・第2段階',
      resolve3: '解決期限超過・第3段階',
      raised2: '今すぐエスカレーション・第2段階',
      raised3: '今すぐエスカレーション・第3段階',
      ack: '確認を記録',
      raise2: '今すぐエスカレーション（第2段階へ）を依頼',
      raise3: '今すぐエスカレーション（第3段階へ）を依頼',
      back: '現場に差し戻し',
      respondByHand: '初動期限（手動で設定）',
      resolveByHand: '解決期限（手動で設定）',
    },
    recordCount: (n) => `（${n}回）`,
    overdueBy: (d) => `${d}超過`,
    dueIn: (d) => `期限まで${d}`,
    hoursMinutes: (h, m) => (h > 0 ? `${h}時間${m > 0 ? `${m}分` : ''}` : `${m}分`),
    dateTime: (at) => `${at.dayKey} ${at.hhmm}`,
    fields: {
      level: 'リスクレベル',
      id: 'ID',
      summary: '問題の概要',
      stage: '段階',
      deadline: '期限',
      decision: 'お願いしたいこと',
      open: '行を開く',
      why: '理由',
      actionsTaken: '現場で行った対応',
      assessment: '影響度と緊急度の評価',
      supportRequested: '求めるサポートと提案',
      customer: '顧客・案件',
      owner: '担当者',
      reporter: '報告者',
      instruction: '上位者の判断・指示（最新）',
      openMeasures: '未完了の対策',
    },
    gradesLine: (impact, urgency, facts) => `影響度 ${impact}・緊急度 ${urgency}${facts ? `：${facts}` : ''}`,
    emergencyReport: '緊急報告（即時エスカレーション）',
    raisedByHand: 'この時刻に今すぐエスカレーションされました',

    logSheetName: 'エスカレーション記録',
    logHeaders: ['日時', 'インシデントID', '段階', '宛先', '結果'],
    logSent: '送信済み',
    logFollowUp: 'フォローアップ',
    historyTold: (to) => `通知先：${to.join('、')}`,
    logFailed: (error) => `エラー: ${error}`,
    logDeferredQuota: '未送信（本日のメール送信上限）: 次回以降に送信',
    logDeferredTime: '未送信（1回の実行時間の上限）: 次回の実行で送信',
    summarySubject: '【エスカレーション】確認が必要な行があります',
    summaryIntro:
      '次の行は読み取れないため、エスカレーションの対象外になっています。「要確認」列の内容を直してください。',
    summaryRow: (row, id, problems) => `${row}行目 ${id}: ${problems}`,
    menu: ESCALATION_MENU.ja,
    turnedOn: 'エスカレーションを開始しました。1時間ごとに期限を確認し、必要な通知を送ります。',
    turnedOff: 'エスカレーションを停止しました。',
    alreadyOn: 'エスカレーションはすでに開始されています（1時間ごと）。',
    runByOther: (operator) =>
      `エスカレーションはすでに ${operator || '別の利用者'} さんのアカウントで実行されています（1時間ごと）。二重に実行しないため、新しくは開始しません。`,
    turnedOffForOperator: (operator) =>
      `エスカレーションを停止しました。${operator} さんのアカウントの定期実行は、次の実行時に自動で削除されます。`,
    previewTitle: '次回の通知（送信はしません）',
    previewEmpty: '次回の確認で送る通知はありません。',
    previewRecipient: (to, subject) => `宛先: ${to} — 件名: ${subject}`,
    noIncidentsSheet: (names) => `インシデントのシート（${names}）が見つかりません。先に初期設定を実行してください。`,
    busy: '他の処理が実行中です。しばらくしてからもう一度お試しください。',
  },
  en: {
    rowProblem: (p) => {
      switch (p.kind) {
        case 'unknownGrade':
          return `${p.column} "${p.value}" cannot be read (enter High, Medium or Low)`;
        case 'unknownLevel':
          return `Risk level "${p.value}" cannot be read`;
        case 'unreadableDate':
          return `${p.column} "${p.value}" is not a date and time (e.g. 2026-11-24 10:00)`;
        case 'invalidEmail':
          return `${p.column} "${p.value}" is not an email address`;
        case 'unknownName':
          return `${p.column} "${p.value}" is not in the people table on the settings sheet (add the name and email there, or type an email address)`;
        case 'unknownStatus':
          return `Status "${p.value}" cannot be read (Open, In progress, On hold, Resolved, Closed)`;
        case 'unreadableNumber':
          return `${p.column} "${p.value}" is not a number`;
        case 'noManager':
          return 'No one to escalate to (enter an email on this row or a manager in the settings sheet)';
        case 'undecidable':
          return `The deadlines cannot be worked out (${p.values}): check the dates and hours on hold`;
        case 'duplicateId':
          return `ID "${p.value}" is on another row too (both rows are still notified; clear one ID and the next run gives it a new one)`;
      }
    },
    stage: (stage) => `Stage ${Math.max(1, stage)}`,
    subjectPrefix: '[Escalation] ',
    itemCount: (level, count) => `${level} ${count}`,
    digestIntro: 'These incidents need your attention (most severe first).',
    moreItems: (count) => `${count} more: see the sheet`,
    reason: KEYS_EN,
    recordLabel: {
      warnRespond: 'Respond-by warning',
      warnResolve: 'Resolve-by warning',
      respond2: 'Respond-by passed, stage 2',
      respond3: 'Respond-by passed, stage 3',
      resolve1: 'Resolve-by passed, stage 1',
      resolve2: 'Resolve-by passed, stage 2',
      resolve3: 'Resolve-by passed, stage 3',
      raised2: 'Escalated now, stage 2',
      raised3: 'Escalated now, stage 3',
      ack: 'Acknowledgement recorded',
      raise2: 'Escalate now asked, to stage 2',
      raise3: 'Escalate now asked, to stage 3',
      back: 'Handed back to the site',
      respondByHand: 'Respond-by (set by hand)',
      resolveByHand: 'Resolve-by (set by hand)',
    },
    recordCount: (n) => ` (${n} ${n === 1 ? 'time' : 'times'})`,
    overdueBy: (d) => `${d} overdue`,
    dueIn: (d) => `due in ${d}`,
    hoursMinutes: (h, m) => (h > 0 ? `${h} h${m > 0 ? ` ${m} min` : ''}` : `${m} min`),
    dateTime: (at) =>
      `${SETTINGS_MESSAGES.en.weekdays[at.weekday]} ${at.date} ${EN_MONTHS[at.month - 1]} ${at.year}, ${at.hhmm}`,
    fields: {
      level: 'Risk level',
      id: 'ID',
      summary: 'Summary',
      stage: 'Stage',
      deadline: 'Deadline',
      decision: 'What is asked of you',
      open: 'Open the row',
      why: 'Why',
      actionsTaken: 'Actions taken on site',
      assessment: 'Impact and urgency',
      supportRequested: 'Support requested and proposal',
      customer: 'Customer or deal',
      owner: 'Owner',
      reporter: 'Reporter',
      instruction: "Manager's latest direction",
      openMeasures: 'Open measures',
    },
    gradesLine: (impact, urgency, facts) => `Impact ${impact}, urgency ${urgency}${facts ? `: ${facts}` : ''}`,
    emergencyReport: 'Emergency report (escalated at once)',
    raisedByHand: 'escalated by hand at this time',

    logSheetName: 'Escalation log',
    logHeaders: ['Time', 'Incident ID', 'Stage', 'Recipients', 'Result'],
    logSent: 'Sent',
    logFollowUp: 'Follow-up',
    historyTold: (to) => `Told: ${to.join(', ')}`,
    logFailed: (error) => `Error: ${error}`,
    logDeferredQuota: 'Not sent (daily email quota reached): will go out on a later run',
    logDeferredTime: "Not sent (the run's time limit): will go out on the next run",
    summarySubject: '[Escalation] Some rows need attention',
    summaryIntro: 'These rows cannot be read, so they are not escalated. Fix what their "Needs attention" column says.',
    summaryRow: (row, id, problems) => `Row ${row} ${id}: ${problems}`,
    menu: ESCALATION_MENU.en,
    turnedOn: 'Escalations are on: every hour the deadlines are checked and the notices due are sent.',
    turnedOff: 'Escalations are off.',
    alreadyOn: 'Escalations are already on (hourly).',
    runByOther: (operator) =>
      `Escalations are already on, run hourly by ${operator || 'another user'}. They were not started a second time.`,
    turnedOffForOperator: (operator) =>
      `Escalations are off. The hourly run under ${operator}'s account removes itself the next time it fires.`,
    previewTitle: 'Next notices (nothing is sent)',
    previewEmpty: 'The next check would send no notices.',
    previewRecipient: (to, subject) => `To: ${to} — Subject: ${subject}`,
    noIncidentsSheet: (names) => `No incidents sheet (${names}) was found. Run set-up first.`,
    busy: 'Another run is in progress. Please try again in a moment.',
  },
};

const STAGE_LABELS: Catalogue<readonly string[]> = {
  ja: [0, 1, 2, 3].map((n) => ESCALATION_MESSAGES.ja.stage(n)),
  en: [0, 1, 2, 3].map((n) => ESCALATION_MESSAGES.en.stage(n)),
};

/** The stage column's and the log's label, made once rather than once per row. */
export function stageLabel(stage: number, lang: Lang): string {
  return STAGE_LABELS[lang][stage] ?? ESCALATION_MESSAGES[lang].stage(stage);
}
