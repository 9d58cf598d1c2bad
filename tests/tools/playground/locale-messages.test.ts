// Every message the playground itself can put on the page exists in Japanese and in English: the
// same keys in both catalogues, each one written in its language (not a copy of the other), for
// the server's refusals, the page's words and the formula notes.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/domain/language';
import { FORMULA_NOTES } from '../../../tools/playground/formula-notes';
import { PLAYGROUND_MESSAGES } from '../../../tools/playground/messages';
import { PAGE_TEXT } from '../../../tools/playground/page/i18n';

/** Kana or kanji (full-width punctuation alone does not make a text Japanese). */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * Every text of a catalogue by a dotted key: functions are called with plain ASCII arguments,
 * so whatever Japanese the result holds is the catalogue's own.
 */
function texts(catalogue: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, entry] of Object.entries(catalogue)) {
    const name = `${prefix}${key}`;
    if (typeof entry === 'string') found.set(name, entry);
    else if (typeof entry === 'function')
      found.set(
        name,
        String((entry as (...a: unknown[]) => unknown)(...Array.from({ length: entry.length }, () => 7))),
      );
    else for (const [k, v] of texts(entry as object, `${name}.`)) found.set(k, v);
  }
  return found;
}

/** Words that are the same in a Japanese interface, each with its reason. */
const SAME_IN_BOTH: Record<string, string> = {
  // The language button names the other language: 'English' on the Japanese page, '日本語' on the English one.
  'page.language': 'names the other language',
  // Japanese mail clients label the header CC in Latin letters, as Gmail's Japanese interface does.
  'page.cc': 'CC',
};

const CATALOGUES = {
  messages: PLAYGROUND_MESSAGES,
  page: PAGE_TEXT,
  formula: FORMULA_NOTES,
} as const;

describe.each(Object.entries(CATALOGUES))('the %s catalogue', (name, catalogue) => {
  const ja = texts(catalogue.ja, `${name}.`);
  const en = texts(catalogue.en, `${name}.`);

  it('has the same keys in Japanese and English, and something to say for each', () => {
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
    expect(ja.size).toBeGreaterThan(5);
    for (const lang of LANGS) {
      for (const [key, text] of texts(catalogue[lang], `${name}.`)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('writes each Japanese text in Japanese and each English text without Japanese', () => {
    for (const [key, text] of ja) {
      if (key in SAME_IN_BOTH) continue;
      expect(text, key).toMatch(JAPANESE);
      expect(text, key).not.toBe(en.get(key));
    }
    for (const [key, text] of en) if (!(key in SAME_IN_BOTH)) expect(text, key).not.toMatch(JAPANESE);
  });
});
