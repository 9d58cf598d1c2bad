// The playground as the page drives it: one session at a time, every action saved to disk
// afterwards, new emails written as .eml files, and bad input refused before anything changes.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FakeClock } from '../fakes/clock';
import { type ClockStep, advanceClock } from './clock-control';
import { demoSheets } from './demo';
import { editCell, resolveCell } from './edits';
import { writeNewEmls } from './eml';
import { PlaygroundError, refusal } from './messages';
import { callServerFunction } from './rpc';
import { SPREADSHEET_LOCALES, USER_LOCALES } from './locales';
import { PEOPLE, PlaygroundSession } from './session';
import { type PlaygroundView, playgroundView } from './snapshot';
import { type SavedState, StateStore, captureState, replaceSheets, restoreState } from './state-file';
import { exportXlsx, readXlsx } from './xlsx';
import { langFromLocale } from '../../src/domain/language';

/**
 * state.json also keeps each person's language. The spreadsheet's locale is part of the workbook
 * (saved with it); a person's language belongs to their account, so it is kept beside the workbook.
 */
type SavedApp = SavedState & { userLocales?: Record<string, string> };

export interface PlaygroundAppOptions {
  distDir: string;
  /** Where state.json and outbox/*.eml go (.playground/ by default). */
  stateDir: string;
  /** Start from the sample incidents (any saved state is backed up first). */
  demo?: boolean;
  /** Where a fresh session's clock starts. */
  startAt?: string;
}

export class PlaygroundApp {
  session: PlaygroundSession;
  readonly store: StateStore;
  readonly outboxDir: string;
  private emlsWritten = 0;
  private sidebarVersion = 0;
  private lastSidebar: unknown = null;

  constructor(readonly options: PlaygroundAppOptions) {
    this.store = new StateStore(options.stateDir);
    this.outboxDir = join(options.stateDir, 'outbox');
    const saved: SavedApp | null = options.demo ? null : this.store.load();
    if (options.demo) this.store.backUp();
    this.session = this.freshSession(saved === null && options.demo === true);
    if (saved) restoreState(this.session, saved);
    for (const [email, locale] of Object.entries(saved?.userLocales ?? {})) this.session.userLocales.set(email, locale);
    this.emlsWritten = existsSync(this.outboxDir)
      ? readdirSync(this.outboxDir).filter((n) => n.endsWith('.eml')).length
      : 0;
    this.session.open();
  }

  /** A new workbook keeps the playground's settings: the spreadsheet locale chosen, each person's language. */
  private freshSession(demo: boolean): PlaygroundSession {
    // undefined while the constructor makes the first session
    const before = this.session as PlaygroundSession | undefined;
    const session = new PlaygroundSession({
      distDir: this.options.distDir,
      clock: new FakeClock(this.options.startAt),
      spreadsheetLocale: before?.fakes.spreadsheet.locale,
      userLocales: before ? Object.fromEntries(before.userLocales) : {},
    });
    // In the workbook's language: an English workbook (en_US) gets an English demo.
    if (demo)
      replaceSheets(session, demoSheets(session.fakes.clock.now(), langFromLocale(session.fakes.spreadsheet.locale)));
    session.recalc.recalculateAll();
    return session;
  }

  view(): PlaygroundView {
    if (this.session.fakes.ui.sidebar !== this.lastSidebar) {
      this.lastSidebar = this.session.fakes.ui.sidebar;
      this.sidebarVersion++;
    }
    return playgroundView(this.session, this.sidebarVersion);
  }

  /** After every action: new emails to disk, state to disk. */
  async persist(): Promise<void> {
    this.emlsWritten = await writeNewEmls(this.session.fakes.mail.outbox, this.outboxDir, this.emlsWritten);
    const state: SavedApp = {
      ...captureState(this.session),
      userLocales: Object.fromEntries(this.session.userLocales),
    };
    this.store.save(state);
  }

  /**
   * The spreadsheet's locale (File → Settings in Sheets) or the language of the person using the
   * playground now. Either change reloads the document as Sheets does: the sidebar and dialogs
   * close and onOpen builds the menu again, in the language now in force.
   */
  setLocale(setting: unknown, locale: unknown): void {
    const allowed: readonly string[] = setting === 'spreadsheet' ? SPREADSHEET_LOCALES : USER_LOCALES;
    const chosen = allowed.find((l) => l === locale);
    if (!chosen || (setting !== 'spreadsheet' && setting !== 'user'))
      throw refusal('unknownLocale', String(locale), allowed.join(', '));
    const { fakes } = this.session;
    // Set directly, not through setSpreadsheetLocale: the person changed a setting, the script made no call.
    if (setting === 'spreadsheet') fakes.spreadsheet.locale = chosen;
    else this.session.userLocales.set(fakes.user.email, chosen);
    fakes.ui.sidebar = null;
    fakes.ui.dialogs.length = 0;
    this.session.open();
  }

  runMenuItem(functionName: unknown): void {
    this.session.runMenuItem(String(functionName));
  }

  /**
   * The person selected a cell in the grid: the add-on's getActiveSheet and getActiveRange see it, as
   * they see the person's selection in Sheets (the sidebar's "open the selected row" reads it).
   */
  select(reference: unknown, currentSheet: unknown): void {
    const cell = resolveCell(this.session, reference, currentSheet);
    this.session.fakes.spreadsheet.selectByPerson(cell.sheet, cell.a1);
  }

  callServer(name: unknown, args: unknown): unknown {
    return callServerFunction(this.session, name, args);
  }

  editCell(reference: unknown, currentSheet: unknown, text: unknown): void {
    const cell = resolveCell(this.session, reference, currentSheet);
    // The cell typed in is the selection, as in Sheets.
    this.session.fakes.spreadsheet.selectByPerson(cell.sheet, cell.a1);
    editCell(this.session, cell, text);
  }

  /**
   * Another person opens the same file: their own browser (no sidebar or dialog of the other's),
   * their own triggers and user properties, and onOpen runs for them.
   */
  actAs(email: unknown): void {
    const person = PEOPLE.find((p) => p === email);
    if (!person) throw refusal('unknownPerson', String(email), PEOPLE.join(', '));
    if (person === this.session.fakes.user.email) return;
    const { ui } = this.session.fakes;
    ui.sidebar = null;
    ui.dialogs.length = 0;
    this.session.fakes.actAs(person);
    this.session.open();
  }

  advanceClock(step: ClockStep): void {
    advanceClock(this.session, step);
  }

  /** google.script.host.close() from the sidebar or a dialog. */
  closeHost(kind: unknown, index: unknown): void {
    const { ui } = this.session.fakes;
    if (kind === 'sidebar') ui.sidebar = null;
    else ui.dialogs.splice(Number(index), 1);
  }

  reset(demo: boolean): void {
    this.store.backUp();
    rmSync(this.outboxDir, { recursive: true, force: true });
    this.emlsWritten = 0;
    this.session = this.freshSession(demo);
    this.session.open();
  }

  /** Whatever goes wrong reading the file, the person is told in their language, never in exceljs's. */
  async importXlsx(data: Buffer): Promise<void> {
    const sheets = await readXlsx(data, this.session.fakes.spreadsheet.zone).catch((error: unknown) => {
      throw error instanceof PlaygroundError ? error : refusal('xlsxUnreadable');
    });
    replaceSheets(this.session, sheets);
    this.session.recalc.recalculateAll();
  }

  exportXlsx(): Promise<Buffer> {
    return exportXlsx(this.session.fakes.spreadsheet, (sheet) => this.session.recalc.spilledCells(sheet));
  }

  mail(id: unknown) {
    const mail = this.session.fakes.mail.outbox[Number(id)];
    if (!mail) throw refusal('unknownMail', String(id));
    return mail;
  }

  /** The HTML a sidebar or dialog shows (before the page adds its google.script bridge). */
  hostedHtml(kind: string, index: number): string | null {
    const { ui } = this.session.fakes;
    const output = kind === 'sidebar' ? ui.sidebar : ui.dialogs[index]?.html;
    return output ? output.getContent() : null;
  }
}
