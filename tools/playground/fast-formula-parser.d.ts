// The part of fast-formula-parser (plain JavaScript, no types of its own) the playground uses.
declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export class FormulaError extends Error {
    constructor(error: string, message?: string, details?: unknown);
    readonly error: string;
    readonly details: unknown;
    static readonly NA: FormulaError;
    static readonly VALUE: FormulaError;
    static readonly REF: FormulaError;
  }
  export type EngineFunction = (...args: never[]) => unknown;
  export interface ParserConfig {
    functions?: Record<string, EngineFunction>;
    functionsNeedContext?: Record<string, EngineFunction>;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
  }
  export default class FormulaParser {
    constructor(config?: ParserConfig);
    /** The same class as the named type: the package exports it only as this property. */
    static readonly FormulaError: typeof FormulaError;
    static readonly MAX_ROW: number;
    /** SheetJS's number formatter, which the engine's TEXT uses. */
    static readonly SSF: { format(format: string, value: number | boolean): string };
    functions: Record<string, EngineFunction>;
    parse(formula: string, position: CellRef & { sheet: string }, allowReturnArray?: boolean): unknown;
    supportedFunctions(): string[];
    /** Internal, overridden to run custom functions on raw references and to name missing arguments. */
    _callFunction(name: string, args: unknown[]): unknown;
  }
}
