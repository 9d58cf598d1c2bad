// Rows typed, pasted or imported without the sidebar (or while another write held the lock, so
// onEdit left them) get from the run what the sidebar would have given them: a report time (when
// the run first saw them), a risk level from their grades and the status 未対応. The ID and stage
// come with every run. Only empty cells are filled: what a person typed is theirs.
import { isBlank } from '../cells';
import type { ColumnPositions, IncidentColumn } from '../incident-columns';
import type { Lang } from '../language';
import { type RiskMatrix, levelLabelOf } from '../risk-matrix';
import { statusLabel } from '../vocabulary';

/** The user columns a run may fill, each only where empty. */
export const COMPLETED_COLUMNS = ['reportedAt', 'riskLevel', 'status'] as const satisfies readonly IncidentColumn[];
export type CompletedColumn = (typeof COMPLETED_COLUMNS)[number];

/** By column, the filled value of each completed row (by plan row index). */
export type Completions = Map<CompletedColumn, Map<number, unknown>>;

export interface CompletionContext {
  readonly positions: ColumnPositions;
  readonly matrix: RiskMatrix;
  readonly lang: Lang;
  readonly now: Date;
}

/**
 * The row with its empty cells filled (a copy), noting each fill in `into`; the row itself when it
 * needs nothing (most rows: no copy is made).
 */
export function completeRow(
  raw: readonly unknown[],
  index: number,
  ctx: CompletionContext,
  into: Completions,
): readonly unknown[] {
  const at = ctx.positions;
  const cell = (c: IncidentColumn) => (at[c] === undefined ? '' : raw[at[c] as number]);
  const fills: [CompletedColumn, unknown][] = [];
  // A report time typed as the occurrence only is read from there (incident-row.ts), as the sidebar does.
  if (isBlank(cell('reportedAt')) && isBlank(cell('occurredAt'))) fills.push(['reportedAt', ctx.now]);
  if (isBlank(cell('riskLevel'))) {
    const level = levelLabelOf(cell('impact'), cell('urgency'), ctx.matrix, ctx.lang);
    if (level) fills.push(['riskLevel', level]);
  }
  if (isBlank(cell('status'))) fills.push(['status', statusLabel('open', ctx.lang)]);
  const present = fills.filter(([c]) => at[c] !== undefined);
  if (present.length === 0) return raw;
  const row = [...raw];
  for (const [column, value] of present) {
    row[at[column] as number] = value;
    let byRow = into.get(column);
    if (!byRow) into.set(column, (byRow = new Map()));
    byRow.set(index, value);
  }
  return row;
}
