// A seeded spreadsheet with the built Code.js loaded over the fakes, and an hourly clock to drive it.
import { join } from 'node:path';
import { type IncidentColumn, INCIDENT_COLUMNS, INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { DEFAULT_SETTINGS, type EscalationSettings } from '../../src/domain/settings/settings';
import { settingsGrid } from '../../src/domain/settings/settings-layout';
import { FakeClock, createAppsScriptFakes } from '../../tools/fakes';
import { loadBundle } from '../../tools/fakes/load-bundle';
import type { FakeSessionOptions } from '../../tools/fakes/session';

export const HOUR = 3_600_000;
export type SeedRow = Partial<Record<IncidentColumn, unknown>>;

export const TEST_SETTINGS: EscalationSettings = {
  ...DEFAULT_SETTINGS,
  executives: ['exec@example.com'],
  managers: { default: ['boss@example.com'] },
};

/** A 非常に高リスク incident reported at 09:00 on Tuesday 24 November, routed to m1@example.com. */
export const VERY_HIGH: SeedRow = {
  reportedAt: '2026-11-24 09:00',
  summary: '大口解約',
  impact: '高',
  urgency: '高',
  status: '対応中',
  managerEmail: 'm1@example.com',
};

export function createEscalationEnv(
  rows: SeedRow[],
  options: {
    start?: string;
    quota?: number;
    columns?: IncidentColumn[];
    off?: boolean;
    htmlFiles?: Record<string, string>;
    settings?: EscalationSettings;
    /** The person at the spreadsheet: their locale, for what the menu tells them. */
    session?: FakeSessionOptions;
  } = {},
) {
  const clock = new FakeClock(options.start ?? '2026-11-24T09:10:00+09:00');
  const fakes = createAppsScriptFakes({
    clock,
    mailQuota: options.quota ?? 1000,
    htmlFiles: options.htmlFiles ?? {},
    ...(options.session ? { session: options.session } : {}),
  });
  const columns = options.columns ?? INCIDENT_COLUMN_KEYS;
  const incidents = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('インシデント').getName())!;
  const table = [columns.map((c) => INCIDENT_COLUMNS[c].ja), ...rows.map((row) => columns.map((c) => row[c] ?? ''))];
  table.forEach((values, r) => values.forEach((value, c) => incidents.write(r + 1, c + 1, value)));
  incidents.frozenRows = 1;
  const settings = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('エスカレーション設定').getName())!;
  settingsGrid(options.settings ?? TEST_SETTINGS, 'ja').forEach((values, r) =>
    values.forEach((value, c) =>
      settings.write(r + 1, c + 1, typeof value === 'string' && value ? `'${value}` : value),
    ),
  );
  // Escalations are on for the document (its switch, which every user's trigger checks); tests fire
  // checkEscalations themselves, as the operator's hourly trigger would.
  fakes.spreadsheet.addDeveloperMetadata('escalationSwitch', JSON.stringify({ on: !options.off, operator: '' }));
  const bundle = loadBundle(join(process.cwd(), 'dist', 'Code.js'), fakes.globals, clock);
  return { ...fakes, clock, bundle, incidents, settingsSheet: settings, failures: [] as string[] };
}

export type EscalationEnv = ReturnType<typeof createEscalationEnv>;

/** Advances the clock an hour at a time, firing whatever triggers Apps Script would fire. */
export function runHours(env: EscalationEnv, hours: number): void {
  for (let i = 0; i < hours; i++) {
    env.clock.advance(HOUR);
    for (const trigger of env.scriptApp.dueTriggers()) runAsOwner(env, trigger);
  }
}

/** A trigger runs as the user who made it, with the event Apps Script passes a time-driven run. */
export function runAsOwner(env: EscalationEnv, trigger: { handler: string; owner: string; id: string }): void {
  const user = env.user.email;
  env.actAs(trigger.owner);
  try {
    env.bundle.call(trigger.handler, { authMode: 'FULL', triggerUid: trigger.id });
  } catch (error) {
    // A failed execution is listed as failed; the trigger still fires the next hour, as in Apps Script.
    env.failures.push(String(error));
  } finally {
    env.actAs(user);
  }
}

/** The incidents sheet as a list of records keyed by column, found by header. */
export function incidentRecords(env: EscalationEnv): Record<string, unknown>[] {
  const [header = [], ...rows] = env.incidents.valuesSnapshot();
  const byHeader = new Map<string, string>(INCIDENT_COLUMN_KEYS.map((k) => [INCIDENT_COLUMNS[k].ja, k]));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [byHeader.get(String(h)) ?? String(h), row[i]])));
}

export function logRows(env: EscalationEnv): unknown[][] {
  return env.spreadsheet.sheet('エスカレーション記録')?.valuesSnapshot().slice(1) ?? [];
}
