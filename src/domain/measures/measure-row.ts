// One row of the measures sheet read into a measure, or skipped when it names no incident. Cells a
// person typed badly are kept as problems, never guessed: the follow-up run names them to the owner.
import { isBlank } from '../cells';
import { parseDateTime } from '../calendar/date-cells';
import {
  type MeasureColumn,
  type MeasureKind,
  type MeasurePositions,
  type MeasureStatus,
  parseMeasureKind,
  parseMeasureStatus,
} from './measure-columns';

export interface Measure {
  /** 1-based; how the sidebar names a measure in an action, never a key across runs. */
  readonly sheetRow: number;
  readonly incidentId: string;
  /** The 対策内容 text; '' when blank or when the text was left unread (`textUnread`). */
  readonly measure: string;
  /**
   * True when the read left the 対策内容 column out (the hourly run on a long sheet): the text is
   * unknown, not blank, and is read later for the measures an email shows (measures-sheet.ts).
   */
  readonly textUnread?: true;
  readonly kind: MeasureKind | undefined;
  readonly owner: string;
  readonly dueAt: Date | null;
  /** Blank reads as to do. */
  readonly status: MeasureStatus;
  readonly doneAt: Date | null;
  readonly effectResult: string;
  readonly effectCheckedAt: Date | null;
  readonly effectCheckedBy: string;
  /** The 通知記録 cell as it is (the follow-up run's own bookkeeping). */
  readonly notifications: string;
  /** Columns whose cell could not be read (a due date that is no date, an unknown kind or status). */
  readonly unreadable: readonly MeasureColumn[];
}

/** A text cell as a measure holds it: trimmed, blank as ''. */
export const measureText = (value: unknown): string => (isBlank(value) ? '' : String(value).trim());
const text = measureText;

/**
 * `row` as getValues() gives it; null when the row names no incident (blank, or a note).
 * `textUnread`: the row was read without its 対策内容 cell.
 */
export function readMeasure(
  row: readonly unknown[],
  sheetRow: number,
  positions: MeasurePositions,
  timeZone: string,
  textUnread = false,
): Measure | null {
  const cell = (column: MeasureColumn): unknown => {
    const at = positions[column];
    return at === undefined ? '' : row[at];
  };
  const incidentId = text(cell('incidentId'));
  if (incidentId === '') return null;
  const unreadable: MeasureColumn[] = [];
  const date = (column: MeasureColumn): Date | null => {
    const value = parseDateTime(cell(column), timeZone);
    if (value === undefined) unreadable.push(column);
    return value ?? null;
  };
  const word = <T>(column: MeasureColumn, parse: (v: unknown) => T | undefined): T | undefined => {
    const value = cell(column);
    const parsed = parse(value);
    if (parsed === undefined && !isBlank(value)) unreadable.push(column);
    return parsed;
  };
  return {
    sheetRow,
    incidentId,
    measure: text(cell('measure')),
    kind: word('kind', parseMeasureKind),
    owner: text(cell('owner')),
    dueAt: date('dueAt'),
    status: word('status', parseMeasureStatus) ?? 'todo',
    doneAt: date('doneAt'),
    effectResult: text(cell('effectResult')),
    effectCheckedAt: date('effectCheckedAt'),
    effectCheckedBy: text(cell('effectCheckedBy')),
    notifications: text(cell('notifications')),
    unreadable,
    ...(textUnread ? { textUnread: true as const } : {}),
  };
}
