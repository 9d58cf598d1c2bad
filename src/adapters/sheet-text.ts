// Text a person typed, made safe to write: Sheets parses a written string as if typed into the
// cell ('=…' a formula, '+…'/'-…' too, '2026-11-24' a date, 'TRUE' a boolean). A leading apostrophe
// makes it literal text and is not part of the value read back, so the text round-trips unchanged.
export function asLiteralText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** Any cell value made safe to write back: text as literal text, numbers, dates and booleans as they are. */
export function asLiteral(value: unknown): unknown {
  return typeof value === 'string' ? asLiteralText(value) : value;
}
