// Whether the hourly escalation run is on, as the sidebar and the preview say it, and the menu's
// labels for it. Kept apart from escalation-messages.ts so the sidebar does not load every
// escalation message to say one line.
import type { Catalogue } from '../language';

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

export const ESCALATION_STATUS: Catalogue<{ on: string; off: string }> = {
  ja: {
    on: 'エスカレーション: 稼働中（1時間ごとに期限を確認して通知します）',
    off: `エスカレーション: 停止中（期限を過ぎても通知されません。メニューの「${ESCALATION_MENU.ja.turnOn}」で開始できます）`,
  },
  en: {
    on: 'Escalations: on (deadlines are checked and notices sent every hour)',
    off: `Escalations: off (no notices are sent when deadlines pass; start them with "${ESCALATION_MENU.en.turnOn}" in the menu)`,
  },
};
