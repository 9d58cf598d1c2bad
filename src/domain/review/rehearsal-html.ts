// The rehearsal dialog's HTML, made on the server with every text escaped: the flow drawn as boxes
// and arrows per level, the rules check, and a form whose answer (a timeline) the server also writes.
import type { Lang } from '../language';
import { GRADES, gradeLabel } from '../grades';
import { riskLevelLabel } from '../risk-levels';
import { CATEGORIES, categoryLabel } from '../vocabulary';
import { localParts } from '../calendar/zoned-time';
import { ESCALATION_MESSAGES } from '../notices/escalation-messages';
import { escapeHtml as e } from '../notices/digest';
import { formatDuration } from '../settings/settings-values';
import type { LevelFlow } from './flow';
import type { Rehearsal } from './rehearsal';
import { REHEARSAL_MESSAGES } from './rehearsal-messages';
import type { Finding } from './rules-check';
import { findingLines } from './finding-lines';

const STAGE_COLOURS = ['#e8f0fe', '#fce8b2', '#f4c7c3'];

function flowHtml(flows: readonly LevelFlow[], lang: Lang): string {
  const m = REHEARSAL_MESSAGES[lang];
  const rows = flows.map((flow) => {
    const boxes = flow.steps.map(
      (step) =>
        `<div class="box" style="background:${STAGE_COLOURS[step.stage - 1]}"><strong>${e(m.who[step.stage - 1] as string)}</strong>` +
        `<br>${e(m.when(step, formatDuration(step.after, lang, 'atOnce')))}</div>`,
    );
    const repeat = flow.repeat ? m.repeat(formatDuration(flow.repeat, lang, 'everyRun')) : m.once;
    return (
      `<div class="flow"><div class="level">${e(riskLevelLabel(flow.level, lang))}</div>` +
      `${boxes.join('<span class="arrow" aria-hidden="true">→</span>')}<div class="repeat">${e(repeat)}</div></div>`
    );
  });
  return `<h2>${e(m.flowTitle)}</h2>${rows.join('')}`;
}

export function findingsHtml(findings: readonly Finding[], lang: Lang): string {
  const m = REHEARSAL_MESSAGES[lang];
  const items = findings.length === 0 ? [m.allClear] : findingLines(findings, lang);
  return `<h2>${e(m.checkTitle)}</h2><ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
}

function select(name: string, label: string, options: [string, string][]): string {
  const id = `f-${name}`;
  return (
    `<label for="${id}">${e(label)}</label><select id="${id}" name="${name}">` +
    options.map(([value, text]) => `<option value="${e(value)}">${e(text)}</option>`).join('') +
    '</select>'
  );
}

function input(name: string, label: string, type: string, value = ''): string {
  return `<label for="f-${name}">${e(label)}</label><input id="f-${name}" name="${name}" type="${type}" value="${e(value)}">`;
}

export function rehearsalDialogHtml(input_: {
  flows: readonly LevelFlow[];
  findings: readonly Finding[];
  open: readonly { id: string; label: string }[];
  lang: Lang;
  /** 'YYYY-MM-DDTHH:mm' on the document's clock: the form's default report time. */
  nowLocal: string;
}): string {
  const { lang } = input_;
  const m = REHEARSAL_MESSAGES[lang];
  const grades = GRADES.map((g) => [g, gradeLabel(g, lang)] as [string, string]);
  const form =
    `<form id="rehearse" onsubmit="return rehearse(event)">` +
    select('id', m.openIncident, [['', '—'], ...input_.open.map((o) => [o.id, o.label] as [string, string])]) +
    `<p>${e(m.hypothetical)}</p>` +
    select('impact', m.fields.impact, grades) +
    select('urgency', m.fields.urgency, grades) +
    select('category', m.fields.category, [
      ['', '—'],
      ...CATEGORIES.map((c) => [c, categoryLabel(c, lang)] as [string, string]),
    ]) +
    input('reportedAt', m.fields.reportedAt, 'datetime-local', input_.nowLocal) +
    input('owner', m.fields.owner, 'email') +
    input('manager', m.fields.manager, 'email') +
    `<button type="submit">${e(m.run)}</button></form><div id="timeline" role="status" aria-live="polite"></div>`;
  const script =
    '<script>function rehearse(ev){ev.preventDefault();var f=document.getElementById("rehearse");var o={};' +
    'Array.prototype.forEach.call(f.elements,function(x){if(x.name)o[x.name]=x.value;});' +
    'var t=document.getElementById("timeline");t.textContent="…";' +
    // The server's answer is its own escaped HTML; an error message is shown as text.
    'google.script.run.withSuccessHandler(function(h){t.innerHTML=h;}).withFailureHandler(function(x){t.textContent=x&&x.message?x.message:String(x);}).rehearseIncident(o);return false;}</script>';
  const style =
    '<style>body{font-family:sans-serif;font-size:13px}.flow{display:flex;align-items:center;flex-wrap:wrap;margin:6px 0}' +
    '.level{width:110px;font-weight:bold}.box{border:1px solid #999;border-radius:4px;padding:4px 8px;max-width:220px}' +
    '.arrow{margin:0 6px}.repeat{margin-left:10px;color:#555}form{display:grid;grid-template-columns:160px 1fr;gap:4px;max-width:520px}' +
    'form p{grid-column:1/3;margin:6px 0 0}button{grid-column:2}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style>';
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${e(m.title)}</title>${style}</head><body><main>` +
    `<h1>${e(m.title)}</h1>${flowHtml(input_.flows, lang)}${findingsHtml(input_.findings, lang)}` +
    `<h2>${e(m.rehearseTitle)}</h2><p>${e(m.rehearseHint)}</p>${form}</main>${script}</body></html>`
  );
}

export function timelineHtml(rehearsal: Rehearsal, lang: Lang, timeZone: string): string {
  const m = REHEARSAL_MESSAGES[lang];
  const x = ESCALATION_MESSAGES[lang];
  const when = (at: Date) => x.dateTime(localParts(at, timeZone));
  const rows = rehearsal.steps.map(
    (s) =>
      `<tr><td>${e(when(s.at))}</td><td>${e(s.recipient)}</td><td>${e(x.stage(s.stage))}</td>` +
      `<td>${e(m.languageName[s.lang])}</td><td>${e(x.reason[s.key])}</td></tr>`,
  );
  const head = `<tr>${m.timelineHeaders.map((h) => `<th>${e(h)}</th>`).join('')}</tr>`;
  const table = rows.length === 0 ? `<p>${e(m.nothing)}</p>` : `<table>${head}${rows.join('')}</table>`;
  const note = rehearsal.cut ? m.cut(rehearsal.steps.length) : m.until(when(rehearsal.until));
  return `${table}<p>${e(note)}</p>`;
}
