// An incident's row (with its measures and history) as the sidebar's incident view shows it, and the
// list of open incidents: those addressed to the user first, then the worst level, then overdue.
// Labels are in the user's language; what the row holds is passed on as it is.
import { isBlank } from '../cells';
import { parseDateTime } from '../calendar/date-cells';
import { localParts } from '../calendar/zoned-time';
import { parseGrade } from '../grades';
import { type HistoryEvent, historyKindLabel } from '../history/history-events';
import { type ColumnPositions, type IncidentColumn } from '../incident-columns';
import type { Lang } from '../language';
import { measureKindLabel, measureStatusLabel } from '../measures/measure-columns';
import type { Measure } from '../measures/measure-row';
import { type RiskLevel, parseRiskLevel, riskLevelLabel, severityRank } from '../risk-levels';
import { riskLevel } from '../risk-matrix';
import type { EscalationSettings, Stage } from '../settings/settings';
import { isFinished, parseStatus, statusLabel } from '../vocabulary';
import { type ActionTarget, cellAddresses, parseRecurrence, rowManagers } from './incident-actions';
import { addressOf } from '../settings/people';
import type { HistoryView, IncidentListItem, IncidentView, MeasureView } from './incident-contract';

export interface ViewContext {
  readonly now: Date;
  /** The user's email, '' when unknown (nothing is then addressed to them). */
  readonly user: string;
  readonly userLang: Lang;
  readonly timeZone: string;
  readonly settings: EscalationSettings;
}

export type IncidentRowTarget = ActionTarget & { readonly row: number };

const text = (value: unknown): string => (isBlank(value) ? '' : String(value).trim());

/** 第3段階, Stage 3, 3: the stage column as the run writes it or a person typed it. */
export function parseStage(value: unknown): Stage | null {
  const digit = /[123]/.exec(String(value ?? '').normalize('NFKC'));
  return digit ? (Number(digit[0]) as Stage) : null;
}

/** The level the row shows, else the one its grades give by the team's matrix. */
function levelOf(cell: (c: IncidentColumn) => unknown, settings: EscalationSettings): RiskLevel | null {
  const shown = parseRiskLevel(cell('riskLevel'))?.level;
  if (shown) return shown;
  const impact = parseGrade(cell('impact'));
  const urgency = parseGrade(cell('urgency'));
  return impact && urgency ? riskLevel(impact.grade, urgency.grade, settings.matrix) : null;
}

/** One row of the incidents sheet, by header; null when it holds no ID. */
export function rowTarget(
  values: readonly unknown[],
  sheetRow: number,
  positions: ColumnPositions,
  settings: EscalationSettings,
): IncidentRowTarget | null {
  const cell = (column: IncidentColumn): unknown => {
    const at = positions[column];
    return at === undefined ? '' : values[at];
  };
  const id = text(cell('id'));
  if (id === '') return null;
  return { id, row: sheetRow, cell, level: levelOf(cell, settings), stage: parseStage(cell('stage')) };
}

function iso(value: unknown, timeZone: string): string | null {
  const date = parseDateTime(value, timeZone);
  return date ? date.toISOString() : null;
}

/** A date cell as people read it on the sheet's clock; other text as it is. */
function shownText(value: unknown, timeZone: string): string {
  if (!(value instanceof Date)) return text(value);
  const parts = localParts(value, timeZone);
  return `${parts.dayKey} ${parts.hhmm}`;
}

function isMe(candidates: readonly string[], user: string): boolean {
  const me = user.toLowerCase();
  return me !== '' && candidates.some((c) => c.toLowerCase() === me);
}

/** The owner's address: written in the cell, or the name's in the settings' people table (名簿). */
function ownerEmails(target: ActionTarget, settings: EscalationSettings): string[] {
  const written = cellAddresses(target.cell('owner'), settings).emails;
  const whole = addressOf(text(target.cell('owner')), settings.people); // a name with a space in it
  return whole ? [...written, whole] : written;
}

export function addressedTo(target: ActionTarget, ctx: ViewContext): boolean {
  if (isMe(ownerEmails(target, ctx.settings), ctx.user)) return true;
  if (isMe(rowManagers(target, ctx.settings), ctx.user)) return true;
  return target.stage === 3 && isMe(ctx.settings.executives, ctx.user);
}

/** Open and past respond-by unacknowledged, or past resolve-by. On hold pauses the clock. */
export function isOverdue(target: ActionTarget, ctx: ViewContext): boolean {
  const status = parseStatus(target.cell('status'));
  if (!status || isFinished(status) || status === 'onHold') return false;
  const passed = (column: IncidentColumn) => {
    const at = parseDateTime(target.cell(column), ctx.timeZone);
    return at ? at.getTime() <= ctx.now.getTime() : false;
  };
  return (passed('respondBy') && isBlank(target.cell('acknowledgedBy'))) || passed('resolveBy');
}

export function listItem(target: IncidentRowTarget, ctx: ViewContext): IncidentListItem {
  const status = parseStatus(target.cell('status')) ?? null;
  return {
    id: target.id,
    row: target.row,
    summary: text(target.cell('summary')),
    levelKey: target.level,
    level: target.level ? riskLevelLabel(target.level, ctx.userLang) : '',
    statusKey: status,
    status: status ? statusLabel(status, ctx.userLang) : text(target.cell('status')),
    stage: target.stage,
    addressedToMe: addressedTo(target, ctx),
    overdue: isOverdue(target, ctx),
  };
}

/** Open (not resolved or closed; an unreadable status is listed, to be looked at). */
export function isListed(target: IncidentRowTarget): boolean {
  const status = parseStatus(target.cell('status'));
  return !status || !isFinished(status);
}

/** Addressed to the user first, then the worst level, then overdue, then sheet order. */
export function orderList(items: readonly IncidentListItem[]): IncidentListItem[] {
  const rank = (level: RiskLevel | null) => (level ? severityRank(level) : 99);
  return [...items].sort(
    (a, b) =>
      Number(b.addressedToMe) - Number(a.addressedToMe) ||
      rank(a.levelKey) - rank(b.levelKey) ||
      Number(b.overdue) - Number(a.overdue) ||
      a.row - b.row,
  );
}

function measureView(measure: Measure, ctx: ViewContext): MeasureView {
  const day = (at: Date | null) => (at ? localParts(at, ctx.timeZone).dayKey : '');
  const finished = measure.status === 'done' || measure.status === 'dropped';
  return {
    row: measure.sheetRow,
    measure: measure.measure,
    kindKey: measure.kind ?? null,
    kind: measure.kind ? measureKindLabel(measure.kind, ctx.userLang) : '',
    owner: measure.owner,
    due: day(measure.dueAt),
    statusKey: measure.status,
    status: measureStatusLabel(measure.status, ctx.userLang),
    doneAt: measure.doneAt?.toISOString() ?? '',
    effectResult: measure.effectResult,
    effectCheckedAt: measure.effectCheckedAt?.toISOString() ?? '',
    effectCheckedBy: measure.effectCheckedBy,
    // Due at the end of its day, on the sheet's calendar.
    overdue: !finished && measure.dueAt !== null && day(measure.dueAt) < day(ctx.now),
  };
}

function historyView(event: HistoryEvent, lang: Lang): HistoryView {
  return {
    at: event.at.toISOString(),
    kind: event.kind,
    label: historyKindLabel(event.kind, lang),
    by: event.by,
    stage: event.stage ?? null,
    detail: event.detail,
  };
}

export function incidentView(
  target: IncidentRowTarget,
  measures: readonly Measure[],
  history: readonly HistoryEvent[],
  ctx: ViewContext,
): IncidentView {
  const cell = (column: IncidentColumn) => text(target.cell(column));
  const shown = (column: IncidentColumn) => shownText(target.cell(column), ctx.timeZone);
  const status = parseStatus(target.cell('status')) ?? null;
  const level = target.level;
  return {
    id: target.id,
    row: target.row,
    report: {
      summary: cell('summary'),
      actionsTaken: cell('actionsTaken'),
      assessment: cell('assessment'),
      supportRequested: cell('supportRequested'),
      impact: cell('impact'),
      urgency: cell('urgency'),
      category: cell('category'),
      customer: cell('customer'),
      occurredAt: shown('occurredAt'),
      reportedAt: shown('reportedAt'),
      reporter: cell('reporter'),
      owner: cell('owner'),
      managerEmail: cell('managerEmail'),
    },
    levelKey: level,
    level: level ? riskLevelLabel(level, ctx.userLang) : '',
    statusKey: status,
    status: status ? statusLabel(status, ctx.userLang) : cell('status'),
    stage: target.stage,
    respondBy: iso(target.cell('respondBy'), ctx.timeZone),
    resolveBy: iso(target.cell('resolveBy'), ctx.timeZone),
    acknowledgedBy: cell('acknowledgedBy'),
    instruction: cell('instruction'),
    resources: cell('resources'),
    confirmedBy: cell('confirmedBy'),
    recurrenceRisk: parseRecurrence(target.cell('recurrenceRisk')),
    retrospective: {
      rootCause: cell('rootCause'),
      wentWell: cell('wentWell'),
      toImprove: cell('toImprove'),
      prevention: cell('prevention'),
    },
    retrospectiveRequired: level !== null && ctx.settings.followUp.retrospectiveLevels.includes(level),
    measures: measures.filter((m) => m.incidentId === target.id).map((m) => measureView(m, ctx)),
    history: [...history]
      .filter((e) => e.id === target.id)
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((e) => historyView(e, ctx.userLang)),
    timeZone: ctx.timeZone,
  };
}
