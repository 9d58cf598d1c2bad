// The rehearsal dialog (menu: エスカレーションフローの確認): the flow the settings define drawn, the
// rules check, and a rehearsal of an open or a hypothetical incident; nothing is sent or written.
import { parseGrade } from '../domain/grades';
import { riskLevel } from '../domain/risk-matrix';
import { parseCategory, isFinished, parseStatus } from '../domain/vocabulary';
import { parseDateTime } from '../domain/calendar/date-cells';
import { localParts } from '../domain/calendar/zoned-time';
import type { Incident } from '../domain/escalation/incident';
import { parseEmailList } from '../domain/emails';
import { calendarOf } from '../domain/settings/settings';
import { cellText, cellsOf, readIncident } from '../domain/sweep/incident-row';
import { flowOf } from '../domain/review/flow';
import { rehearse } from '../domain/review/rehearsal';
import { rehearsalDialogHtml, timelineHtml } from '../domain/review/rehearsal-html';
import { REHEARSAL_MESSAGES } from '../domain/review/rehearsal-messages';
import { checkRules } from '../domain/review/rules-check';
import type { Lang } from '../domain/language';
import { type PlannedSweep, planSweepFromSheet } from './escalation-sweep';
import type { EscalationServices } from './escalation-services';
import { userLang } from './locale';

/** Open incidents offered in the dialog's list, the most recent rows first. */
const OFFERED = 200;

function openIncidents(planned: PlannedSweep): { id: string; label: string }[] {
  const at = planned.plan.positions;
  const offered: { id: string; label: string }[] = [];
  for (let i = planned.plan.rows.length - 1; i >= 0 && offered.length < OFFERED; i--) {
    const row = planned.plan.rows[i];
    if (!row?.decision || row.id === '') continue;
    const status = parseStatus(at.status === undefined ? '' : row.raw[at.status]);
    if (status && isFinished(status)) continue;
    const level = at.riskLevel === undefined ? '' : cellText(row.raw[at.riskLevel]);
    offered.push({ id: row.id, label: `${row.id} ${level}`.trim() });
  }
  return offered;
}

export function showRehearsal(services: EscalationServices, now: Date): string {
  const planned = planSweepFromSheet(services, now, { refresh: true });
  const lang = userLang(services.session) ?? planned.facts.lang;
  const settings = planned.settings.settings;
  const tz = planned.facts.timeZone;
  const local = localParts(now, tz);
  const html = rehearsalDialogHtml({
    flows: flowOf(settings),
    findings: checkRules(settings, calendarOf(settings, tz), planned.facts.lang),
    open: openIncidents(planned),
    lang,
    nowLocal: `${local.dayKey}T${local.hhmm}`,
  });
  const output = services.htmlService.createHtmlOutput(html).setWidth(780).setHeight(580);
  services.spreadsheetApp.getUi().showModalDialog(output, REHEARSAL_MESSAGES[lang].title);
  return html;
}

type Form = Partial<Record<'id' | 'impact' | 'urgency' | 'category' | 'reportedAt' | 'owner' | 'manager', unknown>>;

/** Called by the dialog: the timeline as escaped HTML, or an Error in the user's language. */
export function rehearseIncident(services: EscalationServices, form: unknown, now: Date): string {
  const planned = planSweepFromSheet(services, now);
  const lang: Lang = userLang(services.session) ?? planned.facts.lang;
  const m = REHEARSAL_MESSAGES[lang];
  const fields = (typeof form === 'object' && form !== null ? form : {}) as Form;
  const settings = planned.settings.settings;
  const tz = planned.facts.timeZone;
  const id = typeof fields.id === 'string' ? fields.id.trim() : '';
  const incident = id ? openIncident(planned, id) : hypothetical(fields, planned, tz);
  if (!incident) throw new Error(id ? m.unknownId(id) : m.badForm);
  const start = new Date(Math.max(now.getTime(), incident.reportedAt.getTime()));
  return timelineHtml(rehearse(incident, settings, calendarOf(settings, tz), start, planned.facts.lang), lang, tz);
}

function openIncident(planned: PlannedSweep, id: string): Incident | undefined {
  const row = planned.plan.rows.find((r) => r.id === id && r.decision);
  if (!row) return undefined;
  const cells = cellsOf(row.raw, planned.plan.positions);
  const { settings } = planned.settings;
  const read = readIncident(row.id, row.sheetRow, cells, settings, planned.facts.timeZone, planned.facts.lang);
  return read.incident && !isFinished(read.incident.status) ? read.incident : undefined;
}

function hypothetical(fields: Form, planned: PlannedSweep, tz: string): Incident | undefined {
  const impact = parseGrade(fields.impact)?.grade;
  const urgency = parseGrade(fields.urgency)?.grade;
  // datetime-local sends 2026-12-01T10:00: read on the document's clock.
  const text = typeof fields.reportedAt === 'string' ? fields.reportedAt.replace('T', ' ') : '';
  const reportedAt = parseDateTime(text, tz);
  if (!impact || !urgency || !reportedAt) return undefined;
  const owner = parseEmailList(fields.owner ?? '').emails[0];
  return {
    id: '—',
    sheetRow: 0,
    reportedAt,
    level: riskLevel(impact, urgency, planned.settings.settings.matrix),
    status: 'open',
    summary: '',
    category: parseCategory(fields.category),
    ownerEmail: owner,
    managerEmails: parseEmailList(fields.manager ?? '').emails,
    acknowledged: false,
    holdSince: null,
    holdMinutes: 0,
    resolvedAt: null,
    records: [],
  };
}
