// One set of in-memory Apps Script services, wired together, with the globals a bundle expects.
import { CallLog } from './call-log';
import { ExecutionContext } from './context';
import { FakeClock } from './clock';
import { createFakeHtmlService } from './html';
import { FAKE_CHART_TYPES } from './charts';
import { createFakeLockService, type FakeLockState } from './lock';
import { FakeMailApp } from './mail';
import { createFakePropertiesService } from './properties';
import { FakeScriptApp } from './script-app';
import { type FakeSessionOptions, FakeUser, createFakeSession } from './session';
import { type FakeSpreadsheetOptions, FakeSpreadsheet, createFakeSpreadsheetApp } from './spreadsheet';
import { FakeUi } from './ui';

export interface AppsScriptFakesOptions {
  spreadsheet?: FakeSpreadsheetOptions;
  session?: FakeSessionOptions;
  clock?: FakeClock;
  mailQuota?: number;
  htmlFiles?: Record<string, string>;
  /** Share one lock between several fake "executions" of the same document. */
  lockState?: FakeLockState;
}

export type AppsScriptFakes = ReturnType<typeof createAppsScriptFakes>;

export function createAppsScriptFakes(options: AppsScriptFakesOptions = {}) {
  const calls = new CallLog();
  const clock = options.clock ?? new FakeClock();
  calls.runTime = () => clock.checkRunTime();
  const spreadsheet = new FakeSpreadsheet(calls, options.spreadsheet);
  const ui = new FakeUi();
  const mail = new FakeMailApp(calls, clock, options.mailQuota);
  const user = new FakeUser(options.session);
  const context = new ExecutionContext();
  const scriptApp = new FakeScriptApp(calls, clock, () => user.email);
  const properties = createFakePropertiesService(calls, () => user.email, context);
  const lock = createFakeLockService(calls, options.lockState, clock, context);
  const globals = {
    SpreadsheetApp: createFakeSpreadsheetApp(spreadsheet, ui, context),
    PropertiesService: properties.service,
    LockService: lock.service,
    MailApp: mail,
    ScriptApp: scriptApp,
    HtmlService: createFakeHtmlService(options.htmlFiles ?? {}),
    Session: createFakeSession(options.session, user),
    Charts: { ChartType: FAKE_CHART_TYPES },
  };
  /** From now on the add-on is used by another person (their triggers, their email). */
  const actAs = (email: string): void => {
    user.email = email;
    user.effectiveEmail = undefined;
  };
  return { calls, clock, spreadsheet, ui, mail, scriptApp, properties, lock, globals, user, actAs, context };
}

export { CallLog, spreadsheetCalls } from './call-log';
export { FakeClock } from './clock';
export { FakeLockState } from './lock';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSheet } from './sheet';
export type { SentMail } from './mail';
