// What an .xlsx import tells the person, in Japanese and English: why rows cannot be added and how
// to fix it (the workbook is then unchanged), and what an add or a replace did.
import type { Catalogue, Lang } from '../../src/domain/language';

export interface ImportMessages {
  noIncidentsSheetInFile(sheets: string): string;
  noIncidentsSheetHere(): string;
  unknownHeaders(sheet: string, headers: string): string;
  columnsMissingHere(headers: string): string;
  blankHeaders(sheet: string, columns: string): string;
  repeatedHeaders(sheet: string, groups: string): string;
  noIncidentColumns(sheet: string): string;
  noRows(sheet: string): string;
  unchanged(): string;
  added(count: string, sheet: string, rows: string): string;
  completed(): string;
  leftForSweep(): string;
  renumbered(pairs: string): string;
  replaced(sheets: string): string;
  badMode(mode: string): string;
}

/** A list of names as each language writes one. */
export const listOf = (lang: Lang, items: readonly string[]) => items.join(lang === 'ja' ? '、' : ', ');

export const IMPORT_MESSAGES: Catalogue<ImportMessages> = {
  ja: {
    noIncidentsSheetInFile: (sheets) =>
      `ファイルに「インシデント」または「Incidents」という名前のシートがありません（ファイルのシート: ${sheets}）。インシデントの行があるシートの名前をどちらかに変えてから、もう一度読み込んでください。`,
    noIncidentsSheetHere: () =>
      'このブックにはインシデントシートがまだありません。先に 拡張機能 ▸ 初期設定（シートの準備）を実行してから追加するか、「ブックを置き換える」を選んでください。',
    unknownHeaders: (sheet, headers) =>
      `ファイルの「${sheet}」シートに、このブックのインシデントシートにない見出しがあります: ${headers}。見出しをインシデントシートの見出し（日本語でも英語でも可。例: 問題の概要 / Summary）に直すか、同じ見出しの列をインシデントシートに足してから、もう一度読み込んでください。`,
    columnsMissingHere: (headers) =>
      `このブックのインシデントシートに次の列がありません: ${headers}。拡張機能 ▸ 初期設定（シートの準備）で足りない列を追加してから、もう一度読み込んでください。`,
    blankHeaders: (sheet, columns) =>
      `ファイルの「${sheet}」シートの ${columns} 列は、値があるのに見出しが空です。1 行目に見出しを入れるか、その列を消してから、もう一度読み込んでください。`,
    repeatedHeaders: (sheet, groups) =>
      `ファイルの「${sheet}」シートに、同じ列を指す見出しが複数あります: ${groups}。どちらの値を入れるか決められないので、一方の列を消すか見出しを直してから、もう一度読み込んでください。`,
    noIncidentColumns: (sheet) =>
      `ファイルの「${sheet}」シートには、インシデントの内容の列（問題の概要・現場で行った対応・影響度・緊急度）がどれもありません。1 行目の見出しを確かめてください。`,
    noRows: (sheet) => `ファイルの「${sheet}」シートには、2 行目以降に追加する行がありません。`,
    unchanged: () => 'ブックは変更していません。',
    added: (count, sheet, rows) =>
      `ファイルの ${count} 行を「${sheet}」シートの ${rows} 行目に追加しました。設定・ログ・履歴・対策などほかのシートはそのままです。`,
    completed: () => 'シートに入力した行と同じく、ID・リスクレベル・報告日時・ステータス・段階を補いました。',
    leftForSweep: () =>
      '編集トリガーが行を補えなかったため（実行ログを参照）、ID やリスクレベルは次の定期実行で補われます。',
    renumbered: (pairs) => `このブックですでに使われていた ID は付け直しました: ${pairs}。`,
    replaced: (sheets) =>
      `ブックをファイルの内容で置き換えました（シート: ${sheets}）。前の状態は .playground/state.backup.json に残しています。書式は読み込まれないので、拡張機能 ▸ 初期設定（シートの準備）でプルダウンと色分けを付け直せます。`,
    badMode: (mode) => `読み込み方「${mode}」はありません。add（追加）か replace（置き換え）を指定してください。`,
  },
  en: {
    noIncidentsSheetInFile: (sheets) =>
      `The file has no sheet named "インシデント" or "Incidents" (its sheets: ${sheets}). Rename the sheet that holds the incidents to one of these and import again.`,
    noIncidentsSheetHere: () =>
      'This workbook has no incidents sheet yet. Run Extensions ▸ Set up sheets first and then add, or choose "Replace the workbook".',
    unknownHeaders: (sheet, headers) =>
      `The file's sheet "${sheet}" has headers this workbook's incidents sheet does not: ${headers}. Change them to the incidents sheet's headers (Japanese or English, e.g. 問題の概要 / Summary), or add columns with those headers to the incidents sheet, and import again.`,
    columnsMissingHere: (headers) =>
      `This workbook's incidents sheet lacks these columns: ${headers}. Run Extensions ▸ Set up sheets to add the missing columns, and import again.`,
    blankHeaders: (sheet, columns) =>
      `In the file's sheet "${sheet}", column ${columns} holds values but has no header. Give it a header in row 1, or delete the column, and import again.`,
    repeatedHeaders: (sheet, groups) =>
      `The file's sheet "${sheet}" has more than one header for the same column: ${groups}. Which values to take cannot be chosen: delete one of the columns or change its header, and import again.`,
    noIncidentColumns: (sheet) =>
      `The file's sheet "${sheet}" has none of an incident's content columns (Summary, Actions taken on site, Impact, Urgency). Check the headers in row 1.`,
    noRows: (sheet) => `The file's sheet "${sheet}" has no rows to add below its header.`,
    unchanged: () => 'The workbook was not changed.',
    added: (count, sheet, rows) =>
      `Added the file's ${count === '1' ? 'row' : `${count} rows`} to the "${sheet}" sheet (${count === '1' ? 'row' : 'rows'} ${rows}). The settings, log, history, measures and other sheets are as they were.`,
    completed: () =>
      'As with rows typed into the sheet, their ID, risk level, report time, status and stage were filled in.',
    leftForSweep: () =>
      'The edit trigger could not complete the rows (see Executions): the next hourly run fills in their ID and risk level.',
    renumbered: (pairs) => `IDs already used in this workbook were given new ones: ${pairs}.`,
    replaced: (sheets) =>
      `The workbook was replaced by the file (sheets: ${sheets}). The previous state is kept in .playground/state.backup.json. Formatting is not imported: Extensions ▸ Set up sheets lays the dropdowns and colours again.`,
    badMode: (mode) => `"${mode}" is not a way to import: use add or replace.`,
  },
};

export type Bilingual = Record<Lang, string>;

/** Joins sentences of each language, so a message can be built from parts. */
export function sentences(...parts: Bilingual[]): Bilingual {
  return { ja: parts.map((p) => p.ja).join(''), en: parts.map((p) => p.en).join(' ') };
}

/** An argument the same in both languages, or written by each (a list, a column name). */
type Arg = string | ((lang: Lang) => string);

/** One message in both languages. */
export function say(key: keyof ImportMessages, ...args: Arg[]): Bilingual {
  const one = (lang: Lang) => {
    const values = args.map((a) => (typeof a === 'function' ? a(lang) : a));
    return (IMPORT_MESSAGES[lang][key] as (...a: string[]) => string)(...values);
  };
  return { ja: one('ja'), en: one('en') };
}

/**
 * Rows the workbook cannot take: refused before anything is written, the message saying what was
 * wrong and how to fix it, and that the workbook was not changed.
 */
export class ImportRefusal extends Error {
  readonly text: Bilingual;

  constructor(...problems: Bilingual[]) {
    const text = sentences(...problems, say('unchanged'));
    super(text.en);
    this.text = text;
  }
}
