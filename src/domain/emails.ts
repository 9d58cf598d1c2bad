// Email address lists as people type them into one cell: commas, semicolons, spaces or newlines.
import { isBlank } from './cells';
import { quoteValue } from './text';

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * The addresses in a cell, and those that are not addresses (so they can be reported, not dropped).
 * A number or a date where an address belongs is one invalid item, quoted as a message shows it:
 * dropped, it would leave the cell looking empty and the notice would go to someone else.
 */
export function parseEmailList(value: unknown): { emails: string[]; invalid: string[] } {
  if (typeof value !== 'string') return { emails: [], invalid: isBlank(value) ? [] : [quoteValue(value)] };
  const emails: string[] = [];
  const invalid: string[] = [];
  const add = (email: string) => {
    if (!emails.some((e) => e.toLowerCase() === email.toLowerCase())) emails.push(email);
  };
  for (const item of listItems(value.normalize('NFKC'))) {
    const text = item.trim();
    if (text === '') continue;
    // As Outlook and Gmail paste an address: 山田 太郎 <yamada@example.co.jp>, the name quoted or not.
    const named = NAMED.exec(text);
    if (named) {
      if (isEmail(named[1] as string)) add(named[1] as string);
      else invalid.push(text);
      continue;
    }
    // Addresses separated by spaces; anything else with a space is one name (山田 太郎).
    const parts = text.split(/\s+/);
    if (parts.every(isEmail)) parts.forEach(add);
    else invalid.push(text);
  }
  return { emails, invalid };
}

const NAMED = /^[^<>]*<\s*([^<>\s]+)\s*>$/;
const SEPARATORS = new Set([',', ';', '、', '，', '\n']);

/** Items separated by , ; 、 or new lines, except inside quotes ("Sato, Hanako" <sato@…> is one item). */
function listItems(text: string): string[] {
  const items: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && SEPARATORS.has(c)) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items;
}
