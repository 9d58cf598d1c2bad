// A check of the rules (フローのテストとフィードバック): what in the settings would make an escalation
// reach nobody, come too late or be read in the wrong language, found before an incident finds it.
import { RISK_LEVELS, type RiskLevel } from '../risk-levels';
import { CATEGORIES, type Category } from '../vocabulary';
import type { BusinessCalendar } from '../calendar/business-calendar';
import type { Lang } from '../language';
import { type EscalationSettings, durationMinutes } from '../settings/settings';

export type Finding =
  /** Stage 2 notices of these categories reach nobody: no manager for the category and no default. */
  | { readonly kind: 'noManager'; readonly categories: readonly (Category | 'none')[] }
  /** These levels escalate to stage 3 with no executive set. */
  | { readonly kind: 'noExecutives'; readonly levels: readonly RiskLevel[] }
  /** A reminder comes after the deadline it reminds of: the repeat is longer than the resolve-by. */
  | { readonly kind: 'repeatPastDeadline'; readonly level: RiskLevel }
  | { readonly kind: 'warningPoint'; readonly share: number }
  /** The team reads two languages, and these recipients have none set (they get the document's). */
  | { readonly kind: 'noLanguage'; readonly recipients: readonly string[]; readonly lang: Lang };

/** Levels whose notices reach managers (stage 2) or the organisation (stage 3) by these settings. */
function reaches(settings: EscalationSettings, level: RiskLevel): { two: boolean; three: boolean } {
  const p = settings.levels[level];
  return {
    two: p.respondBy !== null || p.breachStage >= 2,
    three: (p.respondBy !== null && p.stage3After !== null) || p.breachStage === 3,
  };
}

export function checkRules(settings: EscalationSettings, calendar: BusinessCalendar, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const escalating = RISK_LEVELS.filter((l) => reaches(settings, l).two);
  const route = (c: Category | 'default') => (settings.managers[c] ?? []).length > 0;
  if (escalating.length > 0 && !route('default')) {
    const categories = [...CATEGORIES.filter((c) => !route(c)), 'none' as const];
    findings.push({ kind: 'noManager', categories });
  }
  const toExecutives = RISK_LEVELS.filter((l) => reaches(settings, l).three);
  if (toExecutives.length > 0 && settings.executives.length === 0)
    findings.push({ kind: 'noExecutives', levels: toExecutives });
  for (const level of RISK_LEVELS) {
    const p = settings.levels[level];
    if (!p.repeat || p.repeat.amount === 0 || !p.resolveBy) continue;
    if (durationMinutes(p.repeat, calendar) > durationMinutes(p.resolveBy, calendar))
      findings.push({ kind: 'repeatPastDeadline', level });
  }
  if (settings.warningPoint <= 0.01 || settings.warningPoint >= 0.99)
    findings.push({ kind: 'warningPoint', share: settings.warningPoint });
  const languages = new Set(Object.values(settings.recipientLanguages));
  if ([...languages].some((l) => l !== lang)) {
    const everyone = [...Object.values(settings.managers).flat(), ...settings.executives];
    const unset = [...new Set(everyone.map((e) => e.toLowerCase()))].filter(
      (e) => !Object.prototype.hasOwnProperty.call(settings.recipientLanguages, e),
    );
    if (unset.length > 0) findings.push({ kind: 'noLanguage', recipients: unset, lang });
  }
  return findings;
}
