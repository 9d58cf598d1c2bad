// actOnIncident: one step of steps 4–7 on one incident, holding the document lock. The domain says
// what the step writes (incident-actions.ts); this finds the row by its ID, writes only those cells
// (text literal, never under an array formula), the measure, the 通知記録 mark and the history, and,
// for escalateNow, tells the raised stage in this same execution through the sweep's own path.
import { type IncidentColumn, INCIDENT_COLUMNS } from '../domain/incident-columns';
import type { IncidentView } from '../domain/intake/incident-contract';
import { INCIDENT_ACTION_MESSAGES } from '../domain/intake/incident-action-messages';
import { ActionError, parseAction } from '../domain/intake/incident-action-parse';
import { type ActionPlan, type CellValue, planAction } from '../domain/intake/incident-actions';
import { withMark } from '../domain/escalation/notification-records';
import { measurePositions } from '../domain/measures/measure-columns';
import { calendarOf } from '../domain/settings/settings';
import { formatRecords, parseRecords } from '../domain/sweep/record-text';
import type { Lang } from '../domain/language';
import { withDocumentLock } from './document-lock';
import type { EscalationServices } from './escalation-services';
import { notifyEmergencyIncidents } from './escalation-sweep';
import { appendHistory } from './history-sheet';
import { type IncidentsContext, findIncident, incidentsContext, readRowTarget, viewOf } from './incident-view';
import { appendMissingColumns } from './incidents-sheet';
import { userLang } from './locale';
import { appendMeasure, ensureMeasuresSheet, readMeasures } from './measures-sheet';
import { clearGate, markEdited } from './quiet-gate';
import { asLiteral } from './sheet-text';
import { LOCK_WAIT_MS } from './submit-incident';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function actOnIncidentWith(services: EscalationServices, raw: unknown, now: Date): IncidentView {
  const lang: Lang = userLang(services.session) ?? 'ja';
  const action = parseAction(raw, lang); // before the lock: a bad form waits for nobody
  const outcome = withDocumentLock(services, LOCK_WAIT_MS, () => {
    const ctx = incidentsContext(services, now);
    const target = findIncident(ctx, action.id);
    const measures = readMeasures(ctx.ss, ctx.sheetLang, ctx.timeZone);
    const plan = planAction(action, target, {
      now,
      user: ctx.user,
      userLang: ctx.userLang,
      sheetLang: ctx.sheetLang,
      timeZone: ctx.timeZone,
      settings: ctx.settings,
      calendar: calendarOf(ctx.settings, ctx.timeZone),
      measures: measures.measures.filter((m) => m.incidentId === target.id),
    });
    const cells = withMarkCell(plan, target.cell('notifications'), ctx, now);
    writeRowCells(ctx, target.row, cells);
    writeMeasure(ctx, plan, measures.sheet, measures.positions);
    appendHistory(ctx.ss, ctx.sheetLang, plan.events);
    // A step changes the sheets as an edit does: the next hourly run reads them (the reporter's news,
    // a measure's reminders, a reopened incident) rather than trusting the quiet-hour gate.
    markEdited(services.propertiesService.getDocumentProperties(), now);
    if (plan.notifyNow) {
      // An hourly run's quiet-hour gate may be set for hours: whatever cannot go out now goes next run.
      clearGate(services.propertiesService.getDocumentProperties());
      notifyEmergencyIncidents(services, [target.id], now);
    }
    const after = readRowTarget(ctx, target.row) ?? target;
    return viewOf(ctx, after);
  });
  if (outcome === 'busy') throw new ActionError(INCIDENT_ACTION_MESSAGES[lang].errors.busy);
  return outcome.done;
}

/** The step's cells, plus its mark in 通知記録 (an acknowledgement, a raise, a hand-back) in the sheet's words. */
function withMarkCell(
  plan: ActionPlan,
  notifications: unknown,
  ctx: IncidentsContext,
  now: Date,
): Partial<Record<IncidentColumn, CellValue>> {
  if (!plan.mark) return plan.cells;
  const records = withMark(parseRecords(notifications, ctx.timeZone), plan.mark, now);
  return { ...plan.cells, notifications: formatRecords(records, ctx.sheetLang, ctx.timeZone) };
}

/**
 * One write per run of adjacent cells (a step writes at most a handful): Spreadsheet calls stay the
 * same whatever the number of rows. Columns an older sheet lacks are added first, as set-up would.
 */
function writeRowCells(ctx: IncidentsContext, row: number, cells: Partial<Record<IncidentColumn, CellValue>>): void {
  const columns = Object.keys(cells) as IncidentColumn[];
  if (columns.length === 0) return;
  const m = INCIDENT_ACTION_MESSAGES[ctx.userLang].errors;
  for (const column of columns) {
    const at = ctx.header.positions[column];
    if (at !== undefined && ctx.header.arrayColumns.has(at))
      throw new ActionError(m.formulaColumn(INCIDENT_COLUMNS[column][ctx.userLang]));
  }
  const positions = appendMissingColumns(ctx.sheet, ctx.header.headers, ctx.header.positions, columns, ctx.sheetLang);
  const placed = columns
    .map((column) => ({ at: positions[column] as number, value: asLiteral(cells[column]) }))
    .sort((a, b) => a.at - b.at);
  let start = 0;
  for (let i = 1; i <= placed.length; i++) {
    if (i < placed.length && (placed[i] as { at: number }).at === (placed[i - 1] as { at: number }).at + 1) continue;
    const run = placed.slice(start, i);
    ctx.sheet.getRange(row, (run[0] as { at: number }).at + 1, 1, run.length).setValues([run.map((c) => c.value)]);
    start = i;
  }
}

function writeMeasure(
  ctx: IncidentsContext,
  plan: ActionPlan,
  sheet: Sheet | null,
  positions: ReturnType<typeof measurePositions>,
): void {
  if (plan.newMeasure) {
    const target = sheet ?? ensureMeasuresSheet(ctx.ss, ctx.sheetLang);
    const at = sheet
      ? positions
      : measurePositions(target.getRange(1, 1, 1, target.getLastColumn()).getValues()[0] ?? []);
    appendMeasure(target, at, plan.newMeasure as Parameters<typeof appendMeasure>[2]);
  }
  const update = plan.measureUpdate;
  if (update && sheet) {
    for (const [column, value] of Object.entries(update.cells)) {
      const at = positions[column as keyof typeof positions];
      if (at !== undefined) sheet.getRange(update.row, at + 1).setValue(asLiteral(value));
    }
  }
}
