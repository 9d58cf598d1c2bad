// One step's form, opened under the button that asked for it: labelled inputs, required ones marked,
// errors beside each, the server's refusal beside the form (as text) with everything typed kept.
// Escape closes it and gives focus back to its button.
import type { IncidentAction, IncidentView, MeasureView } from '../../domain/intake/incident-contract';
import type { Lang } from '../../domain/language';
import { MEASURE_KINDS, measureKindLabel } from '../../domain/measures/measure-columns';
import { h } from '../dom';
import {
  ACTION_INPUTS,
  type ActionKind,
  type InputSpec,
  type Values,
  buildAction,
  initialValues,
  missingInputs,
  retrospectiveMissing,
} from './incident-actions';
import { INCIDENT_MESSAGES, type IncidentMessages } from './incident-messages';
import { serverMessage } from './incident-run';

export interface ActionFormOptions {
  kind: ActionKind;
  view: IncidentView;
  measure?: MeasureView;
  lang: Lang;
  user: string;
  /** Sends the action; resolves when the new view is shown, rejects with the server's error. */
  send: (action: IncidentAction) => Promise<void>;
  close: () => void;
}

export function renderActionForm(options: ActionFormOptions): { form: HTMLFormElement; focus: () => void } {
  const { kind, view, measure, lang } = options;
  const text = INCIDENT_MESSAGES[lang];
  const initial = initialValues(kind, view, options.user);
  const titleId = `form-${kind}-title`;
  const title = measure ? `${text.actions[kind]}: ${measure.measure}` : text.actions[kind];
  const notes: string[] = [];
  if (text.actionIntro[kind]) notes.push(text.actionIntro[kind] as string);
  if (kind === 'retrospective' && view.retrospectiveRequired) notes.push(text.retrospectiveRequired);
  if (kind === 'close' && view.retrospectiveRequired && retrospectiveMissing(view))
    notes.push(text.retrospectiveBeforeClose);
  const inputs = ACTION_INPUTS[kind].map((spec) => inputBlock(spec, initial[spec.name] ?? '', lang));
  const alert = h('div', { class: 'alert', role: 'alert', tabindex: '-1', id: 'action-alert' });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'action', id: 'action-submit' }, text.send);
  const cancel = h('button', { type: 'button', class: 'secondary', id: 'action-cancel' }, text.cancel);
  const form = h(
    'form',
    { class: 'action-form', id: `form-${kind}`, novalidate: true, 'aria-labelledby': titleId, 'aria-busy': 'false' },
    h('h4', { id: titleId }, title),
    ...notes.map((note) => h('p', { class: 'hint' }, note)),
    ...inputs.map((input) => input.block),
    alert,
    h('div', { class: 'actions' }, submit, cancel, status),
    h('p', { class: 'hint' }, text.escapeHint),
  );
  cancel.addEventListener('click', options.close);
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    options.close();
  });
  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const values = readValues(form);
    const missing = missingInputs(kind, values);
    for (const input of inputs) input.setError(missing.includes(input.spec.name) ? text.required : '');
    alert.replaceChildren();
    if (missing.length > 0) {
      status.textContent = text.invalid(missing.length);
      inputs.find((input) => input.spec.name === missing[0])?.focus();
      return;
    }
    sending = true;
    setBusy(form, submit, status, text, true);
    options
      .send(buildAction(kind, view.id, values, measure?.row))
      .catch((error: unknown) => {
        const message = serverMessage(error);
        setBusy(form, submit, status, text, false);
        alert.replaceChildren(
          h('strong', {}, text.failed),
          h('p', { class: 'message' }, message.trim() || text.unknownError),
          h('p', {}, text.keptNote),
        );
        alert.focus();
      })
      .finally(() => {
        sending = false;
      });
  });
  const focus = () => (inputs[0] ? inputs[0].focus() : submit.focus());
  return { form, focus };
}

function setBusy(
  form: HTMLFormElement,
  submit: HTMLButtonElement,
  status: HTMLElement,
  text: IncidentMessages,
  on: boolean,
) {
  form.setAttribute('aria-busy', String(on));
  submit.disabled = on;
  status.textContent = on ? text.sending : '';
}

function readValues(form: HTMLFormElement): Values {
  const values: Values = {};
  for (const [name, value] of new FormData(form).entries()) values[name as keyof Values] = String(value);
  return values;
}

interface InputBlock {
  spec: InputSpec;
  block: HTMLElement;
  focus: () => void;
  setError: (message: string) => void;
}

function inputBlock(spec: InputSpec, initial: string, lang: Lang): InputBlock {
  const text = INCIDENT_MESSAGES[lang];
  const id = `a-${spec.name}`;
  const error = h('p', { class: 'error', id: `${id}-error` });
  const mark = spec.required ? [' ', h('span', { class: 'required' }, text.requiredMark)] : [];
  if (spec.kind === 'to' || spec.kind === 'risk') {
    const choices: [string, string][] =
      spec.kind === 'to'
        ? [
            ['manager', text.to.manager],
            ['executives', text.to.executives],
          ]
        : [
            ['yes', text.risk.yes],
            ['no', text.risk.no],
          ];
    const radios = choices.map(([value, label], index) => {
      const radio = h('input', { type: 'radio', name: spec.name, value, id: `${id}-${value}` });
      // The usual escalation goes to the manager; 再発リスク has no default, a person must say.
      if (spec.kind === 'to' && index === 0) radio.checked = true;
      return { radio, block: h('div', { class: 'choice' }, radio, h('label', { for: radio.id }, label)) };
    });
    const group = h(
      'fieldset',
      { class: 'field choices', id, 'aria-describedby': error.id },
      h('legend', {}, text.inputs[spec.name], ...mark),
      ...radios.map((r) => r.block),
      error,
    );
    return {
      spec,
      block: group,
      focus: () => (radios.find((r) => r.radio.checked) ?? radios[0])?.radio.focus(),
      setError: (message) => {
        error.textContent = message;
        for (const r of radios) {
          if (message) r.radio.setAttribute('aria-invalid', 'true');
          else r.radio.removeAttribute('aria-invalid');
        }
      },
    };
  }
  const control = createControl(spec, lang);
  control.id = id;
  control.name = spec.name;
  control.value = initial;
  control.setAttribute('aria-describedby', error.id);
  if (spec.required) control.setAttribute('aria-required', 'true');
  return {
    spec,
    block: h('div', { class: 'field' }, h('label', { for: id }, text.inputs[spec.name], ...mark), control, error),
    focus: () => control.focus(),
    setError: (message) => {
      error.textContent = message;
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    },
  };
}

function createControl(spec: InputSpec, lang: Lang): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  switch (spec.kind) {
    case 'line':
      return h('input', { type: 'text', autocomplete: 'off' });
    case 'date':
      return h('input', { type: 'date' });
    case 'measureKind':
      return h(
        'select',
        {},
        h('option', { value: '' }, INCIDENT_MESSAGES[lang].chooseKind),
        ...MEASURE_KINDS.map((kind) => h('option', { value: kind }, measureKindLabel(kind, lang))),
      );
    default:
      return h('textarea', { rows: '3' });
  }
}
