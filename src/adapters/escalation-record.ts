// Recording a run: the log first (it must hold every email that went out, even when the rows cannot
// be written), then each incident's state written to the row that holds its ID now, only the rows
// whose state changed. People sort, insert and delete rows while a run works.
import { readFloor } from '../domain/incident-ids';
import { type ColumnPositions, INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../domain/incident-columns';
import { cellText } from '../domain/sweep/incident-row';
import { type ReadRows, changedRuns, changedRunsWithin, placeRows, unmoved } from '../domain/sweep/placement';
import { type Delivery, deliveredByRow, logRows } from '../domain/sweep/sweep-log';
import { FIRST_INCIDENT_ROW, STATE_COLUMNS, type StateColumn, type SweepPlan } from '../domain/sweep/sweep-plan';
import { stateBlock } from '../domain/sweep/state-rows';
import { arrayFormulaColumns, topRows } from './array-formulas';
import { appendLog } from './escalation-log';
import { type Appended, appendHistory } from './history-sheet';
import { runHistory } from '../domain/sweep/run-history';
import type { PlannedSweep } from './escalation-sweep';
import { PROPERTY_KEYS } from './escalation-services';
import { appendMissingColumns } from './incidents-sheet';
import { readIdColumn, readIncidentValues, stateColumnOrder, writeColumns, writeStateBlock } from './incidents-table';
import { SendJournal } from './send-journal';
import { asLiteral, cellAsItIs } from './sheet-text';
import { cellsNow, stateFormulas } from './state-now';
import { recordFollowUp } from './follow-up-sheets';
import { COMPLETED_COLUMNS, type Completions } from '../domain/sweep/completion';

/** Changed rows are written in at most this many runs of adjacent rows, else in one span. */
const MAX_WRITE_RUNS = 8;

/**
 * `journal`: this run's (marked once logged, cleared once the rows are written), or 'logged' when a
 * left journal's emails are already in the log. Returns the history rows it appended.
 */
export function recordDeliveries(
  planned: PlannedSweep,
  deliveries: readonly Delivery[],
  now: Date,
  journal: SendJournal | 'logged' | null,
  /** The deliveries the log gets (a quota deferral already logged today is left out). */
  toLog: readonly Delivery[] = deliveries,
): Appended | undefined {
  let appended: Appended | undefined;
  if (journal !== 'logged') {
    const rows = logRows(toLog, now, planned.facts.lang);
    appendLog(planned.ss, planned.props, planned.facts, rows, now);
    // In the same phase as the log: a run cut off before it is marked logged is replayed whole by
    // the next (at worst these rows twice), one cut off after it never again.
    const events = runHistory(planned.plan, deliveries, now, planned.facts.lang);
    appended = appendHistory(planned.ss, planned.facts.lang, events);
    if (journal instanceof SendJournal) journal.markLogged();
  }
  writeBack(planned, deliveries, now);
  // Before the journal goes: a run cut off here is replayed and records the follow-up once.
  recordFollowUp(planned, deliveries);
  if (journal instanceof SendJournal) journal.clear();
  // The history rows just appended: the review, later in the run, takes them as given.
  return appended;
}

/** The content of a row the run numbered, to find it by once rows have moved (it had no ID). */
function rowContent(raw: readonly unknown[], positions: ColumnPositions): string {
  // Not the columns the run fills: they are empty on the sheet until written.
  const state = new Set<IncidentColumn>(['id', ...STATE_COLUMNS, ...COMPLETED_COLUMNS]);
  return INCIDENT_COLUMN_KEYS.filter((c) => !state.has(c) && positions[c] !== undefined)
    .map((c) => {
      const cell = raw[positions[c] as number];
      return cell instanceof Date ? String(cell.getTime()) : cellText(cell);
    })
    .join('\u0000');
}

function readRowsOf(plan: SweepPlan): ReadRows {
  const at = plan.positions.id;
  const ids = plan.rows.map((row) => (at === undefined ? '' : cellText(row.raw[at]).trim()));
  const numbered = new Map<number, string>();
  if (plan.ids)
    ids.forEach((id, i) => id === '' && numbered.set(i, rowContent(plan.rows[i]?.raw ?? [], plan.positions)));
  return { ids, numbered };
}

function writeBack(planned: PlannedSweep, deliveries: readonly Delivery[], now: Date): void {
  const { plan, sheet, props, facts } = planned;
  if (plan.rows.length === 0) return;
  const positions = appendMissingColumns(
    sheet,
    planned.values[0] ?? [],
    plan.positions,
    ['id', ...STATE_COLUMNS],
    facts.lang,
  );
  const columns = stateColumnOrder(positions);
  const state = stateBlock(plan, deliveredByRow(deliveries, plan.rows.length), facts.lang, now, columns);
  if (!plan.ids && state.unchanged && plan.completions.size === 0) return;
  if (plan.ids) {
    const floor = readFloor(props.getProperty(PROPERTY_KEYS.idFloor));
    props.setProperty(PROPERTY_KEYS.idFloor, String(Math.max(floor, plan.highestId)));
  }
  // Columns a whole-column array formula fills are never written (it would break the formula).
  const covered = arrayFormulaColumns(topRows(sheet, sheet.getLastColumn()).getFormulas());
  const skip = new Set(columns.filter((c) => covered.has(positions[c] as number)));
  const writeIds = plan.ids !== null && !covered.has(positions.id as number);
  const read = readRowsOf(plan);
  const unread = plan.rows.some((r) => r.unread) ? plan.rows.map((r) => r.unread === true) : undefined;
  if (unmovedWhereWritten(sheet, positions, read, writtenSpan(state.changed, plan, read))) {
    writeCompletions(sheet, positions, covered, plan.completions, (p) => p);
    const runs = changedRunsWithin(state.changed, unread, MAX_WRITE_RUNS);
    const readCells = (i: number) => columns.map((c) => plan.rows[i]?.raw[positions[c] as number] ?? '');
    const kept = cellsNow(sheet, positions, columns, {
      runs,
      changed: state.changed,
      ours: (i) => state.rows[i] as unknown[],
      read: readCells,
    });
    for (const [first, last] of runs) {
      const block = state.rows.slice(first, last + 1).map((cells, k) => kept.get(first + k) ?? cells);
      writeStateBlock(sheet, positions, columns, block, FIRST_INCIDENT_ROW + first, skip);
    }
    if (writeIds) {
      const numbered = read.ids.map((id) => id === '');
      for (const [first, last] of changedRunsWithin(numbered, unread, MAX_WRITE_RUNS)) {
        const ids = plan.rows
          .slice(first, last + 1)
          .map((row, i) => (numbered[first + i] ? row.id : read.ids[first + i]));
        writeColumns(sheet, positions, { id: ids }, FIRST_INCIDENT_ROW + first);
      }
    }
    return;
  }
  writeMoved(planned, positions, columns, state.rows, read, writeIds, skip, covered);
}

/** The first and last plan rows the run writes (state, a new ID, a completed cell); null when none. */
function writtenSpan(changed: readonly boolean[], plan: SweepPlan, read: ReadRows): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  const see = (i: number) => {
    if (i < first) first = i;
    if (i > last) last = i;
  };
  changed.forEach((c, i) => c && see(i));
  if (plan.ids) read.ids.forEach((id, i) => id === '' && see(i)); // rows the run numbered (and blank ones)
  for (const byRow of plan.completions.values()) for (const i of byRow.keys()) see(i);
  return first <= last ? [first, last] : null;
}

/**
 * Read again just before writing: does every row the run writes still hold the incident it read
 * there? Only the IDs from the first written row to the last are read (a row moved into, out of or
 * above them changes an ID there); rows below are left alone, whatever happened to them.
 */
function unmovedWhereWritten(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: ColumnPositions,
  read: ReadRows,
  span: [number, number] | null,
): boolean {
  if (span === null) return true;
  const [first, last] = span;
  // Rows deleted meanwhile: the span may now run past the sheet's last row.
  if (FIRST_INCIDENT_ROW + last > sheet.getLastRow()) return false;
  const ids = readIdColumn(sheet, positions.id, FIRST_INCIDENT_ROW + last, FIRST_INCIDENT_ROW + first);
  const within: ReadRows = { ids: read.ids.slice(first, last + 1), numbered: new Map() };
  return unmoved(within, { ids });
}

/**
 * The empty cells filled on rows that did not come through the sidebar, at the rows holding them now
 * (`rowOf`: plan row index to current row index, -1 when gone). Written run by run of adjacent rows,
 * a formula in the way written back as itself, so nothing a person made is replaced.
 */
function writeCompletions(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: ColumnPositions,
  covered: ReadonlySet<number>,
  completions: Completions,
  rowOf: (planRow: number) => number,
): void {
  for (const [column, byRow] of completions) {
    const at = positions[column];
    if (at === undefined || covered.has(at)) continue; // a whole-column formula fills it
    const values = new Map<number, unknown>();
    for (const [p, value] of byRow) if (rowOf(p) >= 0) values.set(rowOf(p), value);
    let last = -1;
    for (const r of values.keys()) if (r > last) last = r;
    const changed = Array.from({ length: last + 1 }, (_, r) => values.has(r));
    for (const [first, end] of changedRuns(changed, MAX_WRITE_RUNS, true)) {
      const range = sheet.getRange(FIRST_INCIDENT_ROW + first, at + 1, end - first + 1, 1);
      const formulas = range.getFormulas();
      const cells = formulas.map(([formula], i) => [formula || asLiteral(values.get(first + i))]);
      range.setValues(cells);
    }
  }
}

/**
 * Rows moved during the run: the sweep's columns are read again, each row gets the state of the
 * incident it holds now (a row the run never saw keeps its cells), and the block is written whole.
 */
function writeMoved(
  planned: PlannedSweep,
  positions: ColumnPositions,
  columns: readonly StateColumn[],
  stateRows: readonly unknown[][],
  read: ReadRows,
  writeIds: boolean,
  skip: ReadonlySet<StateColumn>,
  covered: ReadonlySet<number>,
): void {
  const { sheet, plan } = planned;
  const fresh = readIncidentValues(sheet).slice(1);
  const at = positions.id;
  const ids = fresh.map((row) => (at === undefined ? '' : cellText(row[at]).trim()));
  const place = placeRows(read, { ids, content: (r) => rowContent(fresh[r] ?? [], positions) });
  const rowOfPlan = new Map(place.map((p, r) => [p, r]));
  writeCompletions(sheet, positions, covered, plan.completions, (p) => rowOfPlan.get(p) ?? -1);
  // A row the run did not read (settled) or never saw keeps its cells as they are now, formulas too.
  const formulas = stateFormulas(sheet, positions, columns, fresh.length);
  const block = fresh.map((row, r) => {
    const p = place[r] as number;
    if (p >= 0 && !plan.rows[p]?.unread) return [...(stateRows[p] as unknown[])];
    return columns.map((c, k) => cellAsItIs(row[positions[c] as number], formulas[r]?.[k]));
  });
  writeStateBlock(sheet, positions, columns, block, FIRST_INCIDENT_ROW, skip);
  if (!writeIds) return;
  const numbered = place.map((p, r) => (p >= 0 && read.numbered.has(p) ? (plan.rows[p]?.id ?? '') : ids[r]));
  writeColumns(sheet, positions, { id: numbered }, FIRST_INCIDENT_ROW);
}
