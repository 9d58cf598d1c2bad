// Counts service calls by name, so benchmarks and tests can show calls do not grow with rows.
export class CallLog {
  private readonly counts = new Map<string, number>();
  /** Bytes of cell data moved by the calls (an estimate of the wire size: see cellBytes). */
  readonly payload = { read: 0, written: 0 };

  /** Counts the cells a call read or wrote, for the bench's megabytes per sweep. */
  addPayload(direction: 'read' | 'written', cells: readonly (readonly unknown[])[]): void {
    let bytes = 0;
    for (const row of cells) for (const cell of row) bytes += cellBytes(cell);
    this.payload[direction] += bytes;
  }

  /**
   * Fault injection: called before each call is counted, with its name and (for a sheet or range)
   * the sheet's name. A test throws from it to make that call fail as a service error would
   * ("Service Spreadsheets timed out while accessing document").
   */
  beforeCall: ((name: string, sheet?: string) => void) | null = null;

  /** Refuses a call once the execution is past its time (FakeClock.checkRunTime); set by the fakes. */
  runTime: (() => void) | null = null;

  record(name: string, sheet?: string): void {
    this.runTime?.();
    this.beforeCall?.(name, sheet);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** All calls, or those whose name starts with a prefix such as 'Range.' or 'Spreadsheet'. */
  total(prefix = ''): number {
    let sum = 0;
    for (const [name, count] of this.counts) if (name.startsWith(prefix)) sum += count;
    return sum;
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.payload.read = 0;
    this.payload.written = 0;
  }
}

/** Calls made on the spreadsheet's objects: each would be a network round trip in Apps Script. */
export const SPREADSHEET_CALL_PREFIXES = [
  'SpreadsheetApp.',
  'Spreadsheet.',
  'Sheet.',
  'Range.',
  'DeveloperMetadata.',
] as const;

export function spreadsheetCalls(log: CallLog): number {
  return SPREADSHEET_CALL_PREFIXES.reduce((sum, prefix) => sum + log.total(prefix), 0);
}

const utf8 = new TextEncoder();

/**
 * A cell's share of a call's payload: its text in UTF-8 (a date as an ISO string) plus one byte of
 * framing. Google does not document the wire format; this counts what must cross either way.
 */
function cellBytes(cell: unknown): number {
  if (cell === '' || cell === null || cell === undefined) return 1;
  if (cell instanceof Date) return 25;
  if (typeof cell === 'string') return utf8.encode(cell).length + 1;
  return String(cell).length + 1;
}
