// The hourly run's read of the incidents sheet on a long sheet: the narrow probe columns of every
// row first (ID, status, 解決日時, 要確認), then the sweep's columns only around the rows that are not
// settled (settled-rows.ts), in a few windows cut at the widest gaps. A long sheet is mostly finished
// incidents, and their stage, deadlines and 通知記録 are most of what a full read would move.
import { columnPositions } from '../domain/incident-columns';
import { STATE_COLUMNS } from '../domain/sweep/sweep-plan';
import { SETTLED_PROBE_COLUMNS, isSettled } from '../domain/sweep/settled-rows';
import { cellText } from '../domain/sweep/incident-row';
import { SWEEP_COLUMNS, blankGrid, fillColumns } from './incidents-table';
import { windowsOf } from './row-windows';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SweepRead {
  /** The header and every row, laid out as the sheet is; an unread row holds its probe columns alone. */
  readonly values: unknown[][];
  /** Per row below the header: settled and not read further. Undefined when every row was read. */
  readonly unread: boolean[] | undefined;
}

/**
 * Below this many rows the probe is not worth its calls (4 more, and 3 per window): a full read of
 * 5,000 rows moves ~1.5 MB, which Apps Script reads in about the time of those calls.
 */
export const PROBE_FROM_ROWS = 5_000;
/**
 * At most this many windows of rows are read around the open ones (3 reads each in the default
 * layout): calls stay constant. Open rows closer than OPEN_GAP share a window: at ~200 bytes a
 * finished row, 1,500 rows between them cost about what another three calls do.
 */
const OPEN_WINDOWS = 12;
const OPEN_GAP = 1_500;
/** When the windows would cover more than this share of the rows, the rows are read whole. */
const WHOLE_SHARE = 0.6;

/**
 * `before` (ms): rows resolved before it may be left unread (settledBefore); `news`: incidents the
 * follow-up has news of since its last run, read whatever their state.
 */
export function readSweepRows(
  sheet: Sheet,
  before: number,
  news: ReadonlySet<string> = new Set(),
  probeFrom = PROBE_FROM_ROWS,
): SweepRead {
  const values = blankGrid(sheet);
  const height = values.length;
  if (height <= 1) return { values, unread: undefined };
  const positions = columnPositions(values[0] ?? []);
  // Every state column must be there: a row never read is never written, and a column missing
  // from the sheet would make the run write every row (state-rows.ts).
  const probeable = [...SETTLED_PROBE_COLUMNS, ...STATE_COLUMNS].every((c) => positions[c] !== undefined);
  if (height - 1 < probeFrom || !probeable) {
    fillColumns(sheet, values, positions, SWEEP_COLUMNS, 2, height);
    return { values, unread: undefined };
  }
  fillColumns(sheet, values, positions, SETTLED_PROBE_COLUMNS, 2, height);
  const at = (row: readonly unknown[], c: (typeof SETTLED_PROBE_COLUMNS)[number]) => row[positions[c] as number];
  const open: number[] = [];
  for (let r = 1; r < height; r++) {
    const row = values[r] as unknown[];
    const resolvedAt = at(row, 'resolvedAt');
    const id = cellText(at(row, 'id')).trim();
    const settled =
      id !== '' &&
      !news.has(id) &&
      isSettled(at(row, 'status'), resolvedAt, at(row, 'rowProblems')) &&
      (resolvedAt as Date).getTime() < before;
    if (!settled) open.push(r + 1);
  }
  const unread = new Array<boolean>(height - 1).fill(true);
  if (open.length === 0) return { values, unread };
  const windows = windowsOf(open, OPEN_WINDOWS, OPEN_GAP);
  const spanned = windows.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  // The probe's columns are not read again where that saves more than a call (column-spans.ts).
  if (spanned > WHOLE_SHARE * (height - 1)) {
    fillColumns(sheet, values, positions, SWEEP_COLUMNS, 2, height, SETTLED_PROBE_COLUMNS);
    return { values, unread: undefined };
  }
  for (const [first, last] of windows) {
    fillColumns(sheet, values, positions, SWEEP_COLUMNS, first, last, SETTLED_PROBE_COLUMNS);
    unread.fill(false, first - 2, last - 1);
  }
  return { values, unread };
}
