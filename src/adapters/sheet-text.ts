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

/**
 * A formula a cell holds, read just before a write that covers the cell without changing it: written
 * back as the formula it is, where text would be made literal.
 */
export class KeptFormula {
  constructor(readonly formula: string) {}
}

/** A cell as getValues and getFormulas read it, to be written back as it is (makeLiteralInPlace). */
export function cellAsItIs(value: unknown, formula: string | undefined): unknown {
  return formula ? new KeptFormula(formula) : (value ?? '');
}

/**
 * Makes the text of rows built for one write literal, in place (a KeptFormula becomes its formula).
 * A column's text often repeats down the rows (a stage, a recipient, an outcome), so the literal
 * made for the row above is reused when the text is the same: 100,000 rows then do not each keep a
 * new copy of the same few texts.
 */
export function makeLiteralInPlace(rows: unknown[][]): void {
  const width = rows[0]?.length ?? 0;
  // Filled with '' (never looked up: empty text is written as it is) so the arrays are not holey.
  const lastText = new Array<unknown>(width).fill('');
  const lastLiteral = new Array<unknown>(width).fill('');
  for (const cells of rows) {
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      if (value instanceof KeptFormula) cells[c] = value.formula;
      if (typeof value !== 'string' || value === '') continue;
      if (value === lastText[c]) cells[c] = lastLiteral[c];
      else cells[c] = lastLiteral[c] = asLiteralText((lastText[c] = value));
    }
  }
}
