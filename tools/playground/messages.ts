// What the playground itself tells a person who gave it bad input, in Japanese and English.
import type { Catalogue, Lang } from '../../src/domain/language';

export interface PlaygroundMessages {
  notMenuItem(name: string): string;
  unknownSheet(name: string): string;
  badCellReference(reference: string): string;
  rejectedByValidation(value: string, allowed: string): string;
  notATime(text: string): string;
  clockBackwards(now: string, to: string): string;
  unknownAdvance(step: string): string;
  jumpTooFar(days: string): string;
  xlsxUnreadable(): string;
  xlsxNoSheets(): string;
  xlsxTooBig(limitMb: string): string;
  unknownMail(id: string): string;
  notJson(): string;
  /** `shape`: what the request should have held, as JSON field names (no language of its own). */
  badRequest(shape: string): string;
  crossSite(): string;
  unknownPerson(email: string, people: string): string;
  unknownLocale(locale: string, allowed: string): string;
  hostClosed(): string;
  notFound(path: string): string;
  internalError(): string;
}

export const PLAYGROUND_MESSAGES: Catalogue<PlaygroundMessages> = {
  ja: {
    notMenuItem: (name) => `「${name}」はアドオンのメニューにありません。メニューから選んでください。`,
    unknownSheet: (name) => `シート「${name}」はありません。タブにあるシート名を指定してください。`,
    badCellReference: (ref) => `「${ref}」はセル参照として読めません。B2 や インシデント!C5 のように指定してください。`,
    rejectedByValidation: (value, allowed) => `「${value}」は入力できません。このセルの入力規則で使える値: ${allowed}`,
    notATime: (text) => `「${text}」は日時として読めません。2026-11-25T09:00 のように指定してください。`,
    clockBackwards: (now, to) =>
      `時計は戻せません（現在 ${now}、指定 ${to}）。Apps Script の時間は進むだけです。状態をやり直すにはリセットしてください。`,
    unknownAdvance: (step) => `「${step}」という進め方はありません。1時間・1営業日・指定日時のいずれかです。`,
    jumpTooFar: (days) => `一度に進められるのは ${days} 日までです。何回かに分けて進めてください。`,
    xlsxUnreadable: () =>
      'この .xlsx ファイルは読めません（壊れているか .xlsx ではありません）。Excel または Google スプレッドシートで保存した .xlsx を選んでください。ブックは変更していません。',
    xlsxNoSheets: () => 'この .xlsx ファイルにはシートがありません。ブックは変更していません。',
    xlsxTooBig: (limitMb) => `ファイルが大きすぎます（上限 ${limitMb} MB）。ブックは変更していません。`,
    unknownMail: (id) => `メール「${id}」は送信済みトレイにありません。`,
    notJson: () => '要求を処理できませんでした。本文は JSON のオブジェクトでなければなりません。',
    badRequest: (shape) => `要求を処理できませんでした。次の形で送ってください: ${shape}`,
    crossSite: () => '別のサイトからの要求は受け付けません。プレイグラウンドのページから操作してください。',
    unknownPerson: (email, people) =>
      `「${email}」はこのプレイグラウンドの利用者ではありません。次から選んでください: ${people}`,
    unknownLocale: (locale, allowed) => `「${locale}」という言語の設定はありません。次から選んでください: ${allowed}`,
    hostClosed: () => 'このサイドバーまたはダイアログは閉じられています。',
    notFound: (path) => `「${path}」というページはありません。`,
    internalError: () =>
      'プレイグラウンドの内部エラーが起きました。詳しくは npm start を実行した端末に表示しています。',
  },
  en: {
    notMenuItem: (name) => `"${name}" is not an item of the add-on menu. Choose one from the menu.`,
    unknownSheet: (name) => `There is no sheet named "${name}". Use a sheet name shown on the tabs.`,
    badCellReference: (ref) => `"${ref}" is not a cell reference. Write it like B2 or Incidents!C5.`,
    rejectedByValidation: (value, allowed) =>
      `"${value}" is not allowed here. This cell's data validation accepts: ${allowed}`,
    notATime: (text) => `"${text}" is not a date and time. Write it like 2026-11-25T09:00.`,
    clockBackwards: (now, to) =>
      `The clock cannot go back (now ${now}, asked for ${to}). Apps Script time only moves forward; reset the playground to start over.`,
    unknownAdvance: (step) =>
      `"${step}" is not a way to advance the clock: use an hour, a business day or a chosen time.`,
    jumpTooFar: (days) => `The clock moves at most ${days} days at a time. Advance it in several steps.`,
    xlsxUnreadable: () =>
      'This .xlsx file cannot be read (it is damaged, or it is not an .xlsx file). Choose an .xlsx saved by Excel or Google Sheets. The workbook was not changed.',
    xlsxNoSheets: () => 'This .xlsx file has no sheets. The workbook was not changed.',
    xlsxTooBig: (limitMb) => `The file is too large (limit ${limitMb} MB). The workbook was not changed.`,
    unknownMail: (id) => `There is no email "${id}" in the outbox.`,
    notJson: () => 'The request could not be handled: its body must be a JSON object.',
    badRequest: (shape) => `The request could not be handled. Send it in this shape: ${shape}`,
    crossSite: () => 'Requests from another website are refused. Use the playground page.',
    unknownPerson: (email, people) => `"${email}" is not a person of this playground. Choose one of: ${people}`,
    unknownLocale: (locale, allowed) => `"${locale}" is not a language setting. Choose one of: ${allowed}`,
    hostClosed: () => 'This sidebar or dialog has been closed.',
    notFound: (path) => `There is no page "${path}".`,
    internalError: () => 'The playground hit an internal error. The terminal running npm start shows the details.',
  },
};

type MessageArgs<K extends keyof PlaygroundMessages> = Parameters<PlaygroundMessages[K]>;

/** A refusal with its message in both languages; the page shows the one the person reads. */
export class PlaygroundError extends Error {
  readonly text: Record<Lang, string>;

  constructor(key: keyof PlaygroundMessages, ...args: string[]) {
    const say = (lang: Lang) => (PLAYGROUND_MESSAGES[lang][key] as (...a: string[]) => string)(...args);
    super(say('en'));
    this.text = { ja: say('ja'), en: say('en') };
  }
}

export function refusal<K extends keyof PlaygroundMessages>(key: K, ...args: MessageArgs<K>): PlaygroundError {
  return new PlaygroundError(key, ...(args as unknown as string[]));
}

/** An error's message, also for errors thrown inside the bundle's node:vm realm (not `instanceof Error` here). */
export function errorMessage(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}
