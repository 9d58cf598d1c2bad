// Messages of the incident report form and its server call, in both languages.
import type { Catalogue } from '../language';

export type FormField =
  | 'summary'
  | 'actionsTaken'
  | 'impact'
  | 'urgency'
  | 'assessment'
  | 'supportRequested'
  | 'category'
  | 'customer'
  | 'occurredAt'
  | 'owner'
  | 'managerEmail';

export interface IntakeMessages {
  fieldLabel: Record<FormField, string>;
  required(field: string): string;
  tooLong(field: string, max: number): string;
  notText(field: string): string;
  badGrade(field: string, value: string): string;
  badCategory(value: string): string;
  badDate(value: string): string;
  impossibleDate(value: string): string;
  futureDate(): string;
  badEmail(value: string): string;
  notAForm(): string;
  busy(): string;
  notSetUp(): string;
}

export const INTAKE_MESSAGES: Catalogue<IntakeMessages> = {
  ja: {
    fieldLabel: {
      summary: '問題の概要',
      actionsTaken: '現場で行った対応',
      impact: '影響度',
      urgency: '緊急度',
      assessment: '評価の根拠（事実・数値）',
      supportRequested: '求めるサポートと提案',
      category: 'リスクの種類',
      customer: '顧客・案件',
      occurredAt: '発生日時',
      owner: '担当者',
      managerEmail: 'エスカレーション先（メール）',
    },
    required: (field) => `${field}を入力してください。`,
    tooLong: (field, max) => `${field}は${max}文字以内にしてください。`,
    notText: (field) => `${field}は文字で入力してください。`,
    badGrade: (field, value) => `${field}「${value}」は選べません。高・中・低のいずれかを選んでください。`,
    badCategory: (value) => `リスクの種類「${value}」は選べません。一覧から選んでください。`,
    badDate: (value) => `発生日時「${value}」は読み取れません。2026-11-24T10:30+09:00 のような日時を指定してください。`,
    impossibleDate: (value) =>
      `発生日時「${value}」は存在しない日時です（2月30日、4月31日、24時などは指定できません）。日付と時刻を確認して入力し直してください。`,
    futureDate: () => '発生日時が未来になっています。すでに起きた日時を入力してください。',
    badEmail: (value) =>
      `メールアドレス「${value}」は正しくありません。name@example.com の形で、複数ある場合はカンマで区切ってください。`,
    notAForm: () => '報告の内容が届きませんでした。フォームから送信し直してください。',
    busy: () => '他の人が同時に登録しています。数秒待ってからもう一度送信してください（入力内容はそのままです）。',
    notSetUp: () => 'インシデントシートを準備できませんでした。メニューの「初期設定」を実行してから送信してください。',
  },
  en: {
    fieldLabel: {
      summary: 'Summary',
      actionsTaken: 'Actions taken on site',
      impact: 'Impact',
      urgency: 'Urgency',
      assessment: 'Assessment (facts and figures)',
      supportRequested: 'Support requested and proposal',
      category: 'Risk category',
      customer: 'Customer or deal',
      occurredAt: 'Occurred at',
      owner: 'Owner',
      managerEmail: 'Escalate to (email)',
    },
    required: (field) => `Enter the ${field.toLowerCase()}.`,
    tooLong: (field, max) => `${field} must be ${max} characters or fewer.`,
    notText: (field) => `${field} must be text.`,
    badGrade: (field, value) => `${field} "${value}" is not a grade. Choose High, Medium or Low.`,
    badCategory: (value) => `Risk category "${value}" is not in the list. Choose one from the list.`,
    badDate: (value) => `Cannot read the time "${value}". Give a date and time such as 2026-11-24T10:30+09:00.`,
    impossibleDate: (value) =>
      `"${value}" is not a real date and time (there is no 30 February, 31 April or 24:00). Check the date and time and enter them again.`,
    futureDate: () => 'The time it occurred is in the future. Enter when it actually happened.',
    badEmail: (value) =>
      `"${value}" is not a valid email address. Use name@example.com, separating several with commas.`,
    notAForm: () => 'The report did not arrive. Please submit it again from the form.',
    busy: () =>
      'Someone else is saving an incident right now. Wait a few seconds and submit again (your entries are kept).',
    notSetUp: () => 'The incidents sheet could not be prepared. Run "Set up" from the menu, then submit again.',
  },
};
