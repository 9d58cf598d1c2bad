// Language per recipient: the settings sheet's table of addresses and languages, and which
// language a given recipient reads (the spreadsheet's unless the table says otherwise).
import { isBlank } from '../cells';
import { parseEmailList } from '../emails';
import { LANGS, type Lang } from '../language';
import { normalizeKey } from '../text';
import type { EscalationSettings } from './settings';
import { SETTINGS_MESSAGES } from './settings-messages';
import type { Reader } from './settings-reader';

const LANGUAGE_WORDS = new Map<string, Lang>(
  LANGS.flatMap((lang) => [
    [lang, lang],
    ...LANGS.map((label) => [normalizeKey(SETTINGS_MESSAGES[label].languageNames[lang]), lang] as const),
  ]),
);

/** 日本語, 英語, Japanese, English, ja or en, in any case or width. */
export function parseLanguage(value: unknown): Lang | undefined {
  return typeof value === 'string' ? LANGUAGE_WORDS.get(normalizeKey(value)) : undefined;
}

export function recipientLang(
  recipient: string,
  languages: Readonly<Record<string, Lang>> | undefined,
  fallback: Lang,
): Lang {
  const key = recipient.toLowerCase();
  // Own entries only: the table is a plain object, and "constructor" is no address's language.
  return languages && Object.prototype.hasOwnProperty.call(languages, key) ? (languages[key] ?? fallback) : fallback;
}

/** The section as set-up writes it: title, header, then one row per address already mapped. */
export function languageSectionRows(settings: EscalationSettings, lang: Lang): string[][] {
  const m = SETTINGS_MESSAGES[lang];
  const entries = Object.entries(settings.recipientLanguages).map(([email, to]) => [email, m.languageNames[to]]);
  return [[m.languagesTitle], [...m.languagesHeader], ...entries];
}

const TITLES = new Set(LANGS.map((lang) => normalizeKey(SETTINGS_MESSAGES[lang].languagesTitle)));
const HEADERS = new Set(LANGS.map((lang) => normalizeKey(SETTINGS_MESSAGES[lang].languagesHeader[0])));

export function isLanguageSectionTitle(cell: unknown): boolean {
  return typeof cell === 'string' && TITLES.has(normalizeKey(cell));
}

/**
 * Rows below the section title, up to the next ■ title: addresses in column A (several may share a
 * cell), a language in column B. A sheet set up before the section existed has no overrides. The
 * first row naming an address wins, as with the level rows.
 */
export function readRecipientLanguages(r: Reader): Record<string, Lang> {
  const title = r.grid.findIndex((row) => isLanguageSectionTitle(row[0]));
  const out: Record<string, Lang> = {};
  if (title < 0) return out;
  for (let i = title + 1; i < r.grid.length; i++) {
    const [a, b] = r.grid[i] ?? [];
    if (typeof a === 'string' && a.trim().startsWith('■')) break;
    // A note someone typed below (no address, no language) is not a mapping.
    if ((isBlank(b) && !String(a ?? '').includes('@')) || (typeof a === 'string' && HEADERS.has(normalizeKey(a))))
      continue;
    const lang = r.read(i, 1, { kind: 'languages', column: 1 }, 'language', parseLanguage, undefined);
    // The cell as it is: a date's String() would split into a dozen "addresses" (Tue, Nov, 24…).
    const { emails, invalid } = parseEmailList(a);
    if (emails.length === 0 && invalid.length === 0) r.reject(i, 0, { kind: 'languages', column: 0 }, 'recipient', a);
    for (const item of invalid) r.reject(i, 0, { kind: 'languages', column: 0 }, 'recipient', item);
    for (const email of lang ? emails : []) out[email.toLowerCase()] ??= lang as Lang;
  }
  return out;
}
