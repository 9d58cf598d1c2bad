// The incidents sheet's rows as the review reads them: whatever a row holds that can be read, the
// rest left unknown (the review counts what it can; a bad row is the hourly run's to flag).
import { isBlank } from '../cells';
import { type ColumnPositions, type IncidentColumn, columnPositions } from '../incident-columns';
import { parseGrade } from '../grades';
import { parseRiskLevel } from '../risk-levels';
import { type RiskMatrix, riskLevel } from '../risk-matrix';
import { parseCategory, parseStatus } from '../vocabulary';
import { parseDateTime } from '../calendar/date-cells';
import type { ReviewIncident } from './review-input';

export interface ReviewRows {
  readonly positions: ColumnPositions;
  /** Each read incident with its sheet row (1-based). */
  readonly incidents: readonly ReviewIncident[];
  readonly sheetRows: readonly number[];
}

const text = (value: unknown) => (isBlank(value) ? '' : String(value).trim());

/** `values` as readIncidentValues gives them: the header first; rows without an ID are skipped. */
export function reviewRowsOf(
  values: readonly (readonly unknown[])[],
  timeZone: string,
  matrix: RiskMatrix,
): ReviewRows {
  const positions = columnPositions(values[0] ?? []);
  const incidents: ReviewIncident[] = [];
  const sheetRows: number[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r] as readonly unknown[];
    const cell = (column: IncidentColumn) => (positions[column] === undefined ? '' : row[positions[column] as number]);
    const id = text(cell('id'));
    if (id === '') continue;
    const date = (column: IncidentColumn) => parseDateTime(cell(column), timeZone) ?? null;
    const impact = parseGrade(cell('impact'))?.grade ?? null;
    const urgency = parseGrade(cell('urgency'))?.grade ?? null;
    incidents.push({
      id,
      level:
        impact && urgency ? riskLevel(impact, urgency, matrix) : (parseRiskLevel(cell('riskLevel'))?.level ?? null),
      impact,
      urgency,
      status: parseStatus(cell('status')) ?? null,
      category: parseCategory(cell('category')) ?? null,
      customer: text(cell('customer')),
      summary: text(cell('summary')),
      acknowledged: !isBlank(cell('acknowledgedBy')),
      occurredAt: date('occurredAt'),
      reportedAt: date('reportedAt'),
      respondBy: date('respondBy'),
      resolveBy: date('resolveBy'),
      resolvedAt: date('resolvedAt'),
    });
    sheetRows.push(r + 1);
  }
  return { positions, incidents, sheetRows };
}
