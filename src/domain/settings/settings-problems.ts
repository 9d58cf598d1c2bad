// The settings sheet's problems told in a reader's language: one sentence per bad cell, then a note
// that the last good settings stay in force.
import type { Lang } from '../language';
import { routeLabel } from './settings-layout';
import { SETTINGS_MESSAGES } from './settings-messages';
import type { SettingSubject, SettingsProblem } from './settings-reader';

function subjectText(subject: SettingSubject, lang: Lang): string {
  const m = SETTINGS_MESSAGES[lang];
  switch (subject.kind) {
    case 'matrix':
      return m.matrixTitle.replace(/^■\s*/, '');
    case 'key':
      return m.keys[subject.key];
    case 'level':
      return `${subject.label} / ${m.levelColumns[subject.column]}`;
    case 'route':
      return routeLabel(subject.route, lang);
    case 'languages':
      return m.languagesHeader[subject.column];
    case 'people':
      return m.peopleHeader[subject.column];
  }
}

export function settingsProblemText(problem: SettingsProblem, lang: Lang): string {
  const m = SETTINGS_MESSAGES[lang];
  return m.problem(problem.cell, subjectText(problem.subject, lang), problem.value, m.allowed[problem.allowed]);
}

/** Every problem as a line, and the kept-last-good note after them; nothing when there are none. */
export function settingsProblemLines(problems: readonly SettingsProblem[], lang: Lang): string[] {
  if (problems.length === 0) return [];
  return [...problems.map((p) => settingsProblemText(p, lang)), SETTINGS_MESSAGES[lang].keptLastGood];
}
