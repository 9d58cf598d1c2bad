// Parses the small part of Sheets' formula language the playground evaluates: literals, cell and
// range references (optionally on another sheet), comparisons, & and arithmetic, function calls.
export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** `a1` keeps its '$' marks: conditional format rules shift only the relative parts. */
  | { kind: 'ref'; sheet: string | null; a1: string }
  | { kind: 'call'; name: string; args: FormulaNode[] }
  | { kind: 'unary'; op: '-' | '+'; operand: FormulaNode }
  | { kind: 'binary'; op: string; left: FormulaNode; right: FormulaNode };

/** Thrown for text that is not a formula this parser understands. */
export class FormulaSyntaxError extends Error {}

const TOKEN = new RegExp(
  [
    String.raw`(?<space>\s+)`,
    String.raw`(?<string>"(?:[^"]|"")*")`,
    String.raw`(?<ref>(?:(?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d*)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}\$?\d*)(?![\p{L}\p{N}_(]))`,
    String.raw`(?<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)`,
    String.raw`(?<name>[\p{L}_][\p{L}\p{N}_.]*)`,
    String.raw`(?<op><>|<=|>=|[=<>&+\-*/(),;])`,
  ].join('|'),
  'uy',
);

type Token = { type: 'string' | 'ref' | 'number' | 'name' | 'op'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match?.groups) throw new FormulaSyntaxError(`Cannot read the formula at "${source.slice(at, at + 10)}"`);
    const [type, text] = Object.entries(match.groups).find(([, v]) => v !== undefined) as [string, string];
    if (type !== 'space') tokens.push({ type: type as Token['type'], text });
  }
  return tokens;
}

const PRECEDENCE: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
};

/** Parses a formula with its leading '='. */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula.replace(/^=/, ''));
  let position = 0;
  const peek = () => tokens[position];
  const expect = (text: string) => {
    if (peek()?.text !== text) throw new FormulaSyntaxError(`Expected "${text}"`);
    position++;
  };

  function binary(minPrecedence: number): FormulaNode {
    let left = unary();
    for (let op = peek(); op?.type === 'op' && (PRECEDENCE[op.text] ?? 0) >= minPrecedence; op = peek()) {
      position++;
      const right = binary((PRECEDENCE[op.text] as number) + 1);
      left = { kind: 'binary', op: op.text, left, right };
    }
    return left;
  }

  function unary(): FormulaNode {
    const token = peek();
    if (token?.text === '-' || token?.text === '+') {
      position++;
      return { kind: 'unary', op: token.text, operand: unary() };
    }
    return primary();
  }

  function primary(): FormulaNode {
    const token = tokens[position++];
    if (!token) throw new FormulaSyntaxError('The formula ends too early');
    if (token.type === 'number') return { kind: 'number', value: Number(token.text) };
    if (token.type === 'string') return { kind: 'string', value: token.text.slice(1, -1).replace(/""/g, '"') };
    if (token.type === 'ref') return reference(token.text);
    if (token.text === '(') {
      const inner = binary(1);
      expect(')');
      return inner;
    }
    if (token.type === 'name') return nameOrCall(token.text);
    throw new FormulaSyntaxError(`Unexpected "${token.text}"`);
  }

  function nameOrCall(name: string): FormulaNode {
    if (peek()?.text !== '(') {
      if (/^(true|false)$/i.test(name)) return { kind: 'boolean', value: name.toUpperCase() === 'TRUE' };
      throw new FormulaSyntaxError(`Unknown name "${name}"`);
    }
    position++;
    const args: FormulaNode[] = [];
    while (peek()?.text !== ')') {
      args.push(peek()?.text === ',' || peek()?.text === ';' ? { kind: 'string', value: '' } : binary(1));
      if (peek()?.text === ',' || peek()?.text === ';') position++;
      else break;
    }
    expect(')');
    return { kind: 'call', name: name.toUpperCase(), args };
  }

  const tree = binary(1);
  if (position < tokens.length) throw new FormulaSyntaxError(`Unexpected "${tokens[position]?.text}"`);
  return tree;
}

function reference(text: string): FormulaNode {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { kind: 'ref', sheet: null, a1: text.toUpperCase() };
  const rawSheet = text.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { kind: 'ref', sheet, a1: text.slice(bang + 1).toUpperCase() };
}
