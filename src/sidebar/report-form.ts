// The form's behaviour: validate as the person goes (with the server's own rules), preview the
// risk on every grade change, and submit in one google.script.run call.
import { type FormField, validateIncidentForm } from '../domain/incident-form';
import { matrixFromLayout } from '../domain/risk-matrix';
import type { SidebarBootstrap } from '../domain/sidebar-contract';
import { wallTime } from '../domain/zoned-time';
import { clearMessages, showFieldErrors, showPreview, showResult, showServerError } from './feedback';
import { fieldOf, readForm, resetForm } from './form-state';
import type { SidebarView } from './form-view';
import { scriptRunner, submitIncident } from './script-run';
import { SIDEBAR_MESSAGES } from './sidebar-messages';

export function wireReportForm(view: SidebarView, bootstrap: SidebarBootstrap, now: () => Date): void {
  const { lang, timeZone } = bootstrap;
  const text = SIDEBAR_MESSAGES[lang];
  const matrix = matrixFromLayout(bootstrap.matrix);
  const shown = new Set<FormField>();
  let sending = false;

  const check = () => {
    const result = validateIncidentForm(readForm(view, timeZone), lang, now());
    const errors = result.ok ? {} : result.errors;
    showFieldErrors(view, errors, shown);
    return errors;
  };
  const setSending = (on: boolean) => {
    sending = on;
    view.submit.disabled = on;
    view.submit.textContent = on ? text.submitting : text.submit;
    view.form.setAttribute('aria-busy', String(on));
  };

  const send = async () => {
    if (sending) return;
    clearMessages(view);
    for (const field of view.fields) shown.add(field);
    const errors = check();
    const invalid = view.fields.filter((field) => errors[field]);
    if (invalid.length > 0) {
      view.status.textContent = text.invalid(invalid.length);
      view.controls[invalid[0] as FormField].focus();
      return;
    }
    const runner = scriptRunner();
    if (!runner) {
      showServerError(view, text.noServer, lang);
      view.alert.focus();
      return;
    }
    setSending(true);
    view.status.textContent = text.submitting;
    try {
      const result = await submitIncident(runner, readForm(view, timeZone));
      view.status.textContent = '';
      showResult(view, result, lang);
      // The next report is usually the same person's, to the same managers.
      resetForm(view, { owner: view.controls.owner.value, managerEmail: view.controls.managerEmail.value }, wallTime(now(), timeZone));
      shown.clear();
      check();
      showPreview(view, matrix, lang);
      view.result.focus();
    } catch (error) {
      view.status.textContent = '';
      showServerError(view, serverMessage(error), lang);
      view.alert.focus();
    } finally {
      setSending(false);
    }
  };

  resetForm(view, { owner: bootstrap.owner }, wallTime(now(), timeZone));
  showPreview(view, matrix, lang);
  view.form.addEventListener('input', (event) => {
    const field = fieldOf(view, event.target);
    if (field === 'impact' || field === 'urgency') showPreview(view, matrix, lang);
    if (field && shown.has(field)) check();
  });
  // 'change' fires when a person leaves a field they edited: the moment to tell them what is wrong.
  view.form.addEventListener('change', (event) => {
    const field = fieldOf(view, event.target);
    if (field) shown.add(field);
    check();
  });
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
}

/** Apps Script prefixes some thrown messages with the error's type; the person needs only the text. */
function serverMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.replace(/^(Error|Exception|ScriptError):\s*/, '');
}
