// Every word the playground page shows, in Japanese and English. The page follows the browser's
// language until the person picks one with the toggle; the choice is remembered in localStorage.
import type { Catalogue, Lang } from '../../../src/domain/language';
import type { SpreadsheetLocale, UserLocale } from '../locales';

export interface PageText {
  title: string;
  subtitle: string;
  language: string;
  person: string;
  settings: string;
  spreadsheetLocale: string;
  userLocale: string;
  /** A locale's name in a list, by its Apps Script code (ja_JP, en_US, ja, en). */
  localeName: Record<SpreadsheetLocale | UserLocale, string>;
  serverUnreachable: string;
  triggerOwner: string;
  menu: string;
  menuEmpty: string;
  menuNoOnOpen: string;
  clock: string;
  advanceHour: string;
  advanceDay: string;
  advanceTo: string;
  reset: string;
  resetDemo: string;
  resetConfirm: string;
  importXlsx: string;
  exportXlsx: string;
  cellReference: string;
  cellValue: string;
  apply: string;
  sidebar: string;
  close: string;
  outbox: string;
  outboxEmpty: string;
  to: string;
  cc: string;
  from: string;
  sent: string;
  htmlView: string;
  textView: string;
  downloadEml: string;
  executions: string;
  executionsEmpty: string;
  triggers: string;
  triggersEmpty: string;
  nextRun: string;
  everyHours(n: number): string;
  quota(n: number): string;
  notices: string;
  scriptError(message: string): string;
  logSheet(name: string): string;
  noLogSheet: string;
  skippedRules: string;
  kind: Record<'open' | 'menu' | 'server' | 'edit' | 'trigger', string>;
  ok: string;
  failed: string;
  spilled: string;
}

export const PAGE_TEXT: Catalogue<PageText> = {
  ja: {
    title: 'エスカレーション アドオン プレイグラウンド',
    subtitle: 'Google アカウントなしで、ビルドしたアドオンをそのまま動かします',
    language: 'English',
    person: '利用者',
    settings: '言語の設定',
    spreadsheetLocale: 'スプレッドシートの言語',
    userLocale: 'ユーザーの言語',
    localeName: { ja_JP: '日本語 (ja_JP)', en_US: '英語 (en_US)', ja: '日本語 (ja)', en: '英語 (en)' },
    serverUnreachable:
      'プレイグラウンドのサーバーから返事がありません。npm start を実行した端末がまだ動いているか確かめてください。',
    triggerOwner: '所有者',
    menu: '拡張機能',
    menuEmpty: 'メニュー項目はまだありません',
    menuNoOnOpen: 'このビルドには onOpen がないため、メニューはありません',
    clock: '現在時刻（シミュレーション）',
    advanceHour: '＋1時間',
    advanceDay: '＋1営業日',
    advanceTo: '指定日時へ',
    reset: 'リセット',
    resetDemo: 'デモデータで開始',
    resetConfirm: '今の状態を .playground/state.backup.json に退避してやり直します。よろしいですか？',
    importXlsx: '.xlsx を読み込む',
    exportXlsx: '.xlsx に書き出す',
    cellReference: 'セル',
    cellValue: '値または数式',
    apply: '入力',
    sidebar: 'サイドバー',
    close: '閉じる',
    outbox: '送信済みメール',
    outboxEmpty: 'まだ送信されたメールはありません',
    to: '宛先',
    cc: 'CC',
    from: '差出人',
    sent: '送信日時',
    htmlView: 'HTML 表示',
    textView: 'テキスト',
    downloadEml: '.eml をダウンロード',
    executions: '実行ログ',
    executionsEmpty: 'まだ実行はありません',
    triggers: 'インストール済みトリガー',
    triggersEmpty: 'トリガーはありません',
    nextRun: '次回',
    everyHours: (n) => `${n}時間ごと`,
    quota: (n) => `メール送信の残り枠（本日）: ${n} 件`,
    notices: 'お知らせ',
    scriptError: (message) => `スクリプトのエラー: ${message}`,
    logSheet: (name) => `ログシート: 「${name}」タブ`,
    noLogSheet: 'ログシートはまだありません',
    skippedRules: 'プレイグラウンドでは評価できない条件付き書式',
    kind: { open: '起動', menu: 'メニュー', server: 'サイドバー', edit: '編集', trigger: 'トリガー' },
    ok: '完了',
    failed: '失敗',
    spilled: '配列数式から展開された値',
  },
  en: {
    title: 'Escalation add-on playground',
    subtitle: 'The built add-on, running as it is, with no Google account',
    language: '日本語',
    person: 'Acting as',
    settings: 'Language settings',
    spreadsheetLocale: 'Spreadsheet locale',
    userLocale: 'User locale',
    localeName: { ja_JP: 'Japanese (ja_JP)', en_US: 'English (en_US)', ja: 'Japanese (ja)', en: 'English (en)' },
    serverUnreachable:
      'The playground server did not answer. Check that the terminal running npm start is still running.',
    triggerOwner: 'owner',
    menu: 'Extensions',
    menuEmpty: 'The menu has no items yet',
    menuNoOnOpen: 'This build has no onOpen, so there is no menu',
    clock: 'Simulated time',
    advanceHour: '+1 hour',
    advanceDay: '+1 business day',
    advanceTo: 'Go to',
    reset: 'Reset',
    resetDemo: 'Start with demo data',
    resetConfirm:
      'The current state will be moved to .playground/state.backup.json and the playground starts over. Continue?',
    importXlsx: 'Import .xlsx',
    exportXlsx: 'Export .xlsx',
    cellReference: 'Cell',
    cellValue: 'Value or formula',
    apply: 'Enter',
    sidebar: 'Sidebar',
    close: 'Close',
    outbox: 'Outbox',
    outboxEmpty: 'No email has been sent yet',
    to: 'To',
    cc: 'Cc',
    from: 'From',
    sent: 'Sent',
    htmlView: 'HTML',
    textView: 'Plain text',
    downloadEml: 'Download .eml',
    executions: 'Executions',
    executionsEmpty: 'Nothing has run yet',
    triggers: 'Installed triggers',
    triggersEmpty: 'No triggers',
    nextRun: 'next',
    everyHours: (n) => `every ${n} h`,
    quota: (n) => `Email quota left today: ${n} recipients`,
    notices: 'Notices',
    scriptError: (message) => `Script error: ${message}`,
    logSheet: (name) => `Log sheet: the "${name}" tab`,
    noLogSheet: 'No log sheet yet',
    skippedRules: 'Conditional format rules the playground cannot evaluate',
    kind: { open: 'open', menu: 'menu', server: 'sidebar', edit: 'edit', trigger: 'trigger' },
    ok: 'completed',
    failed: 'failed',
    spilled: 'Value spilled from an array formula',
  },
};

const STORAGE_KEY = 'playground.lang';

export function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'ja' || saved === 'en') return saved;
  return (navigator.language || 'ja').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function rememberLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
}
