// Which steps the incident view offers for an incident's status, what each form asks, and the
// contract's action built from what was typed. No DOM here: the forms are drawn by action-form.ts.
import type { IncidentAction, IncidentView, MeasureView } from '../../domain/intake/incident-contract';
import type { MeasureKind } from '../../domain/measures/measure-columns';
import type { ActionInput } from './incident-messages';

export type ActionKind = IncidentAction['kind'];
export type InputKind = 'text' | 'line' | 'date' | 'measureKind' | 'to' | 'risk';

export interface InputSpec {
  name: ActionInput;
  kind: InputKind;
  required: boolean;
}

const text = (name: ActionInput, required = true): InputSpec => ({ name, kind: 'text', required });

/** The inputs of each action's form, in tab order. Actions with none are a confirmation only. */
export const ACTION_INPUTS: Readonly<Record<ActionKind, readonly InputSpec[]>> = {
  acknowledge: [text('instruction', false), text('resources', false)],
  instruct: [text('instruction'), text('resources', false)],
  escalateNow: [{ name: 'to', kind: 'to', required: true }, text('reason')],
  handBack: [text('reason')],
  hold: [text('reason')],
  resume: [],
  addMeasure: [
    text('measure'),
    { name: 'measureKind', kind: 'measureKind', required: true },
    { name: 'owner', kind: 'line', required: true },
    { name: 'due', kind: 'date', required: true },
  ],
  measureDone: [],
  effectCheck: [text('result')],
  resolve: [
    { name: 'confirmedBy', kind: 'line', required: true },
    { name: 'recurrenceRisk', kind: 'risk', required: true },
    text('note', false),
  ],
  retrospective: [text('rootCause'), text('wentWell'), text('toImprove'), text('prevention')],
  close: [],
  reopen: [text('reason')],
};

/** The incident-wide steps that make sense in its status, in the order of the seven-step process. */
export function incidentActions(view: IncidentView): ActionKind[] {
  switch (view.statusKey) {
    case 'closed':
      return ['reopen'];
    case 'resolved':
      return ['retrospective', 'addMeasure', 'close', 'reopen'];
    case 'onHold':
      return ['resume', 'addMeasure'];
    default: {
      // open, in progress, or a status cell nobody can read: the incident is still being handled.
      const first: ActionKind = view.acknowledgedBy ? 'instruct' : 'acknowledge';
      return [first, 'escalateNow', 'handBack', 'hold', 'addMeasure', 'resolve'];
    }
  }
}

/** A measure's own steps: done while it is open, then its effect check once. */
export function measureActions(view: IncidentView, measure: MeasureView): ActionKind[] {
  if (view.statusKey === 'closed') return [];
  if (measure.statusKey === 'done') return measure.effectResult ? [] : ['effectCheck'];
  if (measure.statusKey === 'dropped') return [];
  return ['measureDone'];
}

export function retrospectiveMissing(view: IncidentView): boolean {
  return Object.values(view.retrospective).every((part) => part.trim() === '');
}

/** What a form starts with: the recorded retrospective (to amend it), the user for 確認者. */
export function initialValues(
  kind: ActionKind,
  view: IncidentView,
  user: string,
): Partial<Record<ActionInput, string>> {
  if (kind === 'retrospective') return { ...view.retrospective };
  if (kind === 'resolve') return { confirmedBy: user };
  if (kind === 'addMeasure') return { owner: view.report.owner };
  return {};
}

export type Values = Partial<Record<ActionInput, string>>;

/** The required inputs left blank. */
export function missingInputs(kind: ActionKind, values: Values): ActionInput[] {
  return ACTION_INPUTS[kind].filter((spec) => spec.required && !(values[spec.name] ?? '').trim()).map((s) => s.name);
}

/** The contract's action, text trimmed and optional parts left out when blank. */
export function buildAction(kind: ActionKind, id: string, values: Values, measureRow?: number): IncidentAction {
  const v = (name: ActionInput) => (values[name] ?? '').trim();
  const optional = (name: ActionInput) => (v(name) ? { [name]: v(name) } : {});
  switch (kind) {
    case 'acknowledge':
      return { kind, id, ...optional('instruction'), ...optional('resources') };
    case 'instruct':
      return { kind, id, instruction: v('instruction'), ...optional('resources') };
    case 'escalateNow':
      return { kind, id, to: v('to') === 'executives' ? 'executives' : 'manager', reason: v('reason') };
    case 'handBack':
    case 'hold':
    case 'reopen':
      return { kind, id, reason: v('reason') };
    case 'resume':
    case 'close':
      return { kind, id };
    case 'addMeasure':
      return {
        kind,
        id,
        measure: v('measure'),
        measureKind: v('measureKind') as MeasureKind,
        owner: v('owner'),
        due: v('due'),
      };
    case 'measureDone':
      return { kind, id, row: measureRow ?? 0 };
    case 'effectCheck':
      return { kind, id, row: measureRow ?? 0, result: v('result') };
    case 'resolve':
      return {
        kind,
        id,
        confirmedBy: v('confirmedBy'),
        recurrenceRisk: v('recurrenceRisk') === 'yes' ? 'yes' : 'no',
        ...optional('note'),
      };
    case 'retrospective':
      return {
        kind,
        id,
        rootCause: v('rootCause'),
        wentWell: v('wentWell'),
        toImprove: v('toImprove'),
        prevention: v('prevention'),
      };
  }
}
