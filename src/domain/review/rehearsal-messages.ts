// Every word of the rehearsal dialog (the flow drawn, the rules check, the rehearsal), in both languages.
import type { Catalogue, Lang } from '../language';
import type { Finding } from './rules-check';
import type { FlowStep } from './flow';

export interface RehearsalMessages {
  readonly title: string;
  readonly flowTitle: string;
  readonly who: readonly [string, string, string];
  readonly when: (step: FlowStep, after: string) => string;
  readonly repeat: (every: string) => string;
  readonly once: string;
  readonly checkTitle: string;
  readonly allClear: string;
  readonly finding: (f: Finding, words: { level: (l: string) => string; category: (c: string) => string }) => string;
  readonly rehearseTitle: string;
  readonly rehearseHint: string;
  readonly openIncident: string;
  readonly hypothetical: string;
  readonly fields: {
    readonly impact: string;
    readonly urgency: string;
    readonly category: string;
    readonly reportedAt: string;
    readonly owner: string;
    readonly manager: string;
  };
  readonly run: string;
  readonly timelineHeaders: readonly [string, string, string, string, string];
  readonly languageName: Readonly<Record<Lang, string>>;
  readonly nothing: string;
  readonly cut: (n: number) => string;
  readonly until: (when: string) => string;
  readonly badForm: string;
  readonly unknownId: (id: string) => string;
  readonly noCategory: string;
}

export const REHEARSAL_MESSAGES: Catalogue<RehearsalMessages> = {
  ja: {
    title: 'エスカレーションフローの確認とリハーサル',
    flowTitle: '■ フロー（設定シートの内容）',
    who: ['第1段階：担当者', '第2段階：上位管理者', '第3段階：上位管理者と役員'],
    when: (step, after) =>
      step.when === 'report'
        ? '報告時から'
        : step.when === 'respondBy'
          ? `未確認のまま初動期限（報告から${after}）を過ぎたら`
          : step.when === 'stage3'
            ? `さらに${after}経っても未確認なら`
            : `解決期限（報告から${after}）を過ぎても未解決なら`,
    repeat: (every) => `再通知：${every}ごと`,
    once: '再通知なし',
    checkTitle: '■ ルールの確認',
    allClear: '問題は見つかりませんでした。',
    finding: (f, w) => {
      switch (f.kind) {
        case 'noManager':
          return `第2段階の通知先がいません（${f.categories.map(w.category).join('、')}）。設定シートの「上位管理者の振り分け」に既定の通知先を入れてください。`;
        case 'noExecutives':
          return `${f.levels.map(w.level).join('・')}は第3段階まで進みますが、役員が設定されていません。設定シートの「役員」に入れてください。`;
        case 'repeatPastDeadline':
          return `${w.level(f.level)}の再通知の間隔が解決期限より長く、次の再通知は期限の後になります。間隔を短くしてください。`;
        case 'warningPoint':
          return `事前警告が${Math.round(f.share * 100)}%で、警告が期限と同時か報告と同時になります。10%〜90%にしてください。`;
        case 'noLanguage':
          return `宛先ごとの言語が混在していますが、${f.recipients.join('、')}には言語が設定されていません（${f.lang === 'ja' ? '日本語' : '英語'}で届きます）。`;
      }
    },
    rehearseTitle: '■ リハーサル（誰も対応しなかった場合）',
    rehearseHint: '通知は送りません。実際のルールと営業日カレンダーで、今後10営業日の通知を計算します。',
    openIncident: '未解決のインシデント',
    hypothetical: 'または仮のインシデント',
    fields: {
      impact: '影響度',
      urgency: '緊急度',
      category: 'リスクの種類',
      reportedAt: '報告日時',
      owner: '担当者（メール）',
      manager: 'エスカレーション先（メール）',
    },
    run: 'リハーサルする',
    timelineHeaders: ['日時', '宛先', '段階', '言語', '理由'],
    languageName: { ja: '日本語', en: '英語' },
    nothing: 'この期間に通知はありません。',
    cut: (n) => `最初の${n}件まで表示しています。`,
    until: (when) => `${when}まで計算しました。`,
    badForm: '影響度・緊急度・報告日時を入力してください。',
    unknownId: (id) => `ID「${id}」のインシデントが見つかりません（解決済みか、IDが変わった可能性があります）。`,
    noCategory: '未分類',
  },
  en: {
    title: 'Escalation flow: check and rehearse',
    flowTitle: '■ The flow (as the settings sheet defines it)',
    who: ['Stage 1: owner', 'Stage 2: manager', 'Stage 3: manager and executives'],
    when: (step, after) =>
      step.when === 'report'
        ? 'from the report'
        : step.when === 'respondBy'
          ? `unacknowledged past respond-by (${after} after the report)`
          : step.when === 'stage3'
            ? `still unacknowledged ${after} later`
            : `unresolved past resolve-by (${after} after the report)`,
    repeat: (every) => `reminders every ${every}`,
    once: 'no reminders',
    checkTitle: '■ Check of the rules',
    allClear: 'No problems found.',
    finding: (f, w) => {
      switch (f.kind) {
        case 'noManager':
          return `Stage 2 reaches nobody for ${f.categories.map(w.category).join(', ')}. Add a default manager under "Managers by category" on the settings sheet.`;
        case 'noExecutives':
          return `${f.levels.map(w.level).join(', ')} escalate to stage 3, but no executives are set. Add them on the settings sheet.`;
        case 'repeatPastDeadline':
          return `${w.level(f.level)}: the reminder interval is longer than resolve-by, so the next reminder comes after the deadline. Shorten the interval.`;
        case 'warningPoint':
          return `The warning point is ${Math.round(f.share * 100)}%: the warning comes with the report or with the deadline. Use 10% to 90%.`;
        case 'noLanguage':
          return `Recipients read two languages, but ${f.recipients.join(', ')} have none set (they get ${f.lang === 'ja' ? 'Japanese' : 'English'}).`;
      }
    },
    rehearseTitle: '■ Rehearsal (if nobody acts)',
    rehearseHint:
      'Nothing is sent. The real rules and business calendar give the notices of the next 10 business days.',
    openIncident: 'An open incident',
    hypothetical: 'or a hypothetical one',
    fields: {
      impact: 'Impact',
      urgency: 'Urgency',
      category: 'Risk category',
      reportedAt: 'Reported at',
      owner: 'Owner (email)',
      manager: 'Escalate to (email)',
    },
    run: 'Rehearse',
    timelineHeaders: ['When', 'To', 'Stage', 'Language', 'Why'],
    languageName: { ja: 'Japanese', en: 'English' },
    nothing: 'No notices in this period.',
    cut: (n) => `Showing the first ${n}.`,
    until: (when) => `Worked out until ${when}.`,
    badForm: 'Enter the impact, the urgency and the report time.',
    unknownId: (id) => `No open incident has the ID "${id}" (it may be resolved, or its ID changed).`,
    noCategory: 'no category',
  },
};
