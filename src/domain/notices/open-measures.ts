// The measures of each incident not yet done, one short line each, for the digest items a manager
// decides from ("the latest instruction and the open measures").
import type { Lang } from '../language';
import { localParts } from '../calendar/zoned-time';
import { measureKindLabel } from '../measures/measure-columns';
import type { Measure } from '../measures/measure-row';

/** At most this many per incident: the row link leads to the rest. */
const PER_INCIDENT = 5;

/** Where a text left unread stands in a line: the row it is on, so a manager can find it. */
const UNREAD_TEXT: Readonly<Record<Lang, (row: number) => string>> = {
  ja: (row) => `対策シート ${row}行目`,
  en: (row) => `Measures sheet, row ${row}`,
};

/**
 * The measures each incident's lines are made of, by incident ID, in sheet order: not done nor
 * dropped, at most PER_INCIDENT. A text read blank is no measure to show; a text left unread
 * (textUnread) is unknown, so the measure stays: the caller reads the texts of these only.
 */
export function openMeasuresOf(measures: readonly Measure[]): Map<string, Measure[]> {
  const byIncident = new Map<string, Measure[]>();
  for (const m of measures) {
    if (m.status === 'done' || m.status === 'dropped' || (m.measure === '' && !m.textUnread)) continue;
    const open = byIncident.get(m.incidentId) ?? [];
    if (open.length >= PER_INCIDENT) continue;
    open.push(m);
    byIncident.set(m.incidentId, open);
  }
  return byIncident;
}

/**
 * One line per open measure. `texts` (by sheet row): the texts read later of measures whose text
 * was left unread; one read blank is left out as a blank one always was, one not read at all (past
 * the run's budget) shows its row in place of the text.
 */
export function openMeasureLines(
  measures: readonly Measure[],
  lang: Lang,
  timeZone: string,
  texts: ReadonlyMap<number, string> = new Map(),
): Map<string, string[]> {
  const byIncident = new Map<string, string[]>();
  for (const [incidentId, open] of openMeasuresOf(measures)) {
    const lines: string[] = [];
    for (const m of open) {
      const text = m.textUnread ? (texts.get(m.sheetRow) ?? UNREAD_TEXT[lang](m.sheetRow)) : m.measure;
      if (text === '') continue;
      const kind = m.kind ? `${measureKindLabel(m.kind, lang)}: ` : '';
      const due = m.dueAt ? localParts(m.dueAt, timeZone).dayKey : '';
      const who = [m.owner, due].filter(Boolean).join(lang === 'ja' ? '、' : ', ');
      lines.push(`${kind}${text}${who ? (lang === 'ja' ? `（${who}）` : ` (${who})`) : ''}`);
    }
    if (lines.length > 0) byIncident.set(incidentId, lines);
  }
  return byIncident;
}
