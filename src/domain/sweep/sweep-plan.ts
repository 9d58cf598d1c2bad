// A sweep of the incidents table, pure: read every row, assign missing IDs, decide what is due;
// state-rows.ts then builds the cells to write back, once the adapter says what was delivered.
import { isBlank } from '../cells';
import { type ColumnPositions, type IncidentColumn, columnPositions } from '../incident-columns';
import { assignIncidentIds } from '../incident-ids';
import type { Lang } from '../language';
import type { BusinessCalendar } from '../calendar/business-calendar';
import { type IncidentDecision, type Notice, decideIncident } from '../escalation/decide';
import { ESCALATION_MESSAGES, type RowProblem } from '../notices/escalation-messages';
import { cellText, cellsOf, readIncident } from './incident-row';
import { repeatedIds, undecidableRow } from './row-checks';
import { type Completions, completeRow } from './completion';
import type { EscalationSettings } from '../settings/settings';
import { isSettled } from './settled-rows';

/** The columns the sweep writes; every other column belongs to people and is never rewritten. */
export const STATE_COLUMNS = [
  'stage',
  'respondBy',
  'resolveBy',
  'holdSince',
  'holdHours',
  'resolvedAt',
  'notifications',
  'rowProblems',
] as const;
export type StateColumn = (typeof STATE_COLUMNS)[number];

/** Sheet row of the first incident (below the header): plan.rows[i] is sheet row i + FIRST_INCIDENT_ROW. */
export const FIRST_INCIDENT_ROW = 2;

const USER_COLUMNS: readonly IncidentColumn[] = [
  'reportedAt',
  'summary',
  'impact',
  'urgency',
  'riskLevel',
  'status',
  'owner',
  'managerEmail',
  'occurredAt',
];

export interface PlannedRow {
  readonly sheetRow: number;
  readonly id: string;
  readonly raw: readonly unknown[];
  readonly decision?: IncidentDecision;
  /** In the sheet's language, joined for the Needs attention cell. */
  readonly problems: string;
  /** The same problems, to be told in another language (set when the row was read and has some). */
  readonly problemList?: readonly RowProblem[];
  /** Problems the row did not show before this run: what the summary tells the operator about. */
  readonly newProblems: boolean;
  /** A settled row the run read only the probe columns of (settled-rows.ts): `raw` holds those alone. */
  readonly unread?: true;
}

export interface SweepPlan {
  readonly positions: ColumnPositions;
  /** The spreadsheet's: the state cells' times are written on its wall clock. */
  readonly timeZone: string;
  readonly rows: readonly PlannedRow[];
  /** Set when some row got a new ID: the ID column must be written. */
  readonly ids: readonly string[] | null;
  readonly highestId: number;
  readonly notices: readonly Notice[];
  /**
   * The earliest moment (ms) any incident's notices could change with nothing edited: until then an
   * hour in which nobody touched the sheet has nothing to send (the hourly run's quiet-hour gate).
   */
  readonly nextCheck: number;
  /** Empty cells the run filled on rows that did not come through the sidebar (completion.ts). */
  readonly completions: Completions;
}

export interface SweepInput {
  readonly values: readonly (readonly unknown[])[];
  readonly settings: EscalationSettings;
  readonly calendar: BusinessCalendar;
  readonly lang: Lang;
  readonly now: Date;
  readonly idFloor: number;
  /** Only these incidents get notices (the emergency path); every row is still kept up to date. */
  readonly onlyIds?: ReadonlySet<string>;
  /** Per row below the header: settled and not read beyond its probe columns (settled-rows.ts). */
  readonly unread?: readonly boolean[];
}

function isBlankRow(row: readonly unknown[], positions: ColumnPositions): boolean {
  return USER_COLUMNS.every((c) => positions[c] === undefined || isBlank(row[positions[c] as number]));
}

function planRow(
  input: SweepInput,
  positions: ColumnPositions,
  raw: readonly unknown[],
  index: number,
  id: string,
  blank: boolean,
  duplicate: boolean,
): PlannedRow {
  const sheetRow = index + FIRST_INCIDENT_ROW;
  const cells = cellsOf(raw, positions);
  const previous = cellText(cells('rowProblems'));
  if (blank || isSettled(cells('status'), cells('resolvedAt'), previous))
    return { sheetRow, id, raw, problems: previous, newProblems: false };
  const m = ESCALATION_MESSAGES[input.lang];
  const read = readIncident(id, sheetRow, cells, input.settings, input.calendar.timeZone, input.lang);
  const decision = read.incident && decideIncident(read.incident, input.settings, input.calendar, input.now);
  const problems: RowProblem[] = decision?.noManager ? [...read.problems, { kind: 'noManager' }] : read.problems;
  if (duplicate) problems.push({ kind: 'duplicateId', value: id });
  const text = problems.length === 0 ? '' : problems.map((p) => m.rowProblem(p)).join('; ');
  return {
    sheetRow,
    id,
    raw,
    decision,
    problems: text,
    problemList: text === '' ? undefined : problems,
    newProblems: text !== '' && text !== previous,
  };
}

/**
 * IDs as the rows hold them, and which rows need one (not blank, no ID). Numbering scans every ID,
 * so it runs only when some row needs one; a sweep of 100,000 rows otherwise makes one array here.
 */
function rowIds(
  body: readonly (readonly unknown[])[],
  positions: ColumnPositions,
  blank: readonly boolean[],
  idFloor: number,
) {
  const idAt = positions.id;
  const ids = new Array<string>(body.length);
  let missing = false;
  for (let i = 0; i < body.length; i++) {
    const cell = idAt === undefined ? '' : (body[i] as readonly unknown[])[idAt];
    if (isBlank(cell)) missing ||= !blank[i];
    ids[i] = cellText(cell).trim();
  }
  if (!missing) return { ids, assigned: false, highest: idFloor };
  // Blank rows keep no ID ('-' holds their place so numbering skips them); the others keep theirs.
  const numbered = assignIncidentIds(
    ids.map((id, i) => (id !== '' ? String((body[i] as readonly unknown[])[idAt as number]) : blank[i] ? '-' : '')),
    idFloor,
  );
  for (let i = 0; i < body.length; i++) if (ids[i] === '' && !blank[i]) ids[i] = numbered.ids[i] as string;
  return { ids, assigned: true, highest: numbered.highest };
}

export function planSweep(input: SweepInput): SweepPlan {
  const header = input.values[0] ?? [];
  const body = input.values.slice(1);
  const positions = columnPositions(header);
  const blank = body.map((row) => isBlankRow(row, positions));
  const { ids, assigned, highest } = rowIds(body, positions, blank, input.idFloor);
  const rows = new Array<PlannedRow>(body.length);
  const repeated = repeatedIds(ids);
  const completions: Completions = new Map();
  const completing = { positions, matrix: input.settings.matrix, lang: input.lang, now: input.now };
  for (let i = 0; i < body.length; i++) {
    if (input.unread?.[i]) {
      // Not read: nothing to complete or decide, and its cells (the probe's alone) are kept as they are.
      const raw = body[i] as readonly unknown[];
      rows[i] = {
        sheetRow: i + FIRST_INCIDENT_ROW,
        id: ids[i] as string,
        raw,
        problems: '',
        newProblems: false,
        unread: true,
      };
      continue;
    }
    const raw = blank[i]
      ? (body[i] as readonly unknown[])
      : completeRow(body[i] as readonly unknown[], i, completing, completions);
    try {
      const id = ids[i] as string;
      rows[i] = planRow(input, positions, raw, i, id, blank[i] as boolean, repeated.has(id));
    } catch {
      rows[i] = undecidableRow(input, positions, raw, i + FIRST_INCIDENT_ROW, ids[i] as string);
    }
  }
  return {
    positions,
    timeZone: input.calendar.timeZone,
    rows,
    ids: assigned ? ids : null,
    highestId: highest,
    notices: noticesOf(rows, input.onlyIds),
    nextCheck: nextCheckOf(rows),
    completions,
  };
}

/** The earliest of the rows' next checks. */
function nextCheckOf(rows: readonly PlannedRow[]): number {
  let next = Infinity;
  for (const row of rows) if (row.decision && row.decision.nextCheck < next) next = row.decision.nextCheck;
  return next;
}

/** Every decided row's notices in one list (a loop: flatMap would make an array for each row without). */
function noticesOf(rows: readonly PlannedRow[], onlyIds: ReadonlySet<string> | undefined): Notice[] {
  const notices: Notice[] = [];
  for (const row of rows) {
    if (!row.decision || (onlyIds && !onlyIds.has(row.id))) continue;
    for (const notice of row.decision.notices) notices.push(notice);
  }
  return notices;
}
