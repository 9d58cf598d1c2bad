// The measures of each incident not yet done, one short line each, for the digest items a manager
// decides from ("the latest instruction and the open measures").
import type { Lang } from '../language';
import { localParts } from '../calendar/zoned-time';
import { measureKindLabel } from '../measures/measure-columns';
import type { Measure } from '../measures/measure-row';

/** At most this many per incident: the row link leads to the rest. */
const PER_INCIDENT = 5;

export function openMeasureLines(measures: readonly Measure[], lang: Lang, timeZone: string): Map<string, string[]> {
  const byIncident = new Map<string, string[]>();
  for (const m of measures) {
    if (m.status === 'done' || m.status === 'dropped' || m.measure === '') continue;
    const lines = byIncident.get(m.incidentId) ?? [];
    if (lines.length >= PER_INCIDENT) continue;
    const kind = m.kind ? `${measureKindLabel(m.kind, lang)}: ` : '';
    const due = m.dueAt ? localParts(m.dueAt, timeZone).dayKey : '';
    const who = [m.owner, due].filter(Boolean).join(lang === 'ja' ? '、' : ', ');
    lines.push(`${kind}${m.measure}${who ? (lang === 'ja' ? `（${who}）` : ` (${who})`) : ''}`);
    byIncident.set(m.incidentId, lines);
  }
  return byIncident;
}
