// The playground at 20,000 incidents, server side: how long the page's load takes (the first view
// and the grid's first rows window), a cell edit (the add-on's onEdit, recalculation, the state
// saved, the new view) and the hourly run (a busy first hour with every incident overdue, then a
// quiet one). The real dist/Code.js runs in node:vm over the fakes, as `npm start` runs it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import type { FakeSheet } from '../fakes/sheet';
import { PlaygroundApp } from '../playground/app';
import { rowsWindow } from '../playground/grid-window';
import type { BenchSection } from './bench';

const INCIDENTS = 20_000;
const SHEET = 'インシデント';
const GRADES = [
  ['中', '高', '高リスク'],
  ['中', '中', '中リスク'],
  ['高', '中', '高リスク'],
  ['低', '高', '中リスク'],
];

/** 20,000 incidents with a few hundred characters of report text each, reported over past weeks. */
function seed(app: PlaygroundApp): void {
  const { spreadsheet } = app.session.fakes;
  const sheet = spreadsheet.sheet(spreadsheet.insertSheet(SHEET).getName()) as FakeSheet;
  const text = (i: number, what: string) =>
    `${what} ${i + 1}: ${'重要顧客からの発注が突然キャンセルされ、支店の年間売上目標に影響が出る可能性があります。'.repeat(6)}`;
  const rows = [
    INCIDENT_COLUMN_KEYS.map((k) => INCIDENT_COLUMNS[k].ja),
    ...Array.from({ length: INCIDENTS }, (_, i) => {
      const [impact, urgency, riskLevel] = GRADES[i % GRADES.length] as string[];
      const cells: Record<string, unknown> = {
        id: `INC-${String(i + 1).padStart(6, '0')}`,
        reportedAt: new Date(new Date('2026-11-16T10:00:00+09:00').getTime() - i * 7 * 60_000),
        summary: text(i, '案件'),
        actionsTaken: text(i, '対応'),
        assessment: text(i, '評価'),
        impact,
        urgency,
        riskLevel,
        status: '対応中',
        managerEmail: `manager${i % 200}@example.com`,
      };
      return INCIDENT_COLUMN_KEYS.map((k) => cells[k] ?? '');
    }),
  ];
  rows.forEach((row, r) => row.forEach((value, c) => sheet.store(r + 1, c + 1, { value, formula: '' })));
  // set-up after the rows, as on a sheet that grew: dropdowns and colours cover every row
  app.runMenuItem('setUpSheets');
  app.runMenuItem('turnOnEscalations');
}

interface Timing {
  action: number;
  saved: number;
  view: number;
  bytes: number;
}

/** An action as the server answers it: the action, the state saved, the view and the grid's window. */
async function timed(app: PlaygroundApp, action: (() => unknown) | null): Promise<Timing> {
  const t0 = performance.now();
  await action?.();
  const t1 = performance.now();
  if (action) await app.persist(); // a page load reads; it saves nothing
  const t2 = performance.now();
  const view = JSON.stringify(app.view());
  const window = JSON.stringify(rowsWindow(app.session, { sheet: SHEET, start: 0, count: 100 }));
  const t3 = performance.now();
  return { action: t1 - t0, saved: t2 - t1, view: t3 - t2, bytes: view.length + window.length };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const row = (what: string, t: Timing, action = ms(t.action), saved = ms(t.saved)) =>
  `| ${what} | ${ms(t.action + t.saved + t.view)} | ${action} | ${saved} | ${ms(t.view)} | ${(t.bytes / 1024).toFixed(0)} KB |`;

export const playgroundBenchmarks: BenchSection = {
  title: `Playground at ${INCIDENTS.toLocaleString('en-US')} incidents (server side, dist/Code.js in node:vm)`,
  async run() {
    const stateDir = mkdtempSync(join(tmpdir(), 'playground-bench-'));
    try {
      const app = new PlaygroundApp({
        distDir: join(process.cwd(), 'dist'),
        stateDir,
        startAt: '2026-11-30T10:10:00+09:00', // a Monday in business hours
      });
      seed(app);
      const load = await timed(app, null);
      const edit = await timed(app, () => app.editCell('P100', SHEET, '対応中'));
      const busy = await timed(app, () => app.advanceClock({ kind: 'hour' }));
      const sent = app.session.fakes.mail.outbox.length;
      const quiet = await timed(app, () => app.advanceClock({ kind: 'hour' }));
      return [
        `| action | total | add-on and recalculation | state saved | view and first rows window | sent to the page |`,
        `|---|---|---|---|---|---|`,
        row('page load (first view and rows window)', load, '—', '—'),
        row('cell edit (status on row 100; onEdit runs)', edit),
        row(`hourly run, busy (every incident overdue; ${sent} emails)`, busy),
        row('hourly run, quiet (the next hour)', quiet),
      ];
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  },
};
