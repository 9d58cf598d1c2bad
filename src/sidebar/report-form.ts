// The form's behaviour: validate as the person goes (with the server's own rules), preview the
// risk on every grade change, and submit in one google.script.run call.
import { type FormErrors, type FormField, validateIncidentForm } from '../domain/intake/incident-form';
import type { Lang } from '../domain/language';
import { type RiskMatrix, matrixFromLayout } from '../domain/risk-matrix';
import type { SidebarBootstrap } from '../domain/intake/sidebar-contract';
import { clearMessages, showFieldErrors, showPreview, showResult, showServerError } from './feedback';
import { fieldOf, readForm, resetForm } from './form-state';
import { type SidebarView, showEscalationStatus } from './form-view';
import { type ScriptRunner, scriptRunner, submitIncident } from './script-run';
import { SIDEBAR_MESSAGES } from './sidebar-messages';

interface ReportForm {
  view: SidebarView;
  lang: Lang;
  timeZone: string;
  matrix: RiskMatrix;
  now: () => Date;
  /** Fields whose errors are shown: those the person has edited, or all after a submit attempt. */
  shown: Set<FormField>;
  sending: boolean;
}

export function wireReportForm(view: SidebarView, bootstrap: SidebarBootstrap, now: () => Date): void {
  const { lang, timeZone } = bootstrap;
  const form: ReportForm = {
    view,
    lang,
    timeZone,
    matrix: matrixFromLayout(bootstrap.matrix),
    now,
    shown: new Set(),
    sending: false,
  };
  resetForm(view, { owner: bootstrap.owner });
  showPreview(view, form.matrix, lang);
  view.form.addEventListener('input', (event) => {
    const field = fieldOf(view, event.target);
    if (field === 'impact' || field === 'urgency') showPreview(view, form.matrix, lang);
    if (field && form.shown.has(field)) check(form);
  });
  // 'change' fires when a person leaves a field they edited: the moment to tell them what is wrong.
  view.form.addEventListener('change', (event) => {
    const field = fieldOf(view, event.target);
    if (field) form.shown.add(field);
    check(form);
  });
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(form);
  });
}

function check(form: ReportForm): FormErrors {
  const result = validateIncidentForm(readForm(form.view, form.timeZone), form.lang, form.now());
  const errors = result.ok ? {} : result.errors;
  showFieldErrors(form.view, errors, form.shown);
  return errors;
}

async function send(form: ReportForm): Promise<void> {
  const { view, lang } = form;
  if (form.sending) return;
  clearMessages(view);
  for (const field of view.fields) form.shown.add(field);
  const errors = check(form);
  const invalid = view.fields.filter((field) => errors[field]);
  const runner = scriptRunner();
  if (invalid.length > 0) {
    view.status.textContent = SIDEBAR_MESSAGES[lang].invalid(invalid.length);
    view.controls[invalid[0] as FormField].focus();
  } else if (!runner) {
    showServerError(view, SIDEBAR_MESSAGES[lang].noServer, lang);
    view.alert.focus();
  } else {
    setSending(form, true);
    await submitAndShow(form, runner);
    setSending(form, false);
  }
}

async function submitAndShow(form: ReportForm, runner: ScriptRunner): Promise<void> {
  const { view, lang } = form;
  try {
    const result = await submitIncident(runner, readForm(view, form.timeZone));
    showResult(view, result, lang);
    if (typeof result.escalationOn === 'boolean') {
      showEscalationStatus(view.escalation, lang, form.timeZone, {
        on: result.escalationOn,
        by: result.escalationBy ?? '',
        lastSweep: result.lastSweep ?? null,
      });
    }
    // The next report is usually the same person's, to the same managers.
    const keep = { owner: view.controls.owner.value, managerEmail: view.controls.managerEmail.value };
    resetForm(view, keep);
    form.shown.clear();
    check(form);
    showPreview(view, form.matrix, lang);
    view.result.focus();
  } catch (error) {
    showServerError(view, serverMessage(error), lang);
    view.alert.focus();
  }
}

function setSending(form: ReportForm, on: boolean): void {
  const text = SIDEBAR_MESSAGES[form.lang];
  form.sending = on;
  form.view.submit.disabled = on;
  form.view.submit.textContent = on ? text.submitting : text.submit;
  form.view.status.textContent = on ? text.submitting : '';
  form.view.form.setAttribute('aria-busy', String(on));
}

/** Apps Script prefixes some thrown messages with the error's type; the person needs only the text. */
function serverMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.replace(/^(Error|Exception|ScriptError):\s*/, '');
}
