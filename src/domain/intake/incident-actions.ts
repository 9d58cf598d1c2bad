// One step of steps 4–7 (docs/domain.md §7) on one incident: whether it may be taken now, the cells
// of the incident's row it writes, the measure it adds or updates, the mark it leaves in 通知記録
// and the history events it adds. Pure: the adapter reads the row, writes what this returns.
//
// Cells written are the step's own (status, direction, resolution check, retrospective) or empty ones
// (確認者 only when nobody has acknowledged yet). Where a step changes what the hourly run tracks, the
// run's own cells are written as the run would write them (保留開始 and 保留累計 for a hold, 解決日時,
// the acknowledgement's mark), so the next run sees nothing new and records no second event for it.
import { isBlank } from '../cells';
import { type BusinessCalendar, businessMinutesBetween } from '../calendar/business-calendar';
import { parseDateTime } from '../calendar/date-cells';
import { localParts } from '../calendar/zoned-time';
import { parseEmailList } from '../emails';
import { addressOf } from '../settings/people';
import type { MarkKey } from '../escalation/notification-records';
import type { HistoryEvent, HistoryKind } from '../history/history-events';
import { INCIDENT_COLUMNS, type IncidentColumn } from '../incident-columns';
import type { Lang } from '../language';
import { type MeasureColumn, measureKindLabel, measureStatusLabel } from '../measures/measure-columns';
import type { Measure } from '../measures/measure-row';
import { type RiskLevel, riskLevelLabel } from '../risk-levels';
import type { EscalationSettings, Stage } from '../settings/settings';
import { type Status, isFinished, parseCategory, parseStatus, statusLabel } from '../vocabulary';
import { INCIDENT_ACTION_MESSAGES } from './incident-action-messages';
import { ActionError } from './incident-action-parse';
import type { IncidentAction } from './incident-contract';

/** The incident's row as read, by column. */
export interface ActionTarget {
  readonly id: string;
  cell(column: IncidentColumn): unknown;
  readonly level: RiskLevel | null;
  readonly stage: Stage | null;
}

export interface ActionContext {
  readonly now: Date;
  /** The user's email ('' where Apps Script does not share it): who the history says did it. */
  readonly user: string;
  readonly userLang: Lang;
  /** The spreadsheet's language: what the cells and the history are written in. */
  readonly sheetLang: Lang;
  readonly timeZone: string;
  readonly settings: EscalationSettings;
  readonly calendar: BusinessCalendar;
  /** The incident's measures (the measures sheet's rows with its ID). */
  readonly measures: readonly Measure[];
}

export type CellValue = string | number | Date;

export interface ActionPlan {
  readonly cells: Partial<Record<IncidentColumn, CellValue>>;
  readonly mark?: MarkKey;
  readonly events: readonly HistoryEvent[];
  readonly newMeasure?: Partial<Record<MeasureColumn, CellValue>>;
  readonly measureUpdate?: { readonly row: number; readonly cells: Partial<Record<MeasureColumn, CellValue>> };
  /** A stage raised by hand: told in this execution. */
  readonly notifyNow: boolean;
}

/**
 * The addresses of a cell, names looked up in the people table (名簿), as the hourly run reads them
 * (sweep/incident-row.ts); `unknown` holds what is neither, which the run names on the row.
 */
export function cellAddresses(value: unknown, settings: EscalationSettings): { emails: string[]; unknown: string[] } {
  const { emails, invalid } = parseEmailList(value);
  const unknown: string[] = [];
  for (const item of invalid) {
    const known = item.includes('@') ? undefined : addressOf(item, settings.people);
    if (known) emails.push(known);
    else unknown.push(item);
  }
  return { emails, unknown };
}

/** The row's managers: its own エスカレーション先, else routing by category (decide.ts managersOf). */
export function rowManagers(target: ActionTarget, settings: EscalationSettings): readonly string[] {
  const own = cellAddresses(target.cell('managerEmail'), settings).emails;
  if (own.length > 0) return own;
  const category = parseCategory(target.cell('category'));
  return (category && settings.managers[category]) || settings.managers.default || [];
}

const text = (value: unknown): string => (isBlank(value) ? '' : String(value).trim());

/** The 再発リスク cell read back in either language; '' when blank or unreadable. */
export function parseRecurrence(value: unknown): 'yes' | 'no' | '' {
  const word = text(value).toLowerCase();
  if (['あり', '有', 'yes', 'y'].includes(word)) return 'yes';
  if (['なし', '無', 'no', 'n'].includes(word)) return 'no';
  return '';
}

export function planAction(action: IncidentAction, target: ActionTarget, ctx: ActionContext): ActionPlan {
  const m = INCIDENT_ACTION_MESSAGES[ctx.userLang].errors;
  const d = INCIDENT_ACTION_MESSAGES[ctx.sheetLang].detail;
  const statusCell = target.cell('status');
  const status = parseStatus(statusCell);
  if (!status) throw new ActionError(m.unreadableStatus(text(statusCell)));
  const shown = (s: Status) => statusLabel(s, ctx.userLang);
  const event = (kind: HistoryKind, detail = '', stage?: Stage | null): HistoryEvent => ({
    at: ctx.now,
    id: target.id,
    kind,
    by: ctx.user,
    ...(stage ? { stage } : {}),
    detail,
  });
  const open = () => {
    if (isFinished(status)) throw new ActionError(m.finished(shown(status)));
  };
  const plan = (p: Partial<ActionPlan>): ActionPlan => ({ cells: {}, events: [], notifyNow: false, ...p });
  const sheetStatus = (s: Status) => statusLabel(s, ctx.sheetLang);

  switch (action.kind) {
    case 'acknowledge': {
      open();
      const cells: ActionPlan['cells'] = {};
      const events: HistoryEvent[] = [];
      const first = isBlank(target.cell('acknowledgedBy'));
      if (first) {
        if (!ctx.user) throw new ActionError(m.noUserEmail(INCIDENT_COLUMNS.acknowledgedBy[ctx.userLang]));
        cells.acknowledgedBy = ctx.user;
        events.push(event('acknowledged', '', target.stage));
      }
      if (status === 'open') cells.status = sheetStatus('inProgress');
      if (action.instruction) {
        cells.instruction = action.instruction;
        if (action.resources) cells.resources = action.resources;
        events.push(event('instructed', d.instruction(action.instruction, action.resources ?? '')));
      }
      return plan({ cells, events, ...(first ? { mark: 'ack' as const } : {}) });
    }
    case 'instruct': {
      open();
      const cells: ActionPlan['cells'] = { instruction: action.instruction };
      if (action.resources) cells.resources = action.resources;
      return plan({ cells, events: [event('instructed', d.instruction(action.instruction, action.resources ?? ''))] });
    }
    case 'escalateNow': {
      open();
      if (status === 'onHold') throw new ActionError(m.resumeFirst);
      // The hourly run tells nobody on a row whose エスカレーション先 it cannot read: say so now.
      const unknown = cellAddresses(target.cell('managerEmail'), ctx.settings).unknown;
      if (unknown.length > 0) throw new ActionError(m.unknownManager(unknown.join(', ')));
      const managers = rowManagers(target, ctx.settings);
      if (action.to === 'manager' && managers.length === 0) throw new ActionError(m.noManagers);
      if (action.to === 'executives' && ctx.settings.executives.length === 0) throw new ActionError(m.noExecutives);
      const stage: Stage = action.to === 'executives' ? 3 : 2;
      return plan({
        mark: stage === 3 ? 'raise3' : 'raise2',
        events: [event('escalatedNow', d.escalatedTo(action.to, action.reason), stage)],
        notifyNow: true,
      });
    }
    case 'handBack':
      open();
      return plan({ mark: 'back', events: [event('handedBack', action.reason, 1)] });
    case 'hold':
      if (status === 'onHold') throw new ActionError(m.onHoldAlready);
      if (isFinished(status)) throw new ActionError(m.holdFirst(shown(status)));
      return plan({
        cells: { status: sheetStatus('onHold'), holdSince: ctx.now },
        events: [event('onHold', action.reason)],
      });
    case 'resume':
      if (status !== 'onHold') throw new ActionError(m.notOnHold);
      return plan({
        cells: { status: sheetStatus('inProgress'), ...endHold(target, ctx) },
        events: [event('resumed')],
      });
    case 'addMeasure': {
      open();
      const due = parseDateTime(action.due, ctx.timeZone);
      if (!due) throw new ActionError(m.badDue(action.due));
      const kind = measureKindLabel(action.measureKind, ctx.sheetLang);
      return plan({
        newMeasure: {
          incidentId: target.id,
          measure: action.measure,
          kind,
          owner: action.owner,
          dueAt: due,
          status: measureStatusLabel('todo', ctx.sheetLang),
        },
        events: [
          event('measureAdded', d.measure(kind, action.measure, action.owner, localParts(due, ctx.timeZone).dayKey)),
        ],
      });
    }
    case 'measureDone': {
      const measure = measureOf(action.row, target.id, ctx);
      if (measure.status === 'done') throw new ActionError(m.measureAlreadyDone);
      return plan({
        measureUpdate: {
          row: measure.sheetRow,
          cells: { status: measureStatusLabel('done', ctx.sheetLang), doneAt: ctx.now },
        },
        events: [event('measureDone', measure.measure)],
      });
    }
    case 'effectCheck': {
      const measure = measureOf(action.row, target.id, ctx);
      if (measure.status !== 'done') throw new ActionError(m.measureNotDone);
      return plan({
        measureUpdate: {
          row: measure.sheetRow,
          cells: { effectResult: action.result, effectCheckedAt: ctx.now, effectCheckedBy: ctx.user },
        },
        events: [event('effectChecked', d.effect(measure.measure, action.result))],
      });
    }
    case 'resolve': {
      open();
      const risk = action.recurrenceRisk === 'yes' ? d.recurrence.yes : d.recurrence.no;
      return plan({
        cells: {
          status: sheetStatus('resolved'),
          confirmedBy: action.confirmedBy,
          recurrenceRisk: risk,
          ...(target.cell('resolvedAt') instanceof Date ? {} : { resolvedAt: ctx.now }),
          ...(status === 'onHold' ? endHold(target, ctx) : {}),
        },
        events: [event('resolved', action.note ?? ''), event('confirmed', d.confirmed(action.confirmedBy, risk))],
      });
    }
    case 'retrospective':
      if (!isFinished(status)) throw new ActionError(m.resolveBeforeRetrospective);
      return plan({
        cells: {
          rootCause: action.rootCause,
          wentWell: action.wentWell,
          toImprove: action.toImprove,
          prevention: action.prevention,
        },
        events: [event('retrospective', d.rootCause(action.rootCause))],
      });
    case 'close': {
      if (status !== 'resolved' || isBlank(target.cell('confirmedBy')))
        throw new ActionError(m.notResolved(shown(status)));
      const level = target.level;
      if (level && ctx.settings.followUp.retrospectiveLevels.includes(level) && isBlank(target.cell('rootCause')))
        throw new ActionError(m.retrospectiveFirst(riskLevelLabel(level, ctx.userLang)));
      return plan({ cells: { status: sheetStatus('closed') }, events: [event('closed')] });
    }
    case 'reopen':
      if (!isFinished(status)) throw new ActionError(m.notReopenable(shown(status)));
      return plan({
        cells: { status: sheetStatus('inProgress'), resolvedAt: '' },
        events: [event('reopened', action.reason)],
      });
  }
}

/** A hold ended now: its business time added to 保留累計 (hours, as the run writes it), 保留開始 emptied. */
function endHold(target: ActionTarget, ctx: ActionContext): Partial<Record<IncidentColumn, CellValue>> {
  const since = parseDateTime(target.cell('holdSince'), ctx.timeZone);
  const held = target.cell('holdHours');
  const minutes =
    (typeof held === 'number' ? Math.round(held * 60) : 0) +
    (since ? businessMinutesBetween(since, ctx.now, ctx.calendar) : 0);
  return { holdSince: '', holdHours: minutes === 0 ? '' : Math.round((minutes / 60) * 100) / 100 };
}

function measureOf(row: number, id: string, ctx: ActionContext): Measure {
  const measure = ctx.measures.find((x) => x.sheetRow === row && x.incidentId === id);
  if (!measure) throw new ActionError(INCIDENT_ACTION_MESSAGES[ctx.userLang].errors.noMeasure(row, id));
  return measure;
}
