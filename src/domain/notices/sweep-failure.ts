// What the operator is told when an hourly sweep fails: Apps Script tells nobody of an add-on's
// trigger failures. What went wrong, in words, and what to do about it.
import { formatLocal } from '../calendar/zoned-time';
import type { Catalogue, Lang } from '../language';

type Hint = 'sheet' | 'authorization' | 'service' | 'other';

function hintFor(error: string): Hint {
  if (/sheet|シート/i.test(error) && /not found|見つかりません|no incidents/i.test(error)) return 'sheet';
  if (/authori[sz]|permission|権限|承認/i.test(error)) return 'authorization';
  if (/timed out|service|サービス|quota|Service invoked too many times/i.test(error)) return 'service';
  return 'other';
}

interface FailureMessages {
  subject: string;
  intro(at: string): string;
  error: string;
  hints: Record<Hint, string>;
}

const MESSAGES: Catalogue<FailureMessages> = {
  ja: {
    subject: '【エスカレーション】定期実行が失敗しました',
    intro: (at) => `${at} の定期実行（期限の確認と通知）が失敗しました。直るまで、期限を過ぎても通知は送られません。`,
    error: 'エラー',
    hints: {
      sheet:
        'インシデントのシートが見つかりません。名前が変わった場合は「インシデント」に戻すか、メニューの「初期設定」を実行してください。',
      authorization:
        'アドオンの承認が取り消されたか、不足しています。スプレッドシートを開き、メニューの「エスカレーションを開始」をもう一度実行して承認してください。',
      service:
        'Google 側の一時的なエラーです。次回（1時間後）の実行で自動的に再試行します。続く場合はお知らせください。',
      other: 'メニューの「次回の通知をプレビュー」で原因を確認できます。直らない場合は管理者に連絡してください。',
    },
  },
  en: {
    subject: '[Escalation] The hourly run failed',
    intro: (at) =>
      `The hourly run at ${at} (checking deadlines and sending notices) failed. Until it is fixed, no notices are sent when deadlines pass.`,
    error: 'Error',
    hints: {
      sheet:
        'The incidents sheet cannot be found. If it was renamed, rename it back to "Incidents", or run "Set up sheets" from the menu.',
      authorization:
        'The add-on\'s authorization was revoked or is missing. Open the spreadsheet and run "Turn on escalations" from the menu again to authorize it.',
      service: "A passing error on Google's side. The next hourly run tries again by itself; tell us if it goes on.",
      other: '"Preview the next notices" in the menu shows what is wrong. If it goes on, contact your administrator.',
    },
  },
};

/** The mail to the operator: when (on the spreadsheet's clock), what went wrong, and how to fix it. */
export function sweepFailureText(
  error: string,
  at: Date,
  timeZone: string,
  lang: Lang,
): { subject: string; body: string } {
  const m = MESSAGES[lang];
  const when = formatLocal(at, timeZone);
  return {
    subject: m.subject,
    body: [m.intro(when), '', `${m.error}: ${error}`, '', m.hints[hintFor(error)]].join('\n'),
  };
}
