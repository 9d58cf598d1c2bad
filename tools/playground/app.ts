// The playground as the page drives it: one session at a time, every action saved to disk
// afterwards, new emails written as .eml files, and bad input refused before anything changes.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FakeClock } from '../fakes/clock';
import { type ClockStep, advanceClock } from './clock-control';
import { demoSheets } from './demo';
import { editCell, resolveCell } from './edits';
import { writeNewEmls } from './eml';
import { refusal } from './messages';
import { callServerFunction } from './rpc';
import { PEOPLE, PlaygroundSession } from './session';
import { type PlaygroundView, playgroundView } from './snapshot';
import { StateStore, captureState, replaceSheets, restoreState } from './state-file';
import { exportXlsx, readXlsx } from './xlsx';

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
    const saved = options.demo ? null : this.store.load();
    if (options.demo) this.store.backUp();
    this.session = this.freshSession(saved === null && options.demo === true);
    if (saved) restoreState(this.session, saved);
    this.emlsWritten = existsSync(this.outboxDir)
      ? readdirSync(this.outboxDir).filter((n) => n.endsWith('.eml')).length
      : 0;
    this.session.open();
  }

  private freshSession(demo: boolean): PlaygroundSession {
    const session = new PlaygroundSession({
      distDir: this.options.distDir,
      clock: new FakeClock(this.options.startAt),
    });
    if (demo) replaceSheets(session, demoSheets(session.fakes.clock.now()));
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
    this.store.save(captureState(this.session));
  }

  runMenuItem(functionName: unknown): void {
    this.session.runMenuItem(String(functionName));
  }

  callServer(name: unknown, args: unknown): unknown {
    return callServerFunction(this.session, name, args);
  }

  editCell(reference: unknown, currentSheet: unknown, text: unknown): void {
    editCell(this.session, resolveCell(this.session, reference, currentSheet), text);
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

  async importXlsx(data: Buffer): Promise<void> {
    const sheets = await readXlsx(data, this.session.fakes.spreadsheet.zone);
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
