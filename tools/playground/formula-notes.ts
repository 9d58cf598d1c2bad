// Why a formula's cell shows an error, in Japanese and English: the page shows a cell's note as one
// text, so a note holds both languages, Japanese first.
import type { Catalogue } from '../../src/domain/language';

export interface FormulaNoteTexts {
  circular(): string;
  unknownFunction(name: string): string;
  parseError(position: string): string;
  missingArgument(fn: string, argument: string, expected: string, given: string): string;
  tooManyArguments(fn: string): string;
  engineFailed(): string;
  unknownSheet(name: string): string;
  notFound(fn: string): string;
  spillBlocked(cell: string): string;
  emptyArray(fn: string): string;
  unreadableResult(fn: string): string;
  byCode(code: string): string;
}

const JA_BY_CODE: Record<string, string> = {
  '#N/A': '値がありません（検索で見つからない値を参照しています）。',
  '#VALUE!': '引数の種類が関数の求めるものと違います（数値の代わりに文字列など）。',
  '#DIV/0!': '0 で割っています。',
  '#NUM!': '数値が関数の扱える範囲の外にあります。',
  '#REF!': '参照が無効です。',
  '#NULL!': '範囲の指定が無効です。',
};

const EN_BY_CODE: Record<string, string> = {
  '#N/A': 'A value is not available (a lookup found no match).',
  '#VALUE!': 'An argument is not of the kind its function expects (text where a number is needed, for example).',
  '#DIV/0!': 'The formula divides by zero.',
  '#NUM!': 'A number is outside what the function accepts.',
  '#REF!': 'A reference is not valid.',
  '#NULL!': 'A range is not valid.',
};

export const FORMULA_NOTES: Catalogue<FormulaNoteTexts> = {
  ja: {
    circular: () => '循環参照が検出されました。数式が自分自身の値を（直接または間接に）参照しています。',
    unknownFunction: (name) =>
      `不明な関数です: ${name}（プレイグラウンドの数式エンジンには Sheets のすべての関数があるわけではありません）。`,
    parseError: (position) => `数式を解析できません（${position} 文字目付近）。括弧や引用符を確認してください。`,
    missingArgument: (fn, argument, expected, given) =>
      `${fn} の引数「${argument}」がありません（必要な引数は ${expected} 個、指定は ${given} 個）。`,
    tooManyArguments: (fn) => `${fn} の引数が多すぎます。`,
    engineFailed: () =>
      'この数式は読めないか、プレイグラウンドの数式エンジンでは計算できません。書き方を確かめてください。',
    unknownSheet: (name) => `シート名「${name}」が見つかりません。`,
    notFound: (fn) => `${fn} で検索キーが見つかりませんでした。`,
    spillBlocked: (cell) => `配列の結果を展開できません。${cell} のデータを上書きしてしまうためです。`,
    emptyArray: (fn) => `${fn} が空の配列を返しました。`,
    unreadableResult: (fn) => `${fn} がセルに入らない値を返しました。`,
    byCode: (code) => JA_BY_CODE[code] ?? `数式でエラーが起きました（${code}）。`,
  },
  en: {
    circular: () =>
      'Circular dependency detected: the formula refers to its own value, directly or through other cells.',
    unknownFunction: (name) =>
      `Unknown function: ${name} (the playground's formula engine does not have every Sheets function).`,
    parseError: (position) => `Formula parse error near character ${position}. Check the brackets and quotes.`,
    missingArgument: (fn, argument, expected, given) =>
      `${fn} is missing its argument "${argument}": it takes ${expected} arguments and got ${given}.`,
    tooManyArguments: (fn) => `${fn} has too many arguments.`,
    engineFailed: () =>
      "This formula cannot be read, or the playground's formula engine cannot compute it. Check how it is written.",
    unknownSheet: (name) => `Unresolved sheet name '${name}'.`,
    notFound: (fn) => `Did not find the search key in ${fn} evaluation.`,
    spillBlocked: (cell) => `Array result was not expanded because it would overwrite data in ${cell}.`,
    emptyArray: (fn) => `${fn} returned an empty array.`,
    unreadableResult: (fn) => `${fn} returned a value a cell cannot hold.`,
    byCode: (code) => EN_BY_CODE[code] ?? `The formula failed (${code}).`,
  },
};

type NoteArgs<K extends keyof FormulaNoteTexts> = Parameters<FormulaNoteTexts[K]>;

/** A note in both languages, one line each. */
export function formulaNote<K extends keyof FormulaNoteTexts>(key: K, ...args: NoteArgs<K>): string {
  const say = (texts: FormulaNoteTexts) => (texts[key] as (...a: string[]) => string)(...(args as string[]));
  return `${say(FORMULA_NOTES.ja)}\n${say(FORMULA_NOTES.en)}`;
}
