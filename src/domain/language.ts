// The two languages every word a person sees exists in, and how a locale picks one.
export type Lang = 'ja' | 'en';

export const LANGS: readonly Lang[] = ['ja', 'en'];

/** Japanese teams come first: anything that is not clearly another language reads as Japanese. */
export function langFromLocale(locale: string | null | undefined): Lang {
  if (!locale) return 'ja';
  return /^ja\b|^ja[-_]/i.test(locale) ? 'ja' : 'en';
}

/** A catalogue holds one copy of a message contract per language. */
export type Catalogue<T> = Readonly<Record<Lang, T>>;
