// Normalising what people type, so full-width digits, letters and spaces read like ASCII ones.

/**
 * NFKC folds full-width forms (`３`, `Ｈｉｇｈ`, U+3000) into ASCII; trim then removes surrounding
 * spaces of either width, and case is folded for the English spellings.
 */
export function normalizeKey(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** How a value a person typed is quoted back to them in a message. */
export function quoteValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
