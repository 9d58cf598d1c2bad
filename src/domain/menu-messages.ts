// The add-on menu and set-up messages, in both languages.
import type { Catalogue, Lang } from './language';

export interface MenuMessages {
  reportIncident: string;
  setUp: string;
  sidebarTitle: string;
  setUpDone(created: string[]): string;
  setUpUnchanged: string;
  setUpTitle: string;
  refreshDashboard: string;
  rehearse: string;
  dashboardRefreshed: string;
  dashboardBusy: string;
}

export const MENU_MESSAGES: Catalogue<MenuMessages> = {
  ja: {
    reportIncident: 'インシデントを報告…',
    setUp: '初期設定（シートの準備）',
    sidebarTitle: 'エスカレーション報告',
    setUpDone: (created) => `準備が完了しました。追加したもの：${created.join('、')}`,
    setUpUnchanged: '準備はすでに完了しています。変更はありません。',
    setUpTitle: 'エスカレーション管理',
    refreshDashboard: 'ダッシュボードを更新',
    rehearse: 'エスカレーションフローの確認とリハーサル',
    dashboardRefreshed: 'ダッシュボードを更新しました。',
    dashboardBusy: '他の処理がシートを更新中です。少し待ってからもう一度お試しください。',
  },
  en: {
    reportIncident: 'Report an incident…',
    setUp: 'Set up sheets',
    sidebarTitle: 'Escalation report',
    setUpDone: (created) => `Set-up complete. Added: ${created.join(', ')}`,
    setUpUnchanged: 'Already set up. Nothing was changed.',
    setUpTitle: 'Escalation',
    refreshDashboard: 'Refresh the dashboard',
    rehearse: 'Check and rehearse the escalation flow',
    dashboardRefreshed: 'The dashboard is up to date.',
    dashboardBusy: 'Another run is updating the sheets. Please wait a moment and try again.',
  },
};

/**
 * A menu label when the user's language may be unknown. In AuthMode.NONE (an add-on not yet used in
 * this document) the locale may not be readable, and then both languages are shown.
 */
export function menuLabel(label: (lang: Lang) => string, lang: Lang | null): string {
  return lang ? label(lang) : `${label('ja')} / ${label('en')}`;
}
