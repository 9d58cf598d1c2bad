// The import dialog's words, in Japanese and English (the server's messages are in import-messages.ts).
import type { Catalogue } from '../../../src/domain/language';

export interface ImportWords {
  title(file: string): string;
  question: string;
  add: string;
  addHelp(rows: number, sheet: string): string;
  cannotAdd: string;
  replace: string;
  replaceHelp: string;
  cancel: string;
  confirmTitle: string;
  lost(list: string, rows: number): string;
  nothingLost: string;
  sheetRows(name: string, rows: number): string;
  listSeparator: string;
  back: string;
  replaceNow: string;
}

const rowCount = (rows: number, the = '') => (rows === 1 ? `${the}1 row` : `${the}${rows} rows`);

export const IMPORT_WORDS: Catalogue<ImportWords> = {
  ja: {
    title: (file) => `「${file}」の読み込み`,
    question: 'このブックにどう読み込みますか？',
    add: 'インシデントを追加',
    addHelp: (rows, sheet) =>
      `ファイルの「${sheet}」シートの ${rows} 行を、このブックのインシデントシートの末尾に追加し、シートに入力した行と同じく ID やリスクレベルを補います。設定・ログ・履歴・対策はそのまま残ります。`,
    cannotAdd: 'このファイルからはインシデントを追加できません。',
    replace: 'ブックを置き換える…',
    replaceHelp: 'このブックのシートをすべて、ファイルのシートで置き換えます。',
    cancel: 'キャンセル',
    confirmTitle: 'ブックを置き換えますか？',
    lost: (list, rows) => `${list}が失われます（計 ${rows} 行）。前の状態は .playground/state.backup.json に残ります。`,
    nothingLost: 'このブックには内容がないので、失われるものはありません。',
    sheetRows: (name, rows) => `${name}（${rows} 行）`,
    listSeparator: '・',
    back: '戻る',
    replaceNow: '置き換える',
  },
  en: {
    title: (file) => `Import "${file}"`,
    question: 'How should it come into this workbook?',
    add: 'Add its incidents',
    addHelp: (rows, sheet) =>
      `Appends ${rowCount(rows, 'the ')} of the file's "${sheet}" sheet to the end of this workbook's incidents sheet and completes them as rows typed into the sheet (ID, risk level…). Settings, log, history and measures stay.`,
    cannotAdd: "This file's incidents cannot be added.",
    replace: 'Replace the workbook…',
    replaceHelp: "Replaces every sheet of this workbook with the file's sheets.",
    cancel: 'Cancel',
    confirmTitle: 'Replace the workbook?',
    lost: (list, rows) =>
      `${list} will be lost (${rowCount(rows)} in all). The previous state is kept in .playground/state.backup.json.`,
    nothingLost: 'This workbook holds nothing yet, so nothing will be lost.',
    sheetRows: (name, rows) => `${name} (${rowCount(rows)})`,
    listSeparator: ', ',
    back: 'Back',
    replaceNow: 'Replace',
  },
};
