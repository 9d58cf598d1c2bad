// Deadlines and stages a person types over the sweep's own (a new date agreed with the customer, a
// stage raised or handed back): seen by the edit trigger, which marks them in the row's 通知記録 so
// the sweep keeps them instead of writing its own again, and records them in the history.
import type { ColumnPositions, IncidentColumn } from '../incident-columns';
import type { Lang } from '../language';
import { parseDateTime } from '../calendar/date-cells';
import { formatLocal } from '../calendar/zoned-time';
import type { HistoryEvent } from '../history/history-events';
import {
  type NotificationRecord,
  handDeadlines,
  stageReached,
  withHandDeadline,
  withMark,
} from '../escalation/notification-records';
import { parseStage } from '../settings/settings-values';
import { formatRecords, parseRecords } from './record-text';
import { cellText } from './incident-row';

/** The columns whose hand edits are kept. */
export const HAND_COLUMNS = ['stage', 'respondBy', 'resolveBy'] as const satisfies readonly IncidentColumn[];
type HandColumn = (typeof HAND_COLUMNS)[number];

export interface HandEditInput {
  /** The edited rows as they are now (the whole width), and the first one's sheet row. */
  readonly rows: readonly (readonly unknown[])[];
  readonly firstRow: number;
  readonly positions: ColumnPositions;
  /** Which of HAND_COLUMNS the edit touched. */
  readonly edited: ReadonlySet<HandColumn>;
  /** What a one-cell edit replaced (Apps Script gives it for one cell only). */
  readonly oldValue?: unknown;
  readonly timeZone: string;
  readonly lang: Lang;
  readonly now: Date;
  readonly user: string;
}

export interface HandEdits {
  /** By index in `rows`: the row's new 通知記録 text. */
  readonly notifications: Map<number, string>;
  readonly events: HistoryEvent[];
}

export function handEdits(input: HandEditInput): HandEdits {
  const notifications = new Map<number, string>();
  const events: HistoryEvent[] = [];
  const at = input.positions;
  input.rows.forEach((row, i) => {
    const cell = (c: IncidentColumn) => (at[c] === undefined ? '' : row[at[c] as number]);
    const id = cellText(cell('id')).trim();
    if (id === '') return; // a new row: the sweep completes it, nothing of it was the sweep's yet
    const before = parseRecords(cell('notifications'), input.timeZone);
    let records: readonly NotificationRecord[] = before;
    const event = (kind: HistoryEvent['kind'], detail: string) =>
      events.push({ at: input.now, id, kind, by: input.user, detail });
    // Only a one-cell edit says what it replaced; a number there (a date as Sheets counts it) is not shown.
    const old = input.rows.length === 1 && typeof input.oldValue === 'string' ? input.oldValue : '';
    for (const column of HAND_COLUMNS) {
      if (!input.edited.has(column)) continue;
      const value = cell(column);
      if (column === 'stage') {
        const stage = parseStage(value);
        const reached = stageReached(records);
        if (stage === undefined || stage === reached) continue;
        records = withMark(
          records,
          stage > reached && stage >= 2 ? (stage === 3 ? 'raise3' : 'raise2') : 'back',
          input.now,
        );
        event(stage > reached ? 'stageChanged' : 'handedBack', `${old || reached} → ${cellText(value)}`);
        continue;
      }
      const deadline = parseDateTime(value, input.timeZone);
      if (deadline === undefined) continue; // unreadable: the sweep writes its own back and names nothing new
      // A paste over many rows carries their deadline cells as they were: a blank where no hand
      // deadline was kept, or the kept one again (or a retyped cell's own value), changes nothing.
      const kept = handDeadlines(records)[column];
      const was = old ? parseDateTime(old, input.timeZone) : undefined;
      if (deadline === null ? kept === undefined : sameMinute(deadline, kept) || sameMinute(deadline, was)) continue;
      const key = column === 'respondBy' ? 'respondByHand' : 'resolveByHand';
      records = withHandDeadline(records, key, deadline);
      const shown = deadline ? formatLocal(deadline, input.timeZone) : '';
      event('deadlineChanged', `${columnWord(column, input.lang)}: ${old || '—'} → ${shown || '—'}`);
    }
    if (records !== before) notifications.set(i, formatRecords(records, input.lang, input.timeZone));
  });
  return { notifications, events };
}

const MINUTE = 60_000;
function sameMinute(a: Date, b: Date | null | undefined): boolean {
  return b instanceof Date && Math.floor(a.getTime() / MINUTE) === Math.floor(b.getTime() / MINUTE);
}

function columnWord(column: HandColumn, lang: Lang): string {
  const words = {
    ja: { respondBy: '初動期限', resolveBy: '解決期限', stage: '段階' },
    en: { respondBy: 'Respond by', resolveBy: 'Resolve by', stage: 'Stage' },
  };
  return words[lang][column];
}
