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
  const parts = value
    .normalize('NFKC')
    .split(/[\s,;、，]+/)
    .filter(Boolean);
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    if (!isEmail(part)) invalid.push(part);
    else if (!emails.some((e) => e.toLowerCase() === part.toLowerCase())) emails.push(part);
  }
  return { emails, invalid };
}
