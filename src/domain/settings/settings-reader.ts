// Reading the settings sheet's grid cell by cell, keeping each bad cell as data (a SettingsProblem)
// so it can be told later in whichever language the reader of a message needs.
import { isBlank } from '../cells';
import { normalizeKey, quoteValue } from '../text';
import type { ManagerRoute } from './settings';
import type { AllowedKind, LevelColumn, SettingKey } from './settings-messages';
import { listItems } from './settings-values';

export type Grid = readonly (readonly unknown[])[];

/** Which setting a bad cell belongs to, named in a message as the sheet names it. */
export type SettingSubject =
  | { readonly kind: 'matrix' }
  | { readonly kind: 'key'; readonly key: SettingKey }
  | { readonly kind: 'level'; readonly label: string; readonly column: LevelColumn }
  | { readonly kind: 'route'; readonly route: ManagerRoute }
  | { readonly kind: 'languages'; readonly column: 0 | 1 }
  | { readonly kind: 'people'; readonly column: 0 | 1 };

export interface SettingsProblem {
  /** A1 name of the cell, e.g. 'B12'. */
  readonly cell: string;
  readonly subject: SettingSubject;
  /** The value as typed, quoted for a message. */
  readonly value: string;
  readonly allowed: AllowedKind;
}

function cellName(row: number, column: number): string {
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

export class Reader {
  readonly problems: SettingsProblem[] = [];
  constructor(readonly grid: Grid) {}

  rowOf(labels: Set<string>, after = -1): number {
    return this.grid.findIndex((row, i) => i > after && typeof row[0] === 'string' && labels.has(normalizeKey(row[0])));
  }
  read<T>(
    row: number,
    column: number,
    subject: SettingSubject,
    kind: AllowedKind,
    parse: (v: unknown) => T | undefined,
    fallback: T,
    raw: unknown = this.grid[row]?.[column],
  ): T {
    const parsed = parse(raw);
    if (parsed !== undefined) return parsed;
    this.reject(row, column, subject, kind, raw);
    return fallback;
  }
  reject(row: number, column: number, subject: SettingSubject, kind: AllowedKind, raw: unknown): void {
    this.problems.push({ cell: cellName(row, column), subject, value: quoteValue(raw ?? ''), allowed: kind });
  }
  /** Items of a list row: every non-blank cell right of the label, each possibly comma-separated. */
  items(row: number): { value: unknown; column: number }[] {
    return (this.grid[row] ?? []).slice(1).flatMap((value, i) => {
      if (isBlank(value)) return [];
      const parts = typeof value === 'string' ? listItems(value) : [value];
      return parts.map((part) => ({ value: part, column: i + 1 }));
    });
  }
}
