// The escalation sweep (dist/Code.js in node:vm over the fakes) on 10,000 and 100,000 incidents,
// beside a per-row reference sweep written the way typical scripts do it: one getValue per cell,
// one email per overdue row, one setValue per row.
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { columnPositions, INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { DEFAULT_SETTINGS } from '../../src/domain/settings/settings';
import { settingsGrid } from '../../src/domain/settings/settings-layout';
import { type AppsScriptFakes, FakeClock, createAppsScriptFakes, spreadsheetCalls } from '../fakes';
import { loadBundle } from '../fakes/load-bundle';
import type { FakeSheet } from '../fakes/sheet';
import type { BenchSection } from './bench';
import { sweep, turnOnWithMessage } from '../../src/adapters/escalation-menu-actions';
import type { EscalationServices } from '../../src/adapters/escalation-services';

const NOW = '2026-11-30T10:10:00+09:00'; // a Monday in business hours
const MANAGERS = 200;
const GRADES = [
  ['中', '高'],
  ['中', '中'],
  ['高', '中'],
  ['低', '高'],
]; // high, medium, high, medium

function fill(sheet: FakeSheet, rows: unknown[][]): void {
  rows.forEach((row, r) => row.forEach((value, c) => sheet.store(r + 1, c + 1, { value, formula: '' })));
}

/** Every incident past its deadlines, routed to one of 200 managers by its own row. */
function seed(fakes: AppsScriptFakes, count: number): FakeSheet {
  const incidents = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName()) as FakeSheet;
  // Reported over the past weeks at distinct minutes, as real incidents are.
  const reported = (i: number) => new Date(new Date('2026-11-16T10:00:00+09:00').getTime() - (i % 20_000) * 7 * 60_000);
  const row = (i: number) => {
    const [impact, urgency] = GRADES[i % GRADES.length] as string[];
    const cells: Record<string, unknown> = {
      id: `INC-${String(i + 1).padStart(6, '0')}`,
      reportedAt: reported(i),
      summary: `案件 ${i + 1}`,
      impact,
      urgency,
      status: '対応中',
      managerEmail: `manager${i % MANAGERS}@example.com`,
    };
    return INCIDENT_COLUMN_KEYS.map((k) => cells[k] ?? '');
  };
  fill(incidents, [
    INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja),
    ...Array.from({ length: count }, (_, i) => row(i)),
  ]);
  const settings = fakes.spreadsheet.sheet(
    fakes.spreadsheet.insertSheet('エスカレーション設定').getName(),
  ) as FakeSheet;
  fill(settings, settingsGrid(DEFAULT_SETTINGS, 'ja'));
  return incidents;
}

/** The typical script: read each cell it needs, mail each overdue row, mark each row. */
function referenceSweep(fakes: AppsScriptFakes, now: Date): void {
  const sheet = fakes.globals.SpreadsheetApp.getActive().getSheetByName(
    'インシデント',
  ) as GoogleAppsScript.Spreadsheet.Sheet;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as unknown[];
  const at = columnPositions(header);
  const col = (key: keyof typeof INCIDENT_COLUMNS) => (at[key] as number) + 1;
  for (let r = 2; r <= sheet.getLastRow(); r++) {
    const reportedAt = sheet.getRange(r, col('reportedAt')).getValue() as Date;
    const status = sheet.getRange(r, col('status')).getValue();
    const impact = sheet.getRange(r, col('impact')).getValue();
    const urgency = sheet.getRange(r, col('urgency')).getValue();
    const manager = sheet.getRange(r, col('managerEmail')).getValue() as string;
    const hours = impact === '高' || urgency === '高' ? 9 : 45;
    if (status !== '解決済み' && now.getTime() - reportedAt.getTime() > hours * 3_600_000) {
      fakes.globals.MailApp.sendEmail(
        manager,
        `エスカレーション: ${String(sheet.getRange(r, col('id')).getValue())}`,
        '期限を過ぎています',
      );
      sheet.getRange(r, col('stage')).setValue('第2段階');
    }
  }
}

v8.setFlagsFromString('--expose-gc');
/** Collects the seeding's garbage first, so the sweep is not charged for it. */
const collectGarbage = vm.runInNewContext('gc') as () => void;

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Wraps the services so the CPU spent inside the fakes (copying 2.5 million cells, parsing what is
 * written) is counted apart: in Apps Script that work happens on Google's side of each call.
 */
function timedServices<T extends object>(services: T, spent: { ms: number }): T {
  const wrap = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return value;
    return new Proxy(value, {
      get(target, key) {
        const member = Reflect.get(target, key, target) as unknown;
        if (typeof member !== 'function') return wrap(member);
        return (...args: unknown[]) => {
          let result: unknown;
          spent.ms += cpuMs(() => {
            result = (member as (...a: unknown[]) => unknown).apply(target, args);
          });
          return wrap(result);
        };
      },
    });
  };
  return Object.fromEntries(Object.entries(services).map(([name, service]) => [name, wrap(service)])) as T;
}

/**
 * The same sweep run from the TypeScript sources, not the bundle in node:vm: a contextified vm
 * global makes every use of Date, Map or Math in the bundle slower than Apps Script's V8 would.
 */
function sweepInProcess(count: number): number {
  const clock = new FakeClock(NOW);
  const fakes = createAppsScriptFakes({ clock, mailQuota: 10_000_000 });
  seed(fakes, count);
  const inFakes = { ms: 0 };
  const services = timedServices(
    {
      ...fakes.globals,
      spreadsheetApp: fakes.globals.SpreadsheetApp,
      mailApp: fakes.globals.MailApp,
      scriptApp: fakes.globals.ScriptApp,
      propertiesService: fakes.globals.PropertiesService,
      lockService: fakes.globals.LockService,
      session: fakes.globals.Session,
      htmlService: fakes.globals.HtmlService,
    },
    inFakes,
  ) as unknown as EscalationServices;
  turnOnWithMessage(services, clock.now());
  inFakes.ms = 0;
  collectGarbage();
  return cpuMs(() => sweep(services, clock.now())) - inFakes.ms;
}

/** The bundle's sweep in a fresh node:vm context on freshly seeded fakes: cold, as each Apps Script run is. */
function sweepInBundle(count: number): { cpu: number; inFakes: number; calls: number; emails: number } {
  const clock = new FakeClock(NOW);
  const ours = createAppsScriptFakes({ clock, mailQuota: 10_000_000 });
  seed(ours, count);
  const inFakes = { ms: 0 };
  const bundle = loadBundle(join(process.cwd(), 'dist', 'Code.js'), timedServices(ours.globals, inFakes), clock);
  bundle.call('turnOnEscalations'); // what the owner did before the hourly runs
  ours.calls.reset();
  inFakes.ms = 0;
  collectGarbage();
  const cpu = cpuMs(() => bundle.call('checkEscalations')) - inFakes.ms;
  return { cpu, inFakes: inFakes.ms, calls: spreadsheetCalls(ours.calls), emails: ours.mail.outbox.length };
}

/** The 2-core machine is noisy: each CPU figure is the median of RUNS cold runs, with their range. */
const RUNS = 3;
function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}
const spread = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

function measure(count: number): string {
  const runs = Array.from({ length: RUNS }, () => sweepInBundle(count));
  const cpus = runs.map((r) => r.cpu);
  const inProcess = sweepInProcess(count); // once: later runs of the same module code would start warm
  const { calls: sweepCalls, emails } = runs[0] as (typeof runs)[number];
  const clock = new FakeClock(NOW);
  const reference = createAppsScriptFakes({ clock, mailQuota: 10_000_000 });
  seed(reference, count);
  reference.calls.reset();
  collectGarbage();
  const referenceCpu = cpuMs(() => referenceSweep(reference, clock.now()));
  const referenceCalls = spreadsheetCalls(reference.calls);
  const recipients = new Set(reference.mail.outbox.flatMap((m) => m.to)).size;
  return (
    `| ${count.toLocaleString('en')} | ${sweepCalls} | ${referenceCalls.toLocaleString('en')} | ${Math.round(referenceCalls / sweepCalls).toLocaleString('en')}x ` +
    `| ${emails} | ${reference.mail.outbox.length.toLocaleString('en')} | ${recipients} ` +
    `| ${median(cpus).toFixed(0)} ms (${spread(cpus)}; + ${median(runs.map((r) => r.inFakes)).toFixed(0)} ms in the fakes; ` +
    `${inProcess.toFixed(0)} ms outside node:vm, one run) | ${referenceCpu.toFixed(0)} ms |`
  );
}

export const sweepBenchmarks: BenchSection = {
  title: 'Escalation sweep (dist/Code.js in node:vm over the fakes) vs a per-row reference sweep',
  run() {
    return [
      '| incidents | sweep Spreadsheet calls (goal ≤ 10) | reference calls | fewer calls (goal ≥ 1000x at 10,000) ' +
        '| sweep emails | reference emails | distinct recipients (goal = sweep emails) | sweep script CPU, median of 3 cold runs (goal < 1 s at 100,000) | reference CPU (script and fakes) |',
      '|---|---|---|---|---|---|---|---|---|',
      measure(10_000),
      measure(100_000),
    ];
  },
};
