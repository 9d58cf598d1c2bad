// Words of the incident report sidebar beyond the form's field labels (those live in intake-messages).
import type { Catalogue } from '../domain/language';

/** The four parts of a good escalation report (docs/domain.md §5), one fieldset each. */
export type SectionKey = 'problem' | 'response' | 'assessment' | 'support';
export type HintedField =
  'summary' | 'actionsTaken' | 'impact' | 'urgency' | 'assessment' | 'supportRequested' | 'managerEmail';

export interface SidebarMessages {
  title: string;
  intro: string;
  requiredMark: string;
  sections: Record<SectionKey, string>;
  hints: Record<HintedField, string>;
  occurredAtHint(timeZone: string): string;
  chooseGrade: string;
  noCategory: string;
  previewPending: string;
  decisionLabel: string;
  submit: string;
  submitting: string;
  invalid(count: number): string;
  notSaved: string;
  keptNote: string;
  saved(id: string): string;
  savedLevel(level: string): string;
  emergencyNotified: string;
  emergencyQueued: string;
  emergencyPartly: (told: string, waiting: string) => string;
  cleared: string;
  noServer: string;
  unknownError: string;
}

export const SIDEBAR_MESSAGES: Catalogue<SidebarMessages> = {
  ja: {
    title: 'インシデント報告',
    intro: '報告の要点4つを記入してください。リスクは影響度と緊急度から自動で決まります。',
    requiredMark: '必須',
    sections: {
      problem: '1. 問題の概要',
      response: '2. 現場での対応',
      assessment: '3. 影響度と緊急度の評価',
      support: '4. 求めるサポートと提案',
    },
    hints: {
      summary: '問題の性質、影響範囲、背景を簡潔に。',
      actionsTaken: '行った対応とその結果、解決しなかった理由。',
      impact: '高: 売上や案件の成否に重大な影響／中: 一部門・一案件に影響／低: 軽微で管理しやすい',
      urgency: '高: 放置すると数時間〜数日で深刻化／中: 数日〜数週間の猶予／低: 計画どおり対応できる',
      assessment: '評価の裏づけとなる具体的な数値や事実（金額、件数、期限など）。',
      supportRequested: '必要な判断・人員・予算と、あなたの提案。',
      managerEmail: '複数ある場合はカンマで区切ってください。',
    },
    occurredAtHint: (timeZone) => `${timeZone} の時刻。空欄なら送信した時刻になります。`,
    chooseGrade: '選択してください',
    noCategory: '（未選択）',
    previewPending: '影響度と緊急度を選ぶと、リスクと判断基準が表示されます。',
    decisionLabel: '判断基準',
    submit: '報告する',
    submitting: '送信中…',
    invalid: (count) => `入力内容を確認してください（${count}件）。`,
    notSaved: '登録できませんでした',
    keptNote: '入力内容はそのまま残っています。',
    saved: (id) => `${id} として登録しました`,
    savedLevel: (level) => `リスク: ${level}`,
    emergencyNotified: '非常に高リスクのため、上位管理者と役員に直ちに通知しました。',
    emergencyQueued: '非常に高リスクです。次回の定期チェックで上位管理者と役員に通知されます。',
    emergencyPartly: (told, waiting) =>
      `非常に高リスクのため ${told} に直ちに通知しました。${waiting} には送れなかったため、次回の定期チェックで通知します。`,
    cleared: 'フォームを空にしました。続けて次の報告を入力できます。',
    noServer: 'このフォームはスプレッドシートのアドオンから開いたときだけ送信できます。',
    unknownError: '送信できませんでした。もう一度お試しください。',
  },
  en: {
    title: 'Report an incident',
    intro: 'Fill in the four parts of the report. The risk level follows from impact and urgency.',
    requiredMark: 'required',
    sections: {
      problem: '1. The problem',
      response: '2. Actions taken on site',
      assessment: '3. Impact and urgency',
      support: '4. Support requested',
    },
    hints: {
      summary: 'What happened, how far it reaches, and the background.',
      actionsTaken: 'What you did, what came of it, and why it did not solve the problem.',
      impact:
        'High: revenue or project success at stake. Medium: one department or project. Low: minor, easy to manage.',
      urgency:
        'High: serious harm within hours to days. Medium: days to weeks of slack. Low: can be handled as planned.',
      assessment: 'Concrete figures and facts behind the grades (amounts, counts, deadlines).',
      supportRequested: 'The decision, people or budget you need, and what you propose.',
      managerEmail: 'Separate several addresses with commas.',
    },
    occurredAtHint: (timeZone) => `Time in ${timeZone}. Leave blank to use the time you submit.`,
    chooseGrade: 'Choose…',
    noCategory: '(none)',
    previewPending: 'Choose impact and urgency to see the risk level and what to do.',
    decisionLabel: 'What to do',
    submit: 'Submit report',
    submitting: 'Sending…',
    invalid: (count) => (count === 1 ? 'Check the form: 1 problem.' : `Check the form: ${count} problems.`),
    notSaved: 'Not saved',
    keptNote: 'Everything you typed is still in the form.',
    saved: (id) => `Saved as ${id}`,
    savedLevel: (level) => `Risk: ${level}`,
    emergencyNotified: 'Very high risk: managers and executives have been told at once.',
    emergencyQueued: 'Very high risk: managers and executives will be told on the next scheduled check.',
    emergencyPartly: (told, waiting) =>
      `Very high risk: ${told} told at once. ${waiting} could not be reached now and will be told on the next scheduled check.`,
    cleared: 'The form is cleared for the next report.',
    noServer: 'This form can submit only when opened from the add-on in a spreadsheet.',
    unknownError: 'The report could not be sent. Please try again.',
  },
};
