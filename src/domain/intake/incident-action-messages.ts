// What the incident view's server calls say (steps 4–7 of docs/domain.md §7): errors in the user's
// language, each saying what is wrong and how to fix it, and the history's details in the sheet's.
// The words are the articles' own (上位者による判断と対応, 問題が解決したかどうかの確認, 振り返りと改善, 対策).
import type { Catalogue } from '../language';

export interface ActionErrorMessages {
  /** Fields that are no column of a sheet (the others are named by their column's header). */
  field: { reason: string; note: string; to: string; row: string };
  notAnAction: string;
  required(field: string): string;
  tooLong(field: string, max: number): string;
  badChoice(field: string, value: string, allowed: string): string;
  badDue(value: string): string;
  notFound(id: string): string;
  noSelection(sheet: string): string;
  noIncidentsSheet(names: string): string;
  noIdOnRow(row: number): string;
  finished(status: string): string;
  onHoldAlready: string;
  notOnHold: string;
  resumeFirst: string;
  holdFirst(status: string): string;
  notResolved(status: string): string;
  retrospectiveFirst(level: string): string;
  resolveBeforeRetrospective: string;
  notReopenable(status: string): string;
  noManagers: string;
  unknownManager(value: string): string;
  noExecutives: string;
  noUserEmail(column: string): string;
  unreadableStatus(value: string): string;
  noMeasure(row: number, id: string): string;
  measureAlreadyDone: string;
  measureNotDone: string;
  formulaColumn(column: string): string;
  busy: string;
}

export interface HistoryDetailMessages {
  instruction(instruction: string, resources: string): string;
  escalatedTo(to: 'manager' | 'executives', reason: string): string;
  measure(kind: string, measure: string, owner: string, due: string): string;
  effect(measure: string, result: string): string;
  confirmed(by: string, risk: string): string;
  rootCause(rootCause: string): string;
  /** The 再発リスク cell's words, also read back (either language). */
  recurrence: { yes: string; no: string };
}

export interface IncidentActionMessages {
  errors: ActionErrorMessages;
  detail: HistoryDetailMessages;
}

export const INCIDENT_ACTION_MESSAGES: Catalogue<IncidentActionMessages> = {
  ja: {
    errors: {
      field: { reason: '理由', note: 'メモ', to: 'エスカレーション先', row: '対策の行' },
      notAnAction: 'この操作は読み取れません。サイドバーを閉じて開き直してから、もう一度操作してください。',
      required: (field) => `${field}を入力してください。`,
      tooLong: (field, max) => `${field}は${max}文字以内で入力してください。`,
      badChoice: (field, value, allowed) => `${field}「${value}」は選べません（${allowed}のどれか）。`,
      badDue: (value) => `期限「${value}」は日付として読み取れません（例: 2026-12-01）。`,
      notFound: (id) =>
        `インシデント「${id}」がシートにありません。IDを確認するか、サイドバーの一覧から選び直してください。`,
      noSelection: (sheet) => `「${sheet}」シートでインシデントの行を選ぶか、サイドバーの一覧から選んでください。`,
      noIncidentsSheet: (names) =>
        `インシデントのシート（${names}）がありません。メニューの「初期設定」を実行してください。`,
      noIdOnRow: (row) =>
        `${row}行目にはIDがありません。問題の概要か影響度・緊急度を入力すると、IDが付いてから開けます。`,
      finished: (status) =>
        `このインシデントは「${status}」です。対応を続けるには、先に「再オープン」で理由を記録してください。`,
      onHoldAlready: 'このインシデントはすでに「保留」です。',
      notOnHold: 'このインシデントは「保留」ではありません。再開の操作は保留中のインシデントにだけ使えます。',
      resumeFirst: 'このインシデントは「保留」です。エスカレーションするには、先に「再開」してください。',
      holdFirst: (status) => `「${status}」のインシデントは保留にできません。`,
      notResolved: (status) =>
        `完了にできるのは、問題が解決したかどうかの確認の後です（いまは「${status}」）。先に「解決」で解決確認者と再発リスクを記録してください。`,
      retrospectiveFirst: (level) =>
        `${level}のインシデントは、完了の前に振り返りと改善（根本原因・良かった点・改善点）の記録が必要です。先に振り返りを記録してください。`,
      resolveBeforeRetrospective:
        '振り返りは、問題が解決したかどうかの確認の後に記録します。先に「解決」で解決確認者と再発リスクを記録してください。',
      notReopenable: (status) => `「${status}」のインシデントは再オープンできません（解決済み・完了のときだけ）。`,
      noManagers:
        'エスカレーション先（上位管理者）がいません。この行の「エスカレーション先（メール）」か、設定シートのリスクの種類ごとの上位管理者にメールアドレスを入力してください。',
      unknownManager: (value) =>
        `この行のエスカレーション先「${value}」は、メールアドレスでも設定シートの名簿にある名前でもありません。メールアドレスに直すか、名簿に名前とアドレスを追加してください。`,
      noExecutives:
        '経営層が設定されていません。設定シートの「経営層」にメールアドレスを入力するか、上位管理者へのエスカレーションを選んでください。',
      noUserEmail: (column) =>
        `あなたのメールアドレスを取得できないため、自動で記録できません。シートの「${column}」にお名前を直接入力してください。`,
      unreadableStatus: (value) =>
        `ステータス「${value}」は読み取れません。シートで未対応・対応中・保留・解決済み・完了のどれかに直してください。`,
      noMeasure: (row, id) =>
        `対策シートの${row}行目は、インシデント「${id}」の対策ではありません（行が移動した可能性があります）。サイドバーを開き直してください。`,
      measureAlreadyDone: 'この対策はすでに「完了」です。',
      measureNotDone: '効果確認は対策の完了後に記録します。先にこの対策を「完了」にしてください。',
      formulaColumn: (column) =>
        `「${column}」列は数式で埋められているため書き込めません。数式を外すか、シートで直接入力してください。`,
      busy: '他の人がシートに書き込み中です。少し待ってから、もう一度操作してください（入力した内容はそのままです）。',
    },
    detail: {
      instruction: (instruction, resources) =>
        resources ? `${instruction}（リソース・予算: ${resources}）` : instruction,
      escalatedTo: (to, reason) =>
        `${to === 'executives' ? '経営層へ（第3段階、通常のフローをスキップ）' : '上位管理者へ（第2段階）'}: ${reason}`,
      measure: (kind, measure, owner, due) => `［${kind}］${measure}（担当: ${owner}、期限: ${due}）`,
      effect: (measure, result) => `効果確認「${measure}」: ${result}`,
      confirmed: (by, risk) => `解決確認者: ${by}、再発リスク: ${risk}`,
      rootCause: (rootCause) => `根本原因: ${rootCause}`,
      recurrence: { yes: 'あり', no: 'なし' },
    },
  },
  en: {
    errors: {
      field: { reason: 'the reason', note: 'the note', to: 'who to escalate to', row: "the measure's row" },
      notAnAction: 'This action could not be read. Close the sidebar, open it again and retry.',
      required: (field) => `Please enter ${field}.`,
      tooLong: (field, max) => `${field} must be at most ${max} characters.`,
      badChoice: (field, value, allowed) => `${field} "${value}" is not a choice (one of ${allowed}).`,
      badDue: (value) => `Due date "${value}" is not a date (for example 2026-12-01).`,
      notFound: (id) =>
        `Incident "${id}" is not on the sheet. Check the ID, or pick the incident again from the sidebar's list.`,
      noSelection: (sheet) => `Select an incident's row on the "${sheet}" sheet, or pick one from the sidebar's list.`,
      noIncidentsSheet: (names) => `There is no incidents sheet (${names}). Run "Set up sheets" from the menu.`,
      noIdOnRow: (row) => `Row ${row} has no ID. Enter a summary or the grades: it gets an ID and can be opened then.`,
      finished: (status) => `This incident is ${status}. To keep working on it, reopen it first and say why.`,
      onHoldAlready: 'This incident is already on hold.',
      notOnHold: 'This incident is not on hold: only an incident on hold can be resumed.',
      resumeFirst: 'This incident is on hold. Resume it first to escalate it.',
      holdFirst: (status) => `An incident that is ${status} cannot be put on hold.`,
      notResolved: (status) =>
        `An incident is closed only after the resolution check (it is ${status} now). First resolve it, saying who confirmed it and whether a risk of recurrence remains.`,
      retrospectiveFirst: (level) =>
        `A ${level} incident needs a retrospective (root cause, what worked, what to improve) before it is closed. Record the retrospective first.`,
      resolveBeforeRetrospective:
        'The retrospective follows the resolution check. First resolve the incident, saying who confirmed it and whether a risk of recurrence remains.',
      notReopenable: (status) => `An incident that is ${status} cannot be reopened (only resolved or closed ones).`,
      noManagers:
        'There is no manager to escalate to. Enter an email in the row\'s "Escalate to (email)", or in the settings sheet\'s managers by risk category.',
      unknownManager: (value) =>
        `The row's "Escalate to" holds "${value}", which is neither an email address nor a name in the settings sheet's people table. Correct it to an address, or add the name and address to the people table.`,
      noExecutives:
        'No executives are set. Enter their emails under "Executives" on the settings sheet, or escalate to the manager instead.',
      noUserEmail: (column) =>
        `Your email address is not available, so it cannot be recorded for you. Type your name in "${column}" on the sheet.`,
      unreadableStatus: (value) =>
        `Status "${value}" cannot be read. Correct it on the sheet to Open, In progress, On hold, Resolved or Closed.`,
      noMeasure: (row, id) =>
        `Row ${row} of the measures sheet is not a measure of incident "${id}" (rows may have moved). Open the sidebar again.`,
      measureAlreadyDone: 'This measure is already done.',
      measureNotDone: 'An effect check is recorded once the measure is done. Mark the measure done first.',
      formulaColumn: (column) =>
        `Column "${column}" is filled by a formula and cannot be written. Remove the formula, or type the value on the sheet.`,
      busy: 'Someone else is writing to the sheet. Wait a moment and try again (what you typed is kept).',
    },
    detail: {
      instruction: (instruction, resources) =>
        resources ? `${instruction} (resources or budget: ${resources})` : instruction,
      escalatedTo: (to, reason) =>
        `${to === 'executives' ? 'To the executives (stage 3, usual flow skipped)' : 'To the manager (stage 2)'}: ${reason}`,
      measure: (kind, measure, owner, due) => `[${kind}] ${measure} (owner: ${owner}, due: ${due})`,
      effect: (measure, result) => `Effect check "${measure}": ${result}`,
      confirmed: (by, risk) => `Confirmed by: ${by}; risk of recurrence: ${risk}`,
      rootCause: (rootCause) => `Root cause: ${rootCause}`,
      recurrence: { yes: 'Yes', no: 'No' },
    },
  },
};
