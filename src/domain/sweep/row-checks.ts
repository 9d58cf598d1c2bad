// Rows the run cannot decide as they are: a row whose deciding threw, and rows sharing one ID.
// Each is flagged on the row, naming the values, and the run goes on with the others.
import { isBlank } from '../cells';
import { type ColumnPositions, type IncidentColumn, columnHeader } from '../incident-columns';
import { ESCALATION_MESSAGES, type RowProblem } from '../notices/escalation-messages';
import { cellText, cellsOf } from './incident-row';
import type { PlannedRow, SweepInput } from './sweep-plan';

/** IDs held by more than one row: each such row is flagged (and still decided and notified). */
export function repeatedIds(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (id === '') continue;
    if (seen.has(id)) repeated.add(id);
    else seen.add(id);
  }
  return repeated;
}

/** The columns a row's deadlines are worked out from: named with their values when that fails. */
const DATE_COLUMNS: readonly IncidentColumn[] = ['reportedAt', 'occurredAt', 'holdSince', 'holdHours', 'resolvedAt'];

/**
 * A row whose deciding threw (a value that makes the business calendar give up): flagged on the row
 * with the values it was decided from, and left as it is, so one bad row never stops the run.
 */
export function undecidableRow(
  input: SweepInput,
  positions: ColumnPositions,
  raw: readonly unknown[],
  sheetRow: number,
  id: string,
): PlannedRow {
  const cells = cellsOf(raw, positions);
  const values = DATE_COLUMNS.filter((c) => !isBlank(cells(c)))
    .map((c) => {
      const cell = cells(c);
      const value = cell instanceof Date ? cell.toISOString() : cellText(cell);
      return input.lang === 'ja' ? `${columnHeader(c, 'ja')}「${value}」` : `${columnHeader(c, 'en')} "${value}"`;
    })
    .join(input.lang === 'ja' ? '・' : ', ');
  const problem: RowProblem = { kind: 'undecidable', values };
  const text = ESCALATION_MESSAGES[input.lang].rowProblem(problem);
  const previous = cellText(cells('rowProblems'));
  return {
    sheetRow,
    id,
    raw,
    problems: text,
    problemList: [problem],
    newProblems: text !== previous,
  };
}
