// Counts service calls by name, so benchmarks and tests can show calls do not grow with rows.
export class CallLog {
  private readonly counts = new Map<string, number>();

  record(name: string): void {
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
  }
}

/** Calls made on the spreadsheet's objects: each would be a network round trip in Apps Script. */
export const SPREADSHEET_CALL_PREFIXES = ['SpreadsheetApp.', 'Spreadsheet.', 'Sheet.', 'Range.'] as const;

export function spreadsheetCalls(log: CallLog): number {
  return SPREADSHEET_CALL_PREFIXES.reduce((sum, prefix) => sum + log.total(prefix), 0);
}
