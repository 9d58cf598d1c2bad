// The rules check's findings as sentences in a reader's language: shown in the rehearsal dialog and
// mailed once to the person who runs escalations when the settings change.
import type { Lang } from '../language';
import { riskLevelLabel } from '../risk-levels';
import { categoryLabel } from '../vocabulary';
import { REHEARSAL_MESSAGES } from './rehearsal-messages';
import type { Finding } from './rules-check';

export function findingLines(findings: readonly Finding[], lang: Lang): string[] {
  const m = REHEARSAL_MESSAGES[lang];
  const words = {
    level: (l: string) => riskLevelLabel(l as never, lang),
    category: (c: string) => (c === 'none' ? m.noCategory : categoryLabel(c as never, lang)),
  };
  return findings.map((f) => m.finding(f, words));
}
