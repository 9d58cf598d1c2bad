// The people table (名簿) on the settings sheet: a name as people write it in 担当者 or
// エスカレーション先, and the address mail to that person goes to. Names are compared as
// normalizeKey makes them (full-width, case and repeated spaces do not matter).
import { isBlank } from '../cells';
import { isEmail } from '../emails';
import { LANGS, type Lang } from '../language';
import { normalizeKey } from '../text';
import type { EscalationSettings } from './settings';
import { SETTINGS_MESSAGES } from './settings-messages';
import type { Reader } from './settings-reader';

/** The address of a name in the table; undefined when the table does not know it. */
export function addressOf(name: string, people: Readonly<Record<string, string>>): string | undefined {
  const key = normalizeKey(name);
  // Own entries only: the table is a plain object, and "constructor" is nobody's name.
  return Object.prototype.hasOwnProperty.call(people, key) ? people[key] : undefined;
}

/** The section as set-up writes it: title, header, then one row per name already known. */
export function peopleSectionRows(settings: EscalationSettings, lang: Lang): string[][] {
  const m = SETTINGS_MESSAGES[lang];
  return [[m.peopleTitle], [...m.peopleHeader], ...Object.entries(settings.people)];
}

const TITLES = new Set(LANGS.map((lang) => normalizeKey(SETTINGS_MESSAGES[lang].peopleTitle)));
const HEADERS = new Set(LANGS.map((lang) => normalizeKey(SETTINGS_MESSAGES[lang].peopleHeader[0])));

export function isPeopleSectionTitle(cell: unknown): boolean {
  return typeof cell === 'string' && TITLES.has(normalizeKey(cell));
}

/**
 * Rows below the title up to the next ■ title: a name in column A, an address in column B. A row
 * with a name and no address is a note, not an entry; an address that is none is named by cell.
 * The first row naming a person wins.
 */
export function readPeople(r: Reader): Record<string, string> {
  const title = r.grid.findIndex((row) => isPeopleSectionTitle(row[0]));
  const out: Record<string, string> = {};
  if (title < 0) return out;
  for (let i = title + 1; i < r.grid.length; i++) {
    const [a, b] = r.grid[i] ?? [];
    if (typeof a === 'string' && a.trim().startsWith('■')) break;
    if (isBlank(a) || isBlank(b) || (typeof a === 'string' && HEADERS.has(normalizeKey(a)))) continue;
    const email = r.read(i, 1, { kind: 'people', column: 1 }, 'email', readAddress, undefined);
    const key = normalizeKey(String(a));
    if (email && !Object.prototype.hasOwnProperty.call(out, key)) out[key] = email;
  }
  return out;
}

function readAddress(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.normalize('NFKC').trim() : '';
  return isEmail(text) ? text : undefined;
}
