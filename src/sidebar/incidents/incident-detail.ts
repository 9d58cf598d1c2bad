// One incident as the server answered it: where it stands (level, status, stage, deadlines on the
// spreadsheet's clock), the steps it offers, its report's four points, the superior's direction,
// its measures, the resolution check, the retrospective and its history, oldest first.
import type { HistoryView, IncidentView, MeasureView } from '../../domain/intake/incident-contract';
import type { Lang } from '../../domain/language';
import { formatLocal } from '../../domain/calendar/zoned-time';
import { INTAKE_MESSAGES } from '../../domain/intake/intake-messages';
import { h } from '../dom';
import { type ActionKind, incidentActions, measureActions, retrospectiveMissing } from './incident-actions';
import { levelBadge } from './incident-list';
import { INCIDENT_MESSAGES, type IncidentMessages } from './incident-messages';

export type StartAction = (kind: ActionKind, opener: HTMLButtonElement, measure?: MeasureView) => void;

export interface DetailContext {
  lang: Lang;
  now: () => Date;
  startAction: StartAction;
  back: () => void;
}

/** An ISO instant on the spreadsheet's clock, with the zone named; anything else as the server sent it. */
export function shownTime(value: string | null, timeZone: string): string {
  if (!value) return '';
  const ms = Date.parse(value);
  return value.includes('T') && !Number.isNaN(ms) ? `${formatLocal(new Date(ms), timeZone)} (${timeZone})` : value;
}

export function renderIncidentDetail(view: IncidentView, ctx: DetailContext): HTMLElement {
  const text = INCIDENT_MESSAGES[ctx.lang];
  const back = h('button', { type: 'button', class: 'link', id: 'back-to-list' }, text.backToList);
  back.addEventListener('click', ctx.back);
  return h(
    'article',
    { class: 'incident', 'aria-labelledby': 'incident-heading' },
    back,
    h('h2', { id: 'incident-heading', tabindex: '-1' }, view.id),
    h('p', { class: 'incident-summary' }, view.report.summary),
    stateSection(view, ctx, text),
    section('actions', text.sections.actions, actionButtons(incidentActions(view), view, ctx, text)),
    reportSection(view, text, ctx.lang),
    section(
      'direction',
      text.sections.direction,
      definitions(text, [
        [text.acknowledgedBy, view.acknowledgedBy],
        [text.instruction, view.instruction],
        [text.resources, view.resources],
      ]),
    ),
    measuresSection(view, ctx, text),
    section(
      'resolution',
      text.sections.resolution,
      definitions(text, [
        [text.confirmedBy, view.confirmedBy],
        [text.recurrenceRisk, view.recurrenceRisk ? text.risk[view.recurrenceRisk] : ''],
      ]),
    ),
    retrospectiveSection(view, text),
    section('history', text.sections.history, historyList(view.history, view.timeZone, text)),
  );
}

function section(key: string, title: string, ...content: (Node | string)[]): HTMLElement {
  return h(
    'section',
    { class: `incident-${key}`, 'aria-labelledby': `sec-${key}` },
    h('h3', { id: `sec-${key}` }, title),
    ...content,
  );
}

/** Label and value pairs; a blank value says so rather than leaving a hole. */
function definitions(text: IncidentMessages, pairs: [string, string | Node][]): HTMLElement {
  return h(
    'dl',
    {},
    ...pairs.map(([term, value]) =>
      h(
        'div',
        {},
        h('dt', {}, term),
        h('dd', value === '' ? { class: 'blank' } : {}, value === '' ? text.notYet : value),
      ),
    ),
  );
}

function stateSection(view: IncidentView, ctx: DetailContext, text: IncidentMessages): HTMLElement {
  const handling = view.statusKey !== 'resolved' && view.statusKey !== 'closed' && view.statusKey !== 'onHold';
  const deadline = (value: string | null, applies: boolean): string | Node => {
    // No deadline (a level without one, or none set yet) says so, rather than "not yet recorded".
    if (!value) return text.none;
    const shown = shownTime(value, view.timeZone);
    if (!applies || Date.parse(value) >= ctx.now().getTime()) return shown;
    return h('span', {}, shown, ' ', h('span', { class: 'overdue' }, text.overdue));
  };
  return section(
    'state',
    text.sections.state,
    definitions(text, [
      [text.level, levelBadge(view.levelKey, view.level, ctx.lang)],
      [text.status, view.status],
      [text.stageLabel, view.stage ? text.stage(view.stage) : text.noStage],
      [text.respondBy, deadline(view.respondBy, handling && !view.acknowledgedBy)],
      [text.resolveBy, deadline(view.resolveBy, handling)],
    ]),
  );
}

function reportSection(view: IncidentView, text: IncidentMessages, lang: Lang): HTMLElement {
  const r = view.report;
  // The same labels as the report form, so each point reads as the reporter saw it.
  const f = { ...INTAKE_MESSAGES[lang].fieldLabel, ...text.reportFields };
  return section(
    'report',
    text.sections.report,
    definitions(text, [
      [f.summary, r.summary],
      [f.actionsTaken, r.actionsTaken],
      [f.assessment, r.assessment],
      [f.impact, r.impact],
      [f.urgency, r.urgency],
      [f.supportRequested, r.supportRequested],
      [f.category, r.category],
      [f.customer, r.customer],
      [f.occurredAt, shownTime(r.occurredAt, view.timeZone)],
      [f.reportedAt, shownTime(r.reportedAt, view.timeZone)],
      [f.reporter, r.reporter],
      [f.owner, r.owner],
      [f.managerEmail, r.managerEmail],
    ]),
  );
}

function actionButtons(
  kinds: readonly ActionKind[],
  view: IncidentView,
  ctx: DetailContext,
  text: IncidentMessages,
  measure?: MeasureView,
): HTMLElement {
  const required = view.retrospectiveRequired && retrospectiveMissing(view);
  const buttons = kinds.map((kind) => {
    const suffix = measure ? `-${measure.row}` : '';
    const button = h(
      'button',
      { type: 'button', class: 'step', id: `act-${kind}${suffix}`, 'data-kind': kind, 'aria-expanded': 'false' },
      text.actions[kind],
    );
    if (kind === 'retrospective' && required)
      button.append(' ', h('span', { class: 'required' }, `(${text.requiredMark})`));
    button.addEventListener('click', () => ctx.startAction(kind, button, measure));
    return button;
  });
  return h('div', { class: 'action-buttons' }, ...buttons);
}

function measuresSection(view: IncidentView, ctx: DetailContext, text: IncidentMessages): HTMLElement {
  if (view.measures.length === 0)
    return section('measures', text.sections.measures, h('p', { class: 'blank' }, text.noMeasures));
  const f = text.measureFields;
  const items = view.measures.map((m) => {
    const effect = m.effectResult
      ? text.effectBy(m.effectResult, shownTime(m.effectCheckedAt, view.timeZone), m.effectCheckedBy)
      : '';
    const due: string | Node = m.overdue
      ? h('span', {}, m.due, ' ', h('span', { class: 'overdue' }, text.overdue))
      : m.due;
    const pairs: [string, string | Node][] = [
      [f.owner, m.owner],
      [f.due, due],
      [f.status, m.status],
    ];
    if (m.doneAt) pairs.push([f.doneAt, shownTime(m.doneAt, view.timeZone)]);
    if (m.statusKey === 'done') pairs.push([f.effect, effect]);
    const kinds = measureActions(view, m);
    return h(
      'li',
      { class: 'measure' },
      h('p', {}, h('span', { class: 'measure-kind' }, m.kind), ' ', m.measure),
      definitions(text, pairs),
      ...(kinds.length ? [actionButtons(kinds, view, ctx, text, m)] : []),
    );
  });
  return section('measures', text.sections.measures, h('ul', { class: 'measures' }, ...items));
}

function retrospectiveSection(view: IncidentView, text: IncidentMessages): HTMLElement {
  const f = text.retrospectiveFields;
  const note = view.retrospectiveRequired ? [h('p', { class: 'required-note' }, text.retrospectiveRequired)] : [];
  return section(
    'retrospective',
    text.sections.retrospective,
    ...note,
    definitions(text, [
      [f.rootCause, view.retrospective.rootCause],
      [f.wentWell, view.retrospective.wentWell],
      [f.toImprove, view.retrospective.toImprove],
      [f.prevention, view.retrospective.prevention],
    ]),
  );
}

/** Oldest first, whatever order the rows came in (a hand-edited sheet may be out of order). */
function historyList(history: readonly HistoryView[], timeZone: string, text: IncidentMessages): HTMLElement {
  if (history.length === 0) return h('p', { class: 'blank' }, text.noHistory);
  const sorted = history
    .map((event, index) => ({ event, index, ms: Date.parse(event.at) }))
    .sort((a, b) => (Number.isNaN(a.ms) || Number.isNaN(b.ms) ? 0 : a.ms - b.ms) || a.index - b.index);
  return h(
    'ol',
    { class: 'history' },
    ...sorted.map(({ event }) =>
      h(
        'li',
        {},
        h('span', { class: 'history-at' }, shownTime(event.at, timeZone)),
        ' ',
        h('strong', {}, event.label),
        event.by ? ` — ${text.historyBy(event.by)}` : '',
        ...(event.detail ? [h('span', { class: 'history-detail' }, event.detail)] : []),
      ),
    ),
  );
}
