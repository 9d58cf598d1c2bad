// What the sidebar tells the person: errors beside fields, the live risk preview, the server's
// refusal and the saved incident. All of it is set as text, never as markup.
import { parseGrade } from '../domain/grades';
import type { FormErrors, FormField } from '../domain/intake/incident-form';
import type { Lang } from '../domain/language';
import { riskDecision, riskLevelLabel } from '../domain/risk-levels';
import { type RiskMatrix, riskLevel } from '../domain/risk-matrix';
import type { SubmitResult } from '../domain/intake/sidebar-contract';
import { h } from './dom';
import type { SidebarView } from './form-view';
import { SIDEBAR_MESSAGES } from './sidebar-messages';

/** Shows the errors of the fields in `shown` (those the person has left or tried to submit). */
export function showFieldErrors(view: SidebarView, errors: FormErrors, shown: ReadonlySet<FormField>): void {
  for (const field of view.fields) {
    const message = shown.has(field) ? (errors[field] ?? '') : '';
    view.errors[field].textContent = message;
    if (message) view.controls[field].setAttribute('aria-invalid', 'true');
    else view.controls[field].removeAttribute('aria-invalid');
  }
}

/** The level the chosen grades give under the team's matrix, and its 判断基準, coloured and named. */
export function showPreview(view: SidebarView, matrix: RiskMatrix, lang: Lang): void {
  const impact = parseGrade(view.controls.impact.value)?.grade;
  const urgency = parseGrade(view.controls.urgency.value)?.grade;
  if (!impact || !urgency) {
    view.preview.removeAttribute('data-level');
    view.preview.replaceChildren(h('span', { class: 'decision' }, SIDEBAR_MESSAGES[lang].previewPending));
    return;
  }
  const level = riskLevel(impact, urgency, matrix);
  view.preview.setAttribute('data-level', level);
  view.preview.replaceChildren(
    h('strong', { class: 'level' }, riskLevelLabel(level, lang)),
    h('span', { class: 'decision' }, `${SIDEBAR_MESSAGES[lang].decisionLabel}: ${riskDecision(level, lang)}`),
  );
}

export function showServerError(view: SidebarView, message: string, lang: Lang): void {
  const text = SIDEBAR_MESSAGES[lang];
  view.alert.replaceChildren(
    h('strong', {}, text.notSaved),
    h('p', { class: 'message' }, message.trim() || text.unknownError),
    h('p', {}, text.keptNote),
  );
}

export function showResult(view: SidebarView, result: SubmitResult, lang: Lang): void {
  const text = SIDEBAR_MESSAGES[lang];
  const lines: (HTMLElement | string)[] = [
    h('strong', { class: 'result-id' }, text.saved(String(result.id))),
    h('span', { class: 'level', 'data-level': String(result.riskLevelKey) }, text.savedLevel(String(result.riskLevel))),
  ];
  if (result.riskLevelKey === 'veryHigh') lines.push(emergencyLine(result, text));
  lines.push(text.cleared);
  view.result.replaceChildren(...lines.map((line) => h('p', {}, line)));
}

/** Truthful about who was told: all, some (naming both), or nobody yet. */
function emergencyLine(result: SubmitResult, text: (typeof SIDEBAR_MESSAGES)[Lang]): string {
  const told = result.emergencyTold ?? [];
  const waiting = result.emergencyWaiting ?? [];
  if (told.length > 0 && waiting.length > 0) return text.emergencyPartly(told.join(', '), waiting.join(', '));
  return result.emergencyNotified ? text.emergencyNotified : text.emergencyQueued;
}

export function clearMessages(view: SidebarView): void {
  view.alert.replaceChildren();
  view.result.replaceChildren();
  view.status.textContent = '';
}
