// Normalising what people type, so full-width digits, letters and spaces read like ASCII ones.

/**
 * The same few words (grades, statuses, stages) come back on every one of 100,000 rows: a lookup
 * is cheaper than folding them again. Only short text is kept.
 */
const normalized = new Map<string, string>();
const MEMO_CHARS = 40;
const MEMO_SIZE = 5_000;

/**
 * NFKC folds full-width forms (`３`, `Ｈｉｇｈ`, U+3000) into ASCII; trim then removes surrounding
 * spaces of either width, and case is folded for the English spellings.
 */
export function normalizeKey(raw: string): string {
  if (raw.length > MEMO_CHARS) return normalizeNow(raw);
  let key = normalized.get(raw);
  if (key === undefined) {
    // Bounded: a sheet of free text typed where a word belongs must not grow it without end.
    if (normalized.size >= MEMO_SIZE) normalized.clear();
    normalized.set(raw, (key = normalizeNow(raw)));
  }
  return key;
}

function normalizeNow(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** How a value a person typed is quoted back to them in a message. */
export function quoteValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Either language's header of each known column, normalised, for finding columns by header. */
export function headerWords<K extends string>(
  columns: Readonly<Record<K, { readonly ja: string; readonly en: string }>>,
) {
  return new Map<string, K>(
    (Object.keys(columns) as K[]).flatMap((key) => [
      [normalizeKey(columns[key].ja), key] as const,
      [normalizeKey(columns[key].en), key] as const,
    ]),
  );
}

/** Zero-based position of each known column in a header row (the first of a repeated header). */
export function headerPositions<K extends string>(
  headerRow: readonly unknown[],
  words: ReadonlyMap<string, K>,
): Partial<Record<K, number>> {
  const positions: Partial<Record<K, number>> = {};
  headerRow.forEach((header, index) => {
    const key = typeof header === 'string' ? words.get(normalizeKey(header)) : undefined;
    if (key && positions[key] === undefined) positions[key] = index;
  });
  return positions;
}

/** UTF-8 bytes of a string (TextEncoder is not in Apps Script): what Gmail's limit and a read's payload count. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
