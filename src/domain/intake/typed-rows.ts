// Rows typed or pasted straight into the incidents sheet: what the add-on fills in so they become
// incidents like any other (an ID, a risk level, the report time, status and stage).
import { isBlank } from '../cells';
import { assignIncidentIds } from '../incident-ids';
import type { ColumnPositions, IncidentColumn } from '../incident-columns';
import type { Lang } from '../language';
import { type RiskMatrix, levelLabelOf } from '../risk-matrix';
import { statusLabel } from '../vocabulary';
import { ESCALATION_MESSAGES } from '../notices/escalation-messages';

/** The columns this fills, each as the full column of edited rows (unchanged cells keep their value). */
export type RowCompletion = Partial<Record<IncidentColumn, unknown[]>>;

const CONTENT_COLUMNS: readonly IncidentColumn[] = ['summary', 'impact', 'urgency', 'actionsTaken'];

export interface CompletionInput {
  rows: unknown[][];
  /** Formulas of the same rows: a cell holding a formula is the team's, never overwritten. */
  formulas: string[][];
  positions: ColumnPositions;
  idFloor: number;
  matrix: RiskMatrix;
  lang: Lang;
  now: Date;
}

export function completeTypedRows(input: CompletionInput): { columns: RowCompletion; highestId: number } {
  const { rows, positions } = input;
  const cell = (row: unknown[], column: IncidentColumn) =>
    positions[column] === undefined ? '' : row[positions[column] as number];
  const isIncident = (row: unknown[]) => CONTENT_COLUMNS.some((column) => !isBlank(cell(row, column)));
  const ids = rows.map((row) => (isIncident(row) ? cell(row, 'id') : 'skip'));
  const assigned = assignIncidentIds(ids, input.idFloor);
  const fill = (column: IncidentColumn, value: (row: unknown[], index: number) => unknown) => {
    if (positions[column] === undefined) return;
    const at = positions[column] as number;
    columns[column] = rows.map((row, i) => (isIncident(row) && !input.formulas[i]?.[at] ? value(row, i) : row[at]));
  };
  const columns: RowCompletion = {};
  fill('id', (_row, i) => assigned.ids[i]);
  fill('reportedAt', (row) => orDefault(cell(row, 'reportedAt'), input.now));
  fill('status', (row) => orDefault(cell(row, 'status'), statusLabel('open', input.lang)));
  fill('stage', (row) => orDefault(cell(row, 'stage'), ESCALATION_MESSAGES[input.lang].stage(1)));
  // A stale level is worse than none: an unreadable grade clears it (the sweep reports the row).
  fill('riskLevel', (row) => levelLabelOf(cell(row, 'impact'), cell(row, 'urgency'), input.matrix, input.lang));
  return { columns, highestId: assigned.highest };
}

function orDefault(value: unknown, fallback: unknown): unknown {
  return isBlank(value) ? fallback : value;
}
