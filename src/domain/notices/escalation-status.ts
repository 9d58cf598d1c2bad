// Whether the hourly escalation sweep is on, and who runs it, as the sidebar and the preview say it, and the menu's
// labels for it. Kept apart from escalation-messages.ts so the sidebar does not load every
// escalation message to say one line.
import { formatLocal } from '../calendar/zoned-time';
import type { Catalogue, Lang } from '../language';

export interface EscalationMenuLabels {
  turnOn: string;
  turnOff: string;
  preview: string;
}

export const ESCALATION_MENU: Catalogue<EscalationMenuLabels> = {
  ja: {
    turnOn: 'エスカレーションを開始（1時間ごと）',
    turnOff: 'エスカレーションを停止',
    preview: '次回の通知をプレビュー',
  },
  en: { turnOn: 'Turn on escalations (hourly)', turnOff: 'Turn off escalations', preview: 'Preview the next notices' },
};

/** How the last hourly sweep went: when (ISO 8601), and its error if it failed. */
export interface LastSweep {
  readonly at: string;
  readonly ok: boolean;
  readonly error: string;
}

/** The document's switch: on or off for everyone, and who runs the hourly sweep ('' when unknown). */
export interface EscalationSwitch {
  readonly on: boolean;
  readonly operator: string;
  readonly lastSweep?: LastSweep | null;
}

interface StatusWords {
  on: string;
  off: string;
  runsAs(operator: string): string;
  lastOk(at: string): string;
  lastFailed(at: string, error: string): string;
}

export const ESCALATION_STATUS: Catalogue<StatusWords> = {
  ja: {
    runsAs: (operator) => `（実行者: ${operator}）`,
    lastOk: (at) => `最終実行: ${at}（正常）`,
    lastFailed: (at, error) => `最終実行: ${at}（失敗: ${error}）`,
    on: 'エスカレーション: 稼働中（1時間ごとに期限を確認して通知します）',
    off: `エスカレーション: 停止中（期限を過ぎても通知されません。メニューの「${ESCALATION_MENU.ja.turnOn}」で開始できます）`,
  },
  en: {
    runsAs: (operator) => ` (run by ${operator})`,
    lastOk: (at) => `Last run: ${at} (succeeded)`,
    lastFailed: (at, error) => `Last run: ${at} (failed: ${error})`,
    on: 'Escalations: on (deadlines are checked and notices sent every hour)',
    off: `Escalations: off (no notices are sent when deadlines pass; start them with "${ESCALATION_MENU.en.turnOn}" in the menu)`,
  },
};

/** The status line: on (with who runs it, when known) or off. */
export function escalationStatusText(status: EscalationSwitch, lang: Lang): string {
  const m = ESCALATION_STATUS[lang];
  return status.on ? `${m.on}${status.operator ? m.runsAs(status.operator) : ''}` : m.off;
}

/** The last sweep's line, on the spreadsheet's clock; '' before any sweep. */
export function lastSweepText(last: LastSweep | null | undefined, timeZone: string, lang: Lang): string {
  if (!last || Number.isNaN(Date.parse(last.at))) return '';
  const m = ESCALATION_STATUS[lang];
  const at = formatLocal(new Date(last.at), timeZone);
  return last.ok ? m.lastOk(at) : m.lastFailed(at, last.error);
}
