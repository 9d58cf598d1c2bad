// The spreadsheet's Ui: menus added by onOpen, sidebars and dialogs shown, alerts raised.
import type { FakeHtmlOutput } from './html';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;

export type FakeMenuEntry =
  | { kind: 'item'; label: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; entries: FakeMenuEntry[] };

export class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly entries: FakeMenuEntry[] = [];

  constructor(
    private readonly ui: FakeUi,
    readonly title: string,
    readonly isAddonMenu: boolean,
  ) {}

  private self(): Menu {
    return this as unknown as Menu;
  }
  addItem(caption: string, functionName: string): Menu {
    this.entries.push({ kind: 'item', label: caption, functionName });
    return this.self();
  }
  addSeparator(): Menu {
    this.entries.push({ kind: 'separator' });
    return this.self();
  }
  addSubMenu(menu: Menu): Menu {
    const sub = menu as unknown as FakeMenu;
    this.entries.push({ kind: 'submenu', label: sub.title, entries: sub.entries });
    return this.self();
  }
  addToUi(): void {
    this.ui.menus = this.ui.menus.filter((m) => m.title !== this.title);
    this.ui.menus.push(this);
  }
}

export interface FakeAlert {
  title: string;
  prompt: string;
}

export class FakeUi implements Pick<
  Ui,
  'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'alert'
> {
  menus: FakeMenu[] = [];
  sidebar: FakeHtmlOutput | null = null;
  dialogs: { title: string; html: FakeHtmlOutput }[] = [];
  alerts: FakeAlert[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  /** The button the next alert "returns"; a person clicking OK by default. */
  nextAlertButton = 'OK';

  constructor(readonly addonTitle = 'Escalation') {}

  self(): Ui {
    return this as unknown as Ui;
  }
  createAddonMenu(): Menu {
    return new FakeMenu(this, this.addonTitle, true) as unknown as Menu;
  }
  createMenu(caption: string): Menu {
    return new FakeMenu(this, caption, false) as unknown as Menu;
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.sidebar = userInterface as unknown as FakeHtmlOutput;
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialogs.push({ title, html: userInterface as unknown as FakeHtmlOutput });
  }
  alert(titleOrPrompt: string, prompt?: unknown, _buttons?: unknown): GoogleAppsScript.Base.Button {
    this.alerts.push(
      typeof prompt !== 'string' ? { title: '', prompt: titleOrPrompt } : { title: titleOrPrompt, prompt },
    );
    return this.nextAlertButton as unknown as GoogleAppsScript.Base.Button;
  }

  /** The add-on menu as built by onOpen, for assertions. */
  addonMenu(): FakeMenu | undefined {
    return this.menus.find((m) => m.isAddonMenu);
  }
}
