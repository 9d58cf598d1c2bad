// Appending one validated report as a new row of the incidents sheet, with a fresh ID.
import { ensureRows } from './sheet-room';
import { gradeLabel } from '../domain/grades';
import type { ValidIncident } from '../domain/intake/incident-form';
import { formatIncidentId } from '../domain/incident-ids';
import type { IncidentColumn } from '../domain/incident-columns';
import type { Lang } from '../domain/language';
import { type RiskLevel, riskLevelLabel } from '../domain/risk-levels';
import { type RiskMatrix, riskLevel } from '../domain/risk-matrix';
import { categoryLabel, statusLabel } from '../domain/vocabulary';
import { ESCALATION_MESSAGES } from '../domain/notices/escalation-messages';
import type { IncidentsHeader } from './incidents-sheet';
import { readIdFloor, recordIdFloor } from './id-floor';
import { asLiteralText } from './sheet-text';

export interface AppendedIncident {
  id: string;
  row: number;
  level: RiskLevel;
}

export interface AppendContext {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  header: IncidentsHeader;
  properties: GoogleAppsScript.Properties.Properties;
  lang: Lang;
  matrix: RiskMatrix;
  reporter: string;
  now: Date;
}

/** The caller holds the document lock: the ID read and the row write must not interleave. */
export function appendIncident(context: AppendContext, incident: ValidIncident): AppendedIncident {
  const { sheet, header } = context;
  const lastRow = Math.max(1, sheet.getLastRow());
  const sequence = readIdFloor(sheet, header.positions.id, context.properties) + 1;
  recordIdFloor(context.properties, sequence);
  const id = formatIncidentId(sequence);
  const level = riskLevel(incident.impact, incident.urgency, context.matrix);
  const cells = rowCells(context, incident, id, level);
  const row = header.headers.map(() => '' as unknown);
  for (const [column, value] of Object.entries(cells) as [IncidentColumn, unknown][]) {
    const position = header.positions[column];
    // A column a whole-column formula fills stays empty here: the formula gives it its value.
    if (position !== undefined && !header.arrayColumns.has(position)) row[position] = value;
  }
  ensureRows(sheet, lastRow + 1);
  sheet.getRange(lastRow + 1, 1, 1, row.length).setValues([row]);
  return { id, row: lastRow + 1, level };
}

function rowCells(
  context: AppendContext,
  incident: ValidIncident,
  id: string,
  level: RiskLevel,
): Partial<Record<IncidentColumn, unknown>> {
  const { lang } = context;
  return {
    id,
    reportedAt: context.now,
    summary: asLiteralText(incident.summary),
    actionsTaken: asLiteralText(incident.actionsTaken),
    impact: gradeLabel(incident.impact, lang),
    urgency: gradeLabel(incident.urgency, lang),
    riskLevel: riskLevelLabel(level, lang),
    assessment: asLiteralText(incident.assessment),
    supportRequested: asLiteralText(incident.supportRequested),
    category: incident.category ? categoryLabel(incident.category, lang) : '',
    customer: asLiteralText(incident.customer),
    occurredAt: incident.occurredAt,
    reporter: asLiteralText(context.reporter),
    owner: asLiteralText(incident.owner || context.reporter),
    managerEmail: asLiteralText(incident.managerEmails.join(', ')),
    status: statusLabel('open', lang),
    stage: ESCALATION_MESSAGES[lang].stage(1),
  };
}
