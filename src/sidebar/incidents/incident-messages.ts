// Words of the sidebar's incident view (steps 4–7 of docs/domain.md §7), in the articles' own words:
// 上位者による判断と対応, フォローアップ (対策), 問題が解決したかどうかの確認, 振り返りと改善.
import type { Catalogue } from '../../domain/language';
import type { ActionKind } from './incident-actions';

/** The inputs of the action forms; one label (and hint, when any) per input. */
export type ActionInput =
  | 'instruction'
  | 'resources'
  | 'to'
  | 'reason'
  | 'measure'
  | 'measureKind'
  | 'owner'
  | 'due'
  | 'result'
  | 'confirmedBy'
  | 'recurrenceRisk'
  | 'note'
  | 'rootCause'
  | 'wentWell'
  | 'toImprove'
  | 'prevention';

export interface IncidentMessages {
  tabs: { report: string; incidents: string; label: string };
  listTitle: string;
  openSelected: string;
  refresh: string;
  loading: string;
  forMe: string;
  others: string;
  noIncidents: string;
  overdue: string;
  stage(stage: 1 | 2 | 3): string;
  noStage: string;
  noLevel: string;
  backToList: string;
  sections: {
    report: string;
    state: string;
    direction: string;
    measures: string;
    resolution: string;
    retrospective: string;
    history: string;
    actions: string;
  };
  /** Beyond the report form's own field labels (intake-messages), which the report section reuses. */
  reportFields: { reportedAt: string; reporter: string };
  level: string;
  status: string;
  stageLabel: string;
  respondBy: string;
  resolveBy: string;
  acknowledgedBy: string;
  instruction: string;
  resources: string;
  confirmedBy: string;
  recurrenceRisk: string;
  risk: { yes: string; no: string };
  retrospectiveFields: { rootCause: string; wentWell: string; toImprove: string; prevention: string };
  measureFields: { owner: string; due: string; status: string; doneAt: string; effect: string };
  effectBy(result: string, at: string, by: string): string;
  noMeasures: string;
  noHistory: string;
  notYet: string;
  none: string;
  historyBy(by: string): string;
  actions: Record<ActionKind, string>;
  /** What each action records, shown at the top of its form. */
  actionIntro: Partial<Record<ActionKind, string>>;
  inputs: Record<ActionInput, string>;
  to: { manager: string; executives: string };
  chooseKind: string;
  requiredMark: string;
  required: string;
  retrospectiveRequired: string;
  retrospectiveBeforeClose: string;
  send: string;
  sending: string;
  cancel: string;
  escapeHint: string;
  invalid(count: number): string;
  failed: string;
  keptNote: string;
  done(action: string, id: string): string;
  nowState(status: string, stage: string): string;
  noServer: string;
  unknownError: string;
  loadFailed: string;
}

export const INCIDENT_MESSAGES: Catalogue<IncidentMessages> = {
  ja: {
    tabs: { report: '新規報告', incidents: 'インシデント', label: '表示の切り替え' },
    listTitle: '対応中のインシデント',
    openSelected: '選択行のインシデントを開く',
    refresh: '一覧を更新',
    loading: '読み込み中…',
    forMe: 'あなた宛て',
    others: 'その他',
    noIncidents: '対応中のインシデントはありません。',
    overdue: '期限超過',
    stage: (stage) => ['第一段階', '第二段階', '第三段階'][stage - 1] as string,
    noStage: '段階なし',
    noLevel: 'リスク未判定',
    backToList: '一覧に戻る',
    sections: {
      report: '報告内容',
      state: '現在の状況',
      direction: '上位者による判断と対応',
      measures: 'フォローアップ（対策）',
      resolution: '問題が解決したかどうかの確認',
      retrospective: '振り返りと改善',
      history: '履歴（時系列）',
      actions: '対応を記録する',
    },
    reportFields: { reportedAt: '報告日時', reporter: '報告者' },
    level: 'リスクレベル',
    status: 'ステータス',
    stageLabel: '段階',
    respondBy: '初動期限',
    resolveBy: '解決期限',
    acknowledgedBy: '確認者',
    instruction: '判断・指示',
    resources: '割り当てた人員・予算',
    confirmedBy: '解決を確認した人',
    recurrenceRisk: '再発リスク',
    risk: { yes: 'あり', no: 'なし' },
    retrospectiveFields: {
      rootCause: '根本原因',
      wentWell: '良かった点',
      toImprove: '改善点',
      prevention: '再発防止策',
    },
    measureFields: { owner: '担当者', due: '期限', status: '状況', doneAt: '完了日', effect: '効果確認' },
    effectBy: (result, at, by) => `${result}（${[at, by].filter(Boolean).join('、')}）`,
    noMeasures: '対策はまだありません。',
    noHistory: '履歴はまだありません。',
    notYet: '未記入',
    none: 'なし',
    historyBy: (by) => `${by}`,
    actions: {
      acknowledge: '確認して指示を記録',
      instruct: '指示を記録',
      escalateNow: '今すぐエスカレーション',
      handBack: '現場に差し戻し',
      hold: '保留',
      resume: '再開',
      addMeasure: '対策を追加',
      measureDone: '対策を完了',
      effectCheck: '効果確認',
      resolve: '解決の確認',
      retrospective: '振り返り',
      close: '完了',
      reopen: '再オープン',
    },
    actionIntro: {
      acknowledge: '報告を確認したことと、判断・指示（あれば）を記録します。',
      escalateNow: '現場での対応で改善しないときは、通常のフローをスキップして直ちに知らせます。',
      handBack: '現場（担当者）での対応に戻します。理由を記録します。',
      resume: '保留を解除して対応を再開します。',
      measureDone: 'この対策を完了として記録します。',
      close: 'インシデントを完了にします。',
      reopen: '問題が再発した、または解決していなかったときに、対応に戻します。',
    },
    inputs: {
      instruction: '判断・指示',
      resources: '割り当てる人員・予算',
      to: 'エスカレーション先',
      reason: '理由',
      measure: '対策の内容',
      measureKind: '対策の種類',
      owner: '担当者',
      due: '期限',
      result: '効果確認の結果',
      confirmedBy: '解決を確認した人',
      recurrenceRisk: '再発リスク',
      note: 'メモ',
      rootCause: '根本原因',
      wentWell: '良かった点',
      toImprove: '改善点',
      prevention: '再発防止策',
    },
    to: { manager: '上位管理者', executives: '経営層（直接）' },
    chooseKind: '選択してください',
    requiredMark: '必須',
    required: '入力してください。',
    retrospectiveRequired: 'このリスクレベルでは、完了の前に振り返りが必要です。',
    retrospectiveBeforeClose: '振り返りがまだ記録されていません。先に振り返りを記録してください。',
    send: '記録する',
    sending: '送信中…',
    cancel: 'キャンセル',
    escapeHint: 'Esc キーで閉じます。',
    invalid: (count) => `入力内容を確認してください（${count}件）。`,
    failed: '記録できませんでした',
    keptNote: '入力内容はそのまま残っています。',
    done: (action, id) => `${id}：「${action}」を記録しました。`,
    nowState: (status, stage) => `現在：${status}・${stage}`,
    noServer: 'この画面はスプレッドシートのアドオンから開いたときだけ使えます。',
    unknownError: '送信できませんでした。もう一度お試しください。',
    loadFailed: '読み込めませんでした',
  },
  en: {
    tabs: { report: 'New report', incidents: 'Incidents', label: 'Switch view' },
    listTitle: 'Open incidents',
    openSelected: 'Open the incident of the selected row',
    refresh: 'Refresh the list',
    loading: 'Loading…',
    forMe: 'Addressed to you',
    others: 'Others',
    noIncidents: 'No open incidents.',
    overdue: 'Overdue',
    stage: (stage) => `Stage ${stage}`,
    noStage: 'No stage',
    noLevel: 'Risk not assessed',
    backToList: 'Back to the list',
    sections: {
      report: 'The report',
      state: 'Where it stands',
      direction: "The superior's judgement and direction",
      measures: 'Follow-up (measures)',
      resolution: 'Resolution check',
      retrospective: 'Retrospective and improvement',
      history: 'History (oldest first)',
      actions: 'Record a step',
    },
    reportFields: { reportedAt: 'Reported at', reporter: 'Reporter' },
    level: 'Risk level',
    status: 'Status',
    stageLabel: 'Stage',
    respondBy: 'Respond by',
    resolveBy: 'Resolve by',
    acknowledgedBy: 'Acknowledged by',
    instruction: 'Judgement and instructions',
    resources: 'People or budget granted',
    confirmedBy: 'Resolution confirmed by',
    recurrenceRisk: 'Risk of recurrence',
    risk: { yes: 'Yes', no: 'No' },
    retrospectiveFields: {
      rootCause: 'Root cause',
      wentWell: 'What went well',
      toImprove: 'What to improve',
      prevention: 'Prevention measures',
    },
    measureFields: { owner: 'Owner', due: 'Due', status: 'Status', doneAt: 'Done at', effect: 'Effect check' },
    effectBy: (result, at, by) => `${result} (${[at, by].filter(Boolean).join(', ')})`,
    noMeasures: 'No measures yet.',
    noHistory: 'No history yet.',
    notYet: 'Not yet recorded',
    none: 'None',
    historyBy: (by) => `${by}`,
    actions: {
      acknowledge: 'Acknowledge and record instructions',
      instruct: 'Record instructions',
      escalateNow: 'Escalate now',
      handBack: 'Hand back to the site',
      hold: 'Put on hold',
      resume: 'Resume',
      addMeasure: 'Add a measure',
      measureDone: 'Mark the measure done',
      effectCheck: 'Check its effect',
      resolve: 'Confirm resolution',
      retrospective: 'Retrospective',
      close: 'Close',
      reopen: 'Reopen',
    },
    actionIntro: {
      acknowledge: 'Records that you have read the report, with your judgement and instructions if any.',
      escalateNow: 'When on-site handling is not improving things, skip the usual flow and tell them at once.',
      handBack: 'Returns the incident to the owner on site, with the reason.',
      resume: 'Takes the incident off hold.',
      measureDone: 'Records this measure as done.',
      close: 'Closes the incident.',
      reopen: 'Takes the incident back into handling when the problem came back or was not solved.',
    },
    inputs: {
      instruction: 'Judgement and instructions',
      resources: 'People or budget granted',
      to: 'Escalate to',
      reason: 'Reason',
      measure: 'Measure',
      measureKind: 'Kind',
      owner: 'Owner',
      due: 'Due date',
      result: 'Result of the effect check',
      confirmedBy: 'Confirmed by',
      recurrenceRisk: 'Risk of recurrence',
      note: 'Note',
      rootCause: 'Root cause',
      wentWell: 'What went well',
      toImprove: 'What to improve',
      prevention: 'Prevention measures',
    },
    to: { manager: 'The manager', executives: 'Straight to the executives' },
    chooseKind: 'Choose…',
    requiredMark: 'required',
    required: 'Fill this in.',
    retrospectiveRequired: 'At this risk level a retrospective is required before closing.',
    retrospectiveBeforeClose: 'No retrospective is recorded yet. Record the retrospective first.',
    send: 'Record',
    sending: 'Sending…',
    cancel: 'Cancel',
    escapeHint: 'Press Esc to close.',
    invalid: (count) => (count === 1 ? 'Check the form: 1 problem.' : `Check the form: ${count} problems.`),
    failed: 'Not recorded',
    keptNote: 'Everything you typed is still in the form.',
    done: (action, id) => `${id}: "${action}" recorded.`,
    nowState: (status, stage) => `Now: ${status}, ${stage}`,
    noServer: 'This view works only when opened from the add-on in a spreadsheet.',
    unknownError: 'It could not be sent. Please try again.',
    loadFailed: 'Could not be loaded',
  },
};
