// Email address lists as people type them into one cell: commas, semicolons, spaces or newlines.
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** The addresses in a cell, and those that are not addresses (so they can be reported, not dropped). */
export function parseEmailList(value: unknown): { emails: string[]; invalid: string[] } {
  const parts =
    typeof value === 'string'
      ? value
          .normalize('NFKC')
          .split(/[\s,;、，]+/)
          .filter(Boolean)
      : [];
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    if (!isEmail(part)) invalid.push(part);
    else if (!emails.some((e) => e.toLowerCase() === part.toLowerCase())) emails.push(part);
  }
  return { emails, invalid };
}
