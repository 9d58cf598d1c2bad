// The sidebar's markup: the report's four parts as fieldsets, every control with its label, hint
// and error slot tied together by id for screen readers, plus the preview and message regions.
import type { FormField } from '../domain/intake/incident-form';
import { GRADES, gradeLabel } from '../domain/grades';
import { INTAKE_MESSAGES } from '../domain/intake/intake-messages';
import type { Lang } from '../domain/language';
import { CATEGORIES, categoryLabel } from '../domain/vocabulary';
import { type LastSweep, escalationStatusText, lastSweepText } from '../domain/notices/escalation-status';
import { h } from './dom';
import { type HintedField, SIDEBAR_MESSAGES, type SectionKey } from './sidebar-messages';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type Kind = 'line' | 'text' | 'grade' | 'category' | 'time' | 'emails';

const SECTIONS: readonly (readonly [SectionKey, readonly (readonly [FormField, Kind])[]])[] = [
  [
    'problem',
    [
      ['summary', 'text'],
      ['customer', 'line'],
      ['category', 'category'],
      ['occurredAt', 'time'],
    ],
  ],
  ['response', [['actionsTaken', 'text']]],
  [
    'assessment',
    [
      ['impact', 'grade'],
      ['urgency', 'grade'],
      ['assessment', 'text'],
    ],
  ],
  [
    'support',
    [
      ['supportRequested', 'text'],
      ['managerEmail', 'emails'],
      ['owner', 'line'],
    ],
  ],
];

export interface SidebarView {
  form: HTMLFormElement;
  /** Every field, in the order a person tabs through them. */
  fields: FormField[];
  controls: Record<FormField, Control>;
  errors: Record<FormField, HTMLElement>;
  preview: HTMLElement;
  status: HTMLElement;
  alert: HTMLElement;
  result: HTMLElement;
  submit: HTMLButtonElement;
  /** The line saying whether the hourly escalation run is on. */
  escalation: HTMLElement;
}

/** What the status line says: on or off for the document, who runs it, how the last sweep went. */
export interface EscalationLine {
  on: boolean | null;
  by: string;
  lastSweep: LastSweep | null;
}

/** `escalation.on` null: the server could not tell, so the sidebar says nothing about it. */
export function renderSidebar(
  root: HTMLElement,
  lang: Lang,
  timeZone: string,
  escalationLine: EscalationLine = { on: null, by: '', lastSweep: null },
): SidebarView {
  const text = SIDEBAR_MESSAGES[lang];
  const fields: FormField[] = [];
  const controls = {} as Record<FormField, Control>;
  const errors = {} as Record<FormField, HTMLElement>;
  const preview = h('div', {
    id: 'preview',
    class: 'preview',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  const sections = SECTIONS.map(([key, specs]) =>
    h(
      'fieldset',
      {},
      h('legend', {}, text.sections[key]),
      ...specs.flatMap(([field, kind]) => {
        const { block, control, error } = fieldBlock(field, kind, lang, timeZone);
        fields.push(field);
        controls[field] = control;
        errors[field] = error;
        return field === 'urgency' ? [block, preview] : [block];
      }),
    ),
  );
  const status = h('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const alert = h('div', { id: 'alert', class: 'alert', role: 'alert', tabindex: '-1' });
  const result = h('div', { id: 'result', class: 'result', role: 'status', tabindex: '-1' });
  const submit = h('button', { type: 'submit', class: 'action', id: 'submit' }, text.submit);
  const form = h(
    'form',
    { id: 'report', novalidate: true, 'aria-labelledby': 'title' },
    ...sections,
    alert,
    h('div', { class: 'actions' }, submit, status),
  );
  const escalation = h('p', { id: 'escalation-status', class: 'escalation-status' });
  showEscalationStatus(escalation, lang, timeZone, escalationLine);
  root.replaceChildren(
    h('h1', { id: 'title' }, text.title),
    escalation,
    h('p', { class: 'intro' }, text.intro),
    result,
    form,
  );
  return { form, fields, controls, errors, preview, status, alert, result, submit, escalation };
}

/** Whether the hourly escalation run is on; empty (and hidden) when the server could not tell. */
export function showEscalationStatus(line: HTMLElement, lang: Lang, timeZone: string, state: EscalationLine): void {
  const { on, by, lastSweep } = state;
  const last = on === null ? '' : lastSweepText(lastSweep, timeZone, lang);
  line.replaceChildren(on === null ? '' : escalationStatusText({ on, operator: by }, lang));
  if (last) line.append(document.createElement('br'), last);
  if (on === null) line.removeAttribute('data-on');
  else line.setAttribute('data-on', String(on));
}

interface FieldBlock {
  block: HTMLElement;
  control: Control;
  error: HTMLElement;
}

function fieldBlock(field: FormField, kind: Kind, lang: Lang, timeZone: string): FieldBlock {
  const text = SIDEBAR_MESSAGES[lang];
  const id = `f-${field}`;
  const hint = field === 'occurredAt' ? text.occurredAtHint(timeZone) : text.hints[field as HintedField];
  const required = field === 'summary';
  const control = createControl(kind, lang);
  control.id = id;
  control.name = field;
  if (required) control.setAttribute('aria-required', 'true');
  control.setAttribute('aria-describedby', [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' '));
  const label = h('label', { for: id }, INTAKE_MESSAGES[lang].fieldLabel[field]);
  if (required) label.append(' ', h('span', { class: 'required' }, text.requiredMark));
  const error = h('p', { id: `${id}-error`, class: 'error' });
  const hintElement = hint ? [h('p', { id: `${id}-hint`, class: 'hint' }, hint)] : [];
  return { block: h('div', { class: 'field' }, label, control, ...hintElement, error), control, error };
}

function createControl(kind: Kind, lang: Lang): Control {
  const text = SIDEBAR_MESSAGES[lang];
  switch (kind) {
    case 'text':
      return h('textarea', { rows: '3' });
    case 'line':
      return h('input', { type: 'text', autocomplete: 'off' });
    case 'emails':
      return h('input', { type: 'text', inputmode: 'email', autocomplete: 'off', spellcheck: 'false' });
    case 'time':
      return h('input', { type: 'datetime-local' });
    case 'grade':
      return h(
        'select',
        {},
        h('option', { value: '' }, text.chooseGrade),
        ...GRADES.map((grade) => h('option', { value: grade }, gradeLabel(grade, lang))),
      );
    case 'category':
      return h(
        'select',
        {},
        h('option', { value: '' }, text.noCategory),
        ...CATEGORIES.map((category) => h('option', { value: category }, categoryLabel(category, lang))),
      );
  }
}
