// Every word of the settings sheet and its validation messages, in both languages.
import type { Catalogue, Lang } from '../language';
import { SETTING_BOUNDS as B } from './settings';

export type SettingKey =
  | 'businessHours'
  | 'workdays'
  | 'nationalHolidays'
  | 'companyDaysOff'
  | 'quietHours'
  | 'warningPoint'
  | 'reminderCap'
  | 'executives'
  | 'veryHighNight'
  | 'weeklyReview'
  | FollowUpKey;
/** The follow-up block's rows (steps 5–7): settings.followUp. */
export type FollowUpKey = 'measureGrace' | 'effectCheckAfter' | 'retrospectiveLevels' | 'retrospectiveAfter';
export type LevelColumn = 'respondBy' | 'resolveBy' | 'repeat' | 'stage3After' | 'breachStage';
export type AllowedKind =
  | 'level'
  | 'duration'
  | 'repeat'
  | 'stage'
  | 'businessHours'
  | 'workdays'
  | 'yesNo'
  | 'date'
  | 'quietHours'
  | 'percent'
  | 'count'
  | 'email'
  | 'recipient'
  | 'language'
  | 'weekday'
  | 'nightRepeats'
  | 'followUpDuration'
  | 'levels';

export interface SettingsMessages {
  sheetName: string;
  matrixTitle: string;
  matrixCorner: string;
  levelsTitle: string;
  levelHeader: string;
  levelColumns: Record<LevelColumn, string>;
  generalTitle: string;
  followUpTitle: string;
  keys: Record<SettingKey, string>;
  routingTitle: string;
  routingDefault: string;
  languagesTitle: string;
  languagesHeader: readonly [email: string, language: string];
  languageNames: Record<Lang, string>;
  peopleTitle: string;
  peopleHeader: readonly [name: string, email: string];
  words: {
    none: string;
    atOnce: string;
    everyRun: string;
    yes: string;
    no: string;
    outsideHours: string;
    inBusinessHours: string;
    hours: string;
    days: string;
  };
  weekdays: readonly string[];
  stageNames: readonly string[];
  allowed: Record<AllowedKind, string>;
  problem(cell: string, what: string, value: string, allowed: string): string;
  keptLastGood: string;
}

export const SETTINGS_MESSAGES: Catalogue<SettingsMessages> = {
  ja: {
    sheetName: 'エスカレーション設定',
    matrixTitle: '■ リスクマトリクス（行: 緊急度 高→低、列: 影響度 低→高）',
    matrixCorner: '緊急度＼影響度',
    levelsTitle: '■ リスクレベルごとの期限（営業時間で数えます）',
    levelHeader: 'リスクレベル',
    levelColumns: {
      respondBy: '初動期限（上位管理者へ）',
      resolveBy: '解決期限',
      repeat: '再通知の間隔',
      stage3After: '第3段階までの猶予（初動期限から）',
      breachStage: '解決期限超過時の通知先',
    },
    generalTitle: '■ 全般',
    followUpTitle: '■ フォローアップ（対策・効果確認・振り返り、営業時間で数えます）',
    keys: {
      businessHours: '営業時間',
      workdays: '営業日',
      nationalHolidays: '日本の祝日を休みにする',
      companyDaysOff: '会社の休日',
      quietHours: '静かな時間帯',
      warningPoint: '事前警告（期限までの経過割合）',
      reminderCap: '再通知の上限（回）',
      executives: '役員（第3段階の通知先・メール）',
      veryHighNight: '非常に高リスクの営業時間外の再通知（初回は即時）',
      weeklyReview: '週次レビュー（曜日・営業開始時に上位管理者と役員へ）',
      measureGrace: '期限超過の対策を上位者へ知らせるまで（期限から）',
      effectCheckAfter: '効果確認の催促（対策の完了から）',
      retrospectiveLevels: '振り返りが必要なリスクレベル',
      retrospectiveAfter: '振り返りの催促（解決から）',
    },
    routingTitle: '■ リスクの種類ごとの上位管理者（メール、行のエスカレーション先が優先）',
    routingDefault: '既定（その他）',
    languagesTitle: '■ 宛先ごとの言語（ここにない宛先にはスプレッドシートの言語で送ります）',
    languagesHeader: ['メールアドレス', '言語'],
    peopleTitle: '■ 名簿（担当者・エスカレーション先に名前で書いた人のメールアドレス）',
    peopleHeader: ['名前', 'メールアドレス'],
    languageNames: { ja: '日本語', en: '英語' },
    words: {
      none: 'なし',
      atOnce: '即時',
      everyRun: '毎回',
      yes: 'はい',
      no: 'いいえ',
      outsideHours: '営業時間外',
      inBusinessHours: '営業時間内',
      hours: '時間',
      days: '営業日',
    },
    weekdays: ['日', '月', '火', '水', '木', '金', '土'],
    stageNames: ['第1段階（担当者）', '第2段階（上位管理者）', '第3段階（上位管理者と役員）'],
    allowed: {
      level: '非常に高リスク・高リスク・中リスク・低リスク（Very high/High/Medium/Low も可）',
      duration: `「4時間」「1営業日」「即時」「なし」のような期間（${B.deadlineHours}時間または${B.deadlineDays}営業日まで）`,
      repeat: `「4時間」「1営業日」「毎回」「なし」のような間隔（${B.repeatHours.min}〜${B.repeatHours.max}時間または${B.repeatDays.min}〜${B.repeatDays.max}営業日）`,
      stage: '第1段階・第2段階・第3段階（1・2・3 も可）',
      businessHours: '「09:00-18:00」のような開始と終了の時刻',
      workdays: '「月,火,水,木,金」のような曜日の並び',
      yesNo: '「はい」または「いいえ」',
      date: '「2026-12-29」のような日付（複数はカンマ区切りか右のセルへ）',
      quietHours: '「営業時間外」または「なし」',
      percent: '1%〜99%の割合（例: 75%）',
      count: `1〜${B.reminderCap}の整数`,
      email: 'メールアドレス（複数はカンマ区切りか右のセルへ）',
      recipient: 'メールアドレス（複数はカンマ区切り）',
      language: '「日本語」または「英語」（ja・en、Japanese・English も可）',
      weekday: '「月」のような曜日1つ、または「なし」',
      nightRepeats: '「毎回」または「営業時間内」',
      followUpDuration: `「4時間」「2営業日」のような期間（${B.deadlineHours}時間または${B.deadlineDays}営業日まで）`,
      levels: '「非常に高リスク,高リスク」のようなリスクレベルの並び、または「なし」',
    },
    problem: (cell, what, value, allowed) =>
      `設定シートの${cell}（${what}）「${value}」は使えません。${allowed}を入力してください。`,
    keptLastGood: '設定に誤りがあるため、最後に正しかった設定で動作しています。',
  },
  en: {
    sheetName: 'Escalation settings',
    matrixTitle: '■ Risk matrix (rows: urgency high→low, columns: impact low→high)',
    matrixCorner: 'Urgency \\ Impact',
    levelsTitle: '■ Deadlines per risk level (counted in business hours)',
    levelHeader: 'Risk level',
    levelColumns: {
      respondBy: 'Respond by (to manager)',
      resolveBy: 'Resolve by',
      repeat: 'Repeat every',
      stage3After: 'Stage 3 after (from respond-by)',
      breachStage: 'Told when resolve-by passes',
    },
    generalTitle: '■ General',
    followUpTitle: '■ Follow-up (measures, effect checks, retrospectives; in business hours)',
    keys: {
      businessHours: 'Business hours',
      workdays: 'Workdays',
      nationalHolidays: 'Japanese holidays off',
      companyDaysOff: 'Company days off',
      quietHours: 'Quiet hours',
      warningPoint: 'Warning point (share of time to deadline)',
      reminderCap: 'Reminder cap (times)',
      executives: 'Executives (stage 3, email)',
      veryHighNight: 'Very-high reminders outside business hours (the first notice goes at once)',
      weeklyReview: 'Weekly review (day; to managers and executives at business opening)',
      measureGrace: 'Overdue measures go to the managers after (from the due date)',
      effectCheckAfter: 'Effect check reminded after (from the measure done)',
      retrospectiveLevels: 'Risk levels that need a retrospective',
      retrospectiveAfter: 'Retrospective reminded after (from resolution)',
    },
    routingTitle: "■ Managers by risk category (email; a row's own Escalate to wins)",
    routingDefault: 'Default (other)',
    languagesTitle: "■ Language per recipient (anyone not listed gets the spreadsheet's language)",
    languagesHeader: ['Email', 'Language'],
    peopleTitle: '■ People (the email of each person written by name as owner or escalate-to)',
    peopleHeader: ['Name', 'Email'],
    languageNames: { ja: 'Japanese', en: 'English' },
    words: {
      none: 'none',
      atOnce: 'at once',
      everyRun: 'every run',
      yes: 'yes',
      no: 'no',
      outsideHours: 'outside business hours',
      inBusinessHours: 'business hours',
      hours: 'hours',
      days: 'business days',
    },
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    stageNames: ['Stage 1 (owner)', 'Stage 2 (manager)', 'Stage 3 (manager and executives)'],
    allowed: {
      level: 'Very high, High, Medium or Low (or 非常に高リスク/高リスク/中リスク/低リスク)',
      duration: `a duration such as "4 hours", "1 business day", "at once" or "none" (at most ${B.deadlineHours} hours or ${B.deadlineDays} business days)`,
      repeat: `an interval such as "4 hours", "1 business day", "every run" or "none" (${B.repeatHours.min} to ${B.repeatHours.max} hours, or ${B.repeatDays.min} to ${B.repeatDays.max} business days)`,
      stage: 'Stage 1, Stage 2 or Stage 3 (or 1, 2, 3)',
      businessHours: 'start and end times such as "09:00-18:00"',
      workdays: 'weekdays such as "Mon, Tue, Wed, Thu, Fri"',
      yesNo: '"yes" or "no"',
      date: 'dates such as "2026-12-29" (several: separate with commas or use the cells to the right)',
      quietHours: '"outside business hours" or "none"',
      percent: 'a share from 1% to 99% (e.g. 75%)',
      count: `a whole number from 1 to ${B.reminderCap}`,
      email: 'email addresses (several: separate with commas or use the cells to the right)',
      recipient: 'email addresses (several: separate with commas)',
      language: '"Japanese" or "English" (or ja, en, 日本語, 英語)',
      weekday: 'one weekday such as "Monday", or "none"',
      nightRepeats: '"every run" or "business hours"',
      followUpDuration: `a duration such as "4 hours" or "2 business days" (at most ${B.deadlineHours} hours or ${B.deadlineDays} business days)`,
      levels: 'risk levels such as "Very high, High", or "none"',
    },
    problem: (cell, what, value, allowed) =>
      `Settings sheet ${cell} (${what}): "${value}" cannot be used. Enter ${allowed}.`,
    keptLastGood: 'The settings have errors, so the last good settings stay in force.',
  },
};
