// The playground's state on disk (.playground/state.json): the workbook, properties, triggers,
// outbox, clock and execution log, so a session carries on where the last one stopped.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeConditionalRule, FakeValidation } from '../fakes/builders';
import type { StoredCell } from '../fakes/cell-input';
import type { SentMail } from '../fakes/mail';
import { FakeTrigger } from '../fakes/script-app';
import type { FakeSheet } from '../fakes/sheet';
import type { Execution, PlaygroundSession } from './session';

const VERSION = 1;

interface SavedSheet {
  name: string;
  frozenRows: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  cells: [number, number, unknown, string][];
  numberFormats: [string, string][];
  validations: [string, FakeValidation | null][];
  backgrounds: [string, string | null][];
  conditionalRules: FakeConditionalRule[];
  spills: string[];
}

export interface SavedState {
  version: number;
  clock: string;
  spreadsheet: { name: string; timeZone: string; locale: string; sheets: SavedSheet[] };
  properties: Record<'document' | 'script' | 'user', Record<string, string>>;
  /** Each person's user properties, by email (absent in files saved before people were switchable). */
  userProperties?: Record<string, Record<string, string>>;
  /** The file's developer metadata (the escalation switch lives there). */
  metadata?: { key: string; value: string }[];
  /** Who is using the playground now. */
  currentUser?: string;
  triggers: {
    id: string;
    handler: string;
    eventType: FakeTrigger['eventType'];
    periodMs: number | null;
    nextRunMs: number | null;
    /** Who made it (absent in files saved before triggers had owners). */
    owner?: string;
  }[];
  outbox: (Omit<SentMail, 'sentAt'> & { sentAt: string })[];
  mailQuota: number;
  /** When the mail quota's 24-hour window began; absent in files saved before it was kept. */
  mailWindowStartMs?: number | null;
  executions: Execution[];
}

/** Dates are tagged so they come back as Dates, not strings. */
const encode = (value: unknown) => (value instanceof Date ? { date: value.toISOString() } : value);
const decode = (value: unknown) =>
  typeof value === 'object' && value !== null && 'date' in value ? new Date((value as { date: string }).date) : value;

export function captureState(session: PlaygroundSession): SavedState {
  const { fakes } = session;
  return {
    version: VERSION,
    clock: fakes.clock.now().toISOString(),
    spreadsheet: {
      name: fakes.spreadsheet.name,
      timeZone: fakes.spreadsheet.zone,
      locale: fakes.spreadsheet.locale,
      sheets: fakes.spreadsheet.sheets.map((sheet) => captureSheet(sheet, session.recalc.spilledCells(sheet))),
    },
    properties: {
      document: Object.fromEntries(fakes.properties.document.store),
      script: Object.fromEntries(fakes.properties.script.store),
      user: Object.fromEntries(fakes.properties.user.store),
    },
    userProperties: Object.fromEntries(
      [...fakes.properties.users].map(([email, store]) => [email, Object.fromEntries(store.store)]),
    ),
    metadata: fakes.spreadsheet.metadata.map(({ key, value }) => ({ key, value })),
    currentUser: fakes.user.email,
    triggers: fakes.scriptApp.triggers.map(({ id, handler, eventType, periodMs, nextRunMs, owner }) => ({
      owner,
      id,
      handler,
      eventType,
      periodMs,
      nextRunMs,
    })),
    outbox: fakes.mail.outbox.map((mail) => ({ ...mail, sentAt: mail.sentAt.toISOString() })),
    mailQuota: fakes.mail.remaining(),
    mailWindowStartMs: fakes.mail.windowStartMs,
    executions: session.executions,
  };
}

function captureSheet(sheet: FakeSheet, spills: string[]): SavedSheet {
  const cells: SavedSheet['cells'] = [];
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.value !== '' || cell.formula !== '') cells.push([r + 1, c + 1, encode(cell.value), cell.formula]);
    }),
  );
  return {
    name: sheet.nameNow(),
    frozenRows: sheet.frozenRows,
    hidden: sheet.hidden,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    cells,
    numberFormats: [...sheet.numberFormats],
    validations: [...sheet.validations],
    backgrounds: [...sheet.backgrounds],
    conditionalRules: structuredClone(sheet.conditionalRules),
    spills,
  };
}

/** Puts a saved state into a freshly made session (whose bundle has not yet been opened). */
export function restoreState(session: PlaygroundSession, state: SavedState): void {
  if (state.version !== VERSION) throw new Error(`Saved state version ${state.version} is not ${VERSION}`);
  const { fakes } = session;
  fakes.clock.set(state.clock);
  Object.assign(fakes.spreadsheet, {
    name: state.spreadsheet.name,
    zone: state.spreadsheet.timeZone,
    locale: state.spreadsheet.locale,
  });
  replaceSheets(
    session,
    state.spreadsheet.sheets.map((saved) => ({
      ...saved,
      cells: saved.cells.map(([r, c, v, f]) => [r, c, decode(v), f]),
    })),
  );
  if (state.currentUser) fakes.actAs(state.currentUser);
  for (const kind of ['document', 'script', 'user'] as const) {
    for (const [k, v] of Object.entries(state.properties[kind])) fakes.properties[kind].store.set(k, v);
  }
  for (const [email, saved] of Object.entries(state.userProperties ?? {})) {
    for (const [k, v] of Object.entries(saved)) fakes.properties.userOf(email).store.set(k, v);
  }
  state.metadata?.forEach(({ key, value }, i) => fakes.spreadsheet.metadata.push({ id: i + 1, key, value }));
  fakes.scriptApp.restoreTriggers(
    state.triggers.map((t) => new FakeTrigger(t.id, t.handler, t.eventType, t.periodMs, t.nextRunMs, t.owner ?? '')),
  );
  fakes.mail.outbox.push(...state.outbox.map((mail) => ({ ...mail, sentAt: new Date(mail.sentAt) })));
  fakes.mail.quota = state.mailQuota;
  fakes.mail.windowStartMs = state.mailWindowStartMs ?? null;
  session.executions = state.executions;
  fakes.calls.reset();
}

export type SheetContent = Partial<Omit<SavedSheet, 'cells'>> & {
  name: string;
  cells: [number, number, unknown, string][];
};

/**
 * Replaces every sheet of the workbook (restore and .xlsx import); values are stored as given,
 * never re-read as input.
 */
export function replaceSheets(session: PlaygroundSession, sheets: SheetContent[]): void {
  const { spreadsheet } = session.fakes;
  spreadsheet.sheets.length = 0;
  for (const saved of sheets) {
    spreadsheet.insertSheet(saved.name);
    const sheet = spreadsheet.sheet(saved.name) as FakeSheet;
    Object.assign(sheet, {
      frozenRows: saved.frozenRows ?? 0,
      hidden: saved.hidden ?? false,
      maxRows: Math.max(saved.maxRows ?? 1000, 1000),
      maxColumns: Math.max(saved.maxColumns ?? 26, 26),
      conditionalRules: saved.conditionalRules ?? [],
    });
    for (const [r, c, value, formula] of saved.cells) sheet.store(r, c, { value, formula } as StoredCell);
    for (const [k, v] of saved.numberFormats ?? []) sheet.numberFormats.set(k, v);
    for (const [k, v] of saved.validations ?? []) sheet.validations.set(k, v);
    for (const [k, v] of saved.backgrounds ?? []) sheet.backgrounds.set(k, v);
    session.recalc.adoptSpills(sheet, saved.spills ?? []);
  }
  if (spreadsheet.sheets.length === 0) spreadsheet.insertSheet('シート1');
}

/** Where state lives: one JSON file, written whole through a temporary file so a crash cannot leave half. */
export class StateStore {
  readonly file: string;

  constructor(readonly dir: string) {
    this.file = join(dir, 'state.json');
  }

  load(): SavedState | null {
    if (!existsSync(this.file)) return null;
    return JSON.parse(readFileSync(this.file, 'utf8')) as SavedState;
  }

  save(state: SavedState): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(state));
    renameSync(`${this.file}.tmp`, this.file);
  }

  /** Keeps the old state beside the new one rather than deleting what someone built. */
  backUp(): string | null {
    if (!existsSync(this.file)) return null;
    const backup = join(this.dir, 'state.backup.json');
    renameSync(this.file, backup);
    return backup;
  }

  clear(): void {
    rmSync(this.file, { force: true });
  }
}
