// One row of the incidents sheet read into what the sweep needs, or the reasons it cannot be.
import { isBlank } from '../cells';
import { type IncidentColumn, type ColumnPositions, INCIDENT_COLUMNS } from '../incident-columns';
import type { Lang } from '../language';
import { parseGrade } from '../grades';
import { type RiskLevel, parseRiskLevel } from '../risk-levels';
import { riskLevel } from '../risk-matrix';
import { quoteValue } from '../text';
import { parseCategory, parseStatus } from '../vocabulary';
import type { RowProblem } from '../notices/escalation-messages';
import { parseRecords } from './record-text';
import type { EscalationSettings } from '../settings/settings';
import type { Incident } from '../escalation/incident';
import { parseEmailList } from '../emails';
import { addressOf } from '../settings/people';
import { parseDateTime } from '../calendar/date-cells';

type Cells = (column: IncidentColumn) => unknown;

/** A cell as text; most cells already are. */
export function cellText(value: unknown): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

type Read<T> = { value: T } | { problem: RowProblem };

function header(column: IncidentColumn, lang: Lang): string {
  return INCIDENT_COLUMNS[column][lang];
}

function readLevel(cells: Cells, settings: EscalationSettings, lang: Lang): Read<RiskLevel> {
  const impact = cells('impact');
  const urgency = cells('urgency');
  if (isBlank(impact) && isBlank(urgency)) {
    const level = parseRiskLevel(cells('riskLevel'))?.level;
    return level
      ? { value: level }
      : { problem: { kind: 'unknownLevel', value: quoteValue(cells('riskLevel') ?? '') } };
  }
  const i = parseGrade(impact);
  const u = parseGrade(urgency);
  if (!i) return { problem: { kind: 'unknownGrade', column: header('impact', lang), value: quoteValue(impact ?? '') } };
  if (!u)
    return { problem: { kind: 'unknownGrade', column: header('urgency', lang), value: quoteValue(urgency ?? '') } };
  return { value: riskLevel(i.grade, u.grade, settings.matrix) };
}

function splitEmails(value: unknown): { good: string[]; bad: string[] } {
  // A number or a date typed here is named on the row (parseEmailList quotes it), never dropped.
  if (isBlank(value)) return { good: [], bad: [] };
  const { emails, invalid } = parseEmailList(value);
  return { good: emails, bad: invalid };
}

/**
 * The addresses of a cell, names looked up in the people table (名簿). Something that is neither an
 * address nor a known name is named on the row: the notice must not go to someone else instead.
 */
function readEmails(
  cells: Cells,
  column: IncidentColumn,
  lang: Lang,
  people: Readonly<Record<string, string>>,
  problems: RowProblem[],
): readonly string[] {
  const { good, bad } = splitEmails(cells(column));
  if (bad.length === 0) return good;
  const emails = [...good];
  for (const item of bad) {
    const known = item.includes('@') ? undefined : addressOf(item, people);
    if (known) emails.push(known);
    else
      problems.push({
        kind: item.includes('@') || !isText(cells(column)) ? 'invalidEmail' : 'unknownName',
        column: header(column, lang),
        value: quoteValue(item),
      });
  }
  return emails;
}

const isText = (value: unknown) => typeof value === 'string';

/** The owner column may hold a name (no mail) or an address; something with an @ must be valid. */
const OWNER_COLUMNS = ['owner', 'reporter'] as const;

/**
 * The owner's address: 担当者's, else the reporter's. A name is looked up in the people table; one
 * it does not hold goes into `notes` (named on the row, the incident still decided: the reporter may
 * stand in, and an owner's reminder is not an escalation).
 */
function readOwner(
  cells: Cells,
  lang: Lang,
  people: Readonly<Record<string, string>>,
  problems: RowProblem[],
  notes: RowProblem[],
): string | undefined {
  for (const column of OWNER_COLUMNS) {
    const cell = cells(column);
    const text = typeof cell === 'string' ? cell.trim() : '';
    if (text === '') continue;
    if (!text.includes('@')) {
      const known = addressOf(text, people);
      if (known) return known;
      if (column === 'owner')
        notes.push({ kind: 'unknownName', column: header(column, lang), value: quoteValue(text) });
      continue;
    }
    const { emails } = parseEmailList(text);
    if (emails.length === 1) return emails[0];
    problems.push({ kind: 'invalidEmail', column: header(column, lang), value: quoteValue(text) });
  }
  return undefined;
}

function readDate(
  cells: Cells,
  column: IncidentColumn,
  timeZone: string,
  lang: Lang,
  problems: RowProblem[],
): Date | null {
  const date = parseDateTime(cells(column), timeZone);
  if (date !== undefined) return date;
  problems.push({ kind: 'unreadableDate', column: header(column, lang), value: quoteValue(cells(column)) });
  return null;
}

export function cellsOf(row: readonly unknown[], positions: ColumnPositions): Cells {
  return (column) => {
    const index = positions[column];
    return index === undefined ? '' : row[index];
  };
}

export function readIncident(
  id: string,
  sheetRow: number,
  cells: Cells,
  settings: EscalationSettings,
  timeZone: string,
  lang: Lang,
): { incident?: Incident; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const level = readLevel(cells, settings, lang);
  if ('problem' in level) problems.push(level.problem);
  const status = parseStatus(cells('status'));
  if (!status) problems.push({ kind: 'unknownStatus', value: quoteValue(cells('status')) });
  const reportedAt =
    readDate(cells, 'reportedAt', timeZone, lang, problems) ??
    (isBlank(cells('reportedAt')) ? readDate(cells, 'occurredAt', timeZone, lang, problems) : null);
  if (!reportedAt && !problems.some((p) => p.kind === 'unreadableDate')) {
    problems.push({ kind: 'unreadableDate', column: header('reportedAt', lang), value: '' });
  }
  const holdSince = readDate(cells, 'holdSince', timeZone, lang, problems);
  const resolvedAt = readDate(cells, 'resolvedAt', timeZone, lang, problems);
  const holdHours = cells('holdHours');
  if (!isBlank(holdHours) && typeof holdHours !== 'number') {
    problems.push({ kind: 'unreadableNumber', column: header('holdHours', lang), value: quoteValue(holdHours) });
  }
  const managerEmails = readEmails(cells, 'managerEmail', lang, settings.people, problems);
  const notes: RowProblem[] = [];
  const ownerEmail = readOwner(cells, lang, settings.people, problems, notes);
  if (problems.length > 0 || 'problem' in level || !status || !reportedAt) return { problems: [...problems, ...notes] };
  return {
    problems: notes,
    incident: {
      id,
      sheetRow,
      reportedAt,
      level: level.value,
      status,
      summary: cellText(cells('summary')),
      category: parseCategory(cells('category')),
      ownerEmail,
      managerEmails,
      acknowledged: !isBlank(cells('acknowledgedBy')),
      holdSince,
      resolvedAt,
      holdMinutes: typeof holdHours === 'number' ? Math.round(holdHours * 60) : 0,
      records: parseRecords(cells('notifications'), timeZone),
    },
  };
}
