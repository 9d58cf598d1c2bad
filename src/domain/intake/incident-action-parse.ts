// An action from the sidebar's incident view, checked again on the server: google.script.run hands
// over whatever the page sent, so every field is read as unknown. Problems come back together, one
// line each, in the user's language, naming the field as the sheet's column does.
import type { Lang } from '../language';
import { INCIDENT_COLUMNS } from '../incident-columns';
import {
  MEASURE_COLUMNS,
  MEASURE_KINDS,
  type MeasureKind,
  measureKindLabel,
  parseMeasureKind,
} from '../measures/measure-columns';
import type { IncidentAction } from './incident-contract';
import { INCIDENT_ACTION_MESSAGES } from './incident-action-messages';

/** Thrown with the message the sidebar shows as it is. */
export class ActionError extends Error {}

const ACTION_KINDS: ReadonlySet<IncidentAction['kind']> = new Set<IncidentAction['kind']>([
  'acknowledge',
  'instruct',
  'escalateNow',
  'handBack',
  'hold',
  'resume',
  'addMeasure',
  'measureDone',
  'effectCheck',
  'resolve',
  'retrospective',
  'close',
  'reopen',
]);

/** Far below a cell's 50,000 characters, far above a real direction or retrospective (as the report form). */
export const MAX_TEXT = 5000;

class Reader {
  readonly problems: string[] = [];
  private readonly m;
  constructor(
    readonly raw: Record<string, unknown>,
    private readonly lang: Lang,
  ) {
    this.m = INCIDENT_ACTION_MESSAGES[lang].errors;
  }

  /** Trimmed text; '' when optional and absent. */
  text(name: string, label: string, required: boolean): string {
    const value = this.raw[name];
    if (value === undefined || value === null) {
      if (required) this.problems.push(this.m.required(label));
      return '';
    }
    if (typeof value !== 'string') {
      this.problems.push(this.m.required(label));
      return '';
    }
    const trimmed = value.trim();
    if (required && trimmed === '') this.problems.push(this.m.required(label));
    else if (trimmed.length > MAX_TEXT) this.problems.push(this.m.tooLong(label, MAX_TEXT));
    return trimmed;
  }

  choice<T extends string>(name: string, label: string, allowed: readonly T[], words: readonly string[]): T {
    const value = this.raw[name];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(this.m.badChoice(label, String(value ?? ''), words.join(this.lang === 'ja' ? '・' : ', ')));
    return allowed[0] as T;
  }

  row(name: string): number {
    const value = this.raw[name];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 2) return value;
    this.problems.push(this.m.required(this.m.field.row));
    return 0;
  }

  column(key: keyof typeof INCIDENT_COLUMNS): string {
    return INCIDENT_COLUMNS[key][this.lang];
  }

  measureColumn(key: keyof typeof MEASURE_COLUMNS): string {
    return MEASURE_COLUMNS[key][this.lang];
  }
}

/** The action, every field checked; an ActionError listing every problem otherwise. */
export function parseAction(raw: unknown, lang: Lang): IncidentAction {
  const m = INCIDENT_ACTION_MESSAGES[lang].errors;
  if (typeof raw !== 'object' || raw === null) throw new ActionError(m.notAnAction);
  const fields = raw as Record<string, unknown>;
  const kind = fields.kind as IncidentAction['kind'];
  if (!ACTION_KINDS.has(kind) || typeof fields.id !== 'string' || fields.id.trim() === '')
    throw new ActionError(m.notAnAction);
  const id = fields.id.trim();
  const r = new Reader(fields, lang);
  const action = readFields(kind, id, r, lang);
  if (r.problems.length > 0) throw new ActionError(r.problems.join('\n'));
  return action;
}

function readFields(kind: IncidentAction['kind'], id: string, r: Reader, lang: Lang): IncidentAction {
  const m = INCIDENT_ACTION_MESSAGES[lang];
  const reason = () => r.text('reason', m.errors.field.reason, true);
  switch (kind) {
    case 'acknowledge':
    case 'instruct': {
      const instruction = r.text('instruction', r.column('instruction'), kind === 'instruct');
      const resources = r.text('resources', r.column('resources'), false);
      return { kind, id, instruction, resources } as IncidentAction;
    }
    case 'escalateNow': {
      const to = r.choice('to', m.errors.field.to, ['manager', 'executives'] as const, toWords(lang));
      return { kind, id, to, reason: reason() };
    }
    case 'handBack':
    case 'hold':
    case 'reopen':
      return { kind, id, reason: reason() };
    case 'resume':
    case 'close':
      return { kind, id };
    case 'addMeasure':
      return {
        kind,
        id,
        measure: r.text('measure', r.measureColumn('measure'), true),
        measureKind: measureKindOf(r, lang),
        owner: r.text('owner', r.measureColumn('owner'), true),
        due: r.text('due', r.measureColumn('dueAt'), true),
      };
    case 'measureDone':
      return { kind, id, row: r.row('row') };
    case 'effectCheck':
      return { kind, id, row: r.row('row'), result: r.text('result', r.measureColumn('effectResult'), true) };
    case 'resolve': {
      const words = m.detail.recurrence;
      return {
        kind,
        id,
        confirmedBy: r.text('confirmedBy', r.column('confirmedBy'), true),
        recurrenceRisk: r.choice('recurrenceRisk', r.column('recurrenceRisk'), ['yes', 'no'] as const, [
          words.yes,
          words.no,
        ]),
        note: r.text('note', m.errors.field.note, false),
      };
    }
    case 'retrospective':
      return {
        kind,
        id,
        rootCause: r.text('rootCause', r.column('rootCause'), true),
        wentWell: r.text('wentWell', r.column('wentWell'), false),
        toImprove: r.text('toImprove', r.column('toImprove'), false),
        prevention: r.text('prevention', r.column('prevention'), false),
      };
  }
}

function toWords(lang: Lang): string[] {
  return lang === 'ja' ? ['上位管理者', '経営層'] : ['the manager', 'the executives'];
}

/** The code word, or either language's label (a page may send what it shows). */
function measureKindOf(r: Reader, lang: Lang): MeasureKind {
  const parsed = parseMeasureKind(r.raw.measureKind);
  if (parsed) return parsed;
  return r.choice(
    'measureKind',
    r.measureColumn('kind'),
    MEASURE_KINDS,
    MEASURE_KINDS.map((k) => measureKindLabel(k, lang)),
  );
}
