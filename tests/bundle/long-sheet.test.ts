// A long sheet is mostly finished incidents: the hourly run reads a few narrow columns of every row
// and the rest only around the open ones (open-rows.ts), never writes a row it did not read, and
// refreshes the dashboard (which counts every row) once a business day, not every busy hour.
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMN_KEYS, type IncidentColumn } from '../../src/domain/incident-columns';
import { STATE_COLUMNS } from '../../src/domain/sweep/sweep-plan';
import { PROBE_FROM_ROWS } from '../../src/adapters/open-rows';
import { MEASURES_PROBE_FROM } from '../../src/adapters/measures-sheet';
import { MEASURE_COLUMN_KEYS, measureHeaders } from '../../src/domain/measures/measure-columns';
import { HOUR, type SeedRow, createEscalationEnv } from './escalation-env';

const ROWS = PROBE_FROM_ROWS + 1_000;
const OPEN_TAIL = 200;
/**
 * Open incidents left among the finished ones, as a long sheet has a few: three far apart, and eight
 * close together (more runs of changed rows than one write makes, so the runs are merged).
 */
const STRAGGLERS = [300, 2_000, 2_003, 2_006, 2_009, 2_012, 2_015, 2_018, 2_021, 3_700];
const local = (text: string) => new Date(`${text}+09:00`);

function seed(): SeedRow[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const open = i >= ROWS - OPEN_TAIL || STRAGGLERS.includes(i);
    const common = {
      id: `INC-${String(i + 1).padStart(5, '0')}`,
      summary: `案件${i + 1}`,
      impact: '中',
      urgency: '高',
      managerEmail: `m${i % 7}@example.com`,
    };
    if (open) return { ...common, reportedAt: '2026-11-16 09:00', status: '対応中' };
    return {
      ...common,
      reportedAt: local('2026-05-20T09:00:00'),
      status: '解決済み',
      stage: '第2段階',
      respondBy: local('2026-05-20T10:00:00'),
      resolveBy: local('2026-05-22T18:00:00'),
      resolvedAt: local('2026-05-21T15:00:00'),
      notifications: `2026-05-20 10:00 第2段階 m${i % 7}@example.com (行 ${i + 2})`,
    };
  });
}

/** The state cells of every row, as the sheet holds them. */
function stateCells(env: ReturnType<typeof createEscalationEnv>): unknown[][] {
  const at = STATE_COLUMNS.map((c) => INCIDENT_COLUMN_KEYS.indexOf(c as IncidentColumn));
  return env.incidents
    .valuesSnapshot()
    .slice(1)
    .map((row) => at.map((p) => (row[p] instanceof Date ? (row[p] as Date).getTime() : row[p])));
}

describe('a long sheet of mostly finished incidents', () => {
  it('reads and writes around the open rows, and leaves the finished ones as they are', () => {
    const env = createEscalationEnv(seed(), { start: '2026-11-24T10:10:00+09:00' });
    const dashboardCalls: string[] = [];
    env.calls.beforeCall = (name, sheet) => {
      if (sheet === 'ダッシュボード') dashboardCalls.push(name);
    };
    const before = stateCells(env);
    env.bundle.call('checkEscalations');

    const after = stateCells(env);
    const open = new Set([...STRAGGLERS, ...Array.from({ length: OPEN_TAIL }, (_, k) => ROWS - OPEN_TAIL + k)]);
    for (let i = 0; i < ROWS; i++) {
      if (open.has(i)) expect(after[i]?.[STATE_COLUMNS.indexOf('notifications')], `row ${i + 2}`).not.toBe('');
      else expect(after[i], `row ${i + 2}`).toEqual(before[i]);
    }
    // The stragglers' managers were told, as the tail's were.
    const told = env.mail.outbox.flatMap((m) => m.to);
    expect(told).toContain(`m${1_000 % 7}@example.com`);
    // The first run of the day refreshed the dashboard (never refreshed before).
    expect(dashboardCalls.length).toBeGreaterThan(0);

    // An hour on, a new incident is typed in at the bottom: that hour reads the probe columns, the
    // windows around the open rows and their report, not the finished rows nor the dashboard's rows.
    env.clock.advance(HOUR);
    const last = ROWS + 2;
    env.incidents.write(last, INCIDENT_COLUMN_KEYS.indexOf('reportedAt') + 1, '2026-11-24 08:00');
    env.incidents.write(last, INCIDENT_COLUMN_KEYS.indexOf('summary') + 1, '新しい案件');
    env.incidents.write(last, INCIDENT_COLUMN_KEYS.indexOf('impact') + 1, '高');
    env.incidents.write(last, INCIDENT_COLUMN_KEYS.indexOf('urgency') + 1, '高');
    env.incidents.write(last, INCIDENT_COLUMN_KEYS.indexOf('status') + 1, '対応中');
    env.incidents.write(last, INCIDENT_COLUMN_KEYS.indexOf('managerEmail') + 1, 'm1@example.com');
    env.calls.reset();
    dashboardCalls.length = 0;
    const sent = env.mail.outbox.length;
    env.bundle.call('checkEscalations');
    expect(env.mail.outbox.length).toBeGreaterThan(sent);
    expect(dashboardCalls).toEqual([]);
    // ~50 bytes of probe per row, the open rows' columns, the report of the listed rows: a full read
    // of the finished rows' sweep columns alone (~180 bytes each) would be several times this.
    expect(env.calls.payload.read).toBeLessThan(ROWS * 80);
    expect(
      stateCells(env)
        .slice(0, ROWS - OPEN_TAIL)
        .filter((_, i) => !open.has(i)),
    ).toEqual(before.slice(0, ROWS - OPEN_TAIL).filter((_, i) => !open.has(i)));

    // The next business day's first run after the opening refreshes the dashboard again.
    env.clock.set('2026-11-25T09:10:00+09:00');
    env.bundle.call('checkEscalations');
    expect(dashboardCalls.length).toBeGreaterThan(0);
  });

  it("reads only the measures of incidents it read, and writes none of a finished incident's", () => {
    const env = createEscalationEnv(seed(), { start: '2026-11-24T10:10:00+09:00' });
    const sheet = env.spreadsheet.sheet(env.spreadsheet.insertSheet('対策').getName())!;
    const count = MEASURES_PROBE_FROM + 500;
    // Nine overdue measures of open incidents together near the top, one near the bottom; every
    // other row a finished incident's measure, done, with its own 通知記録 (more changed rows than
    // one write makes, with unread rows between the two groups).
    const openAt = new Set([10, 12, 14, 16, 18, 20, 22, 24, 26, count - 100]);
    const rows = Array.from({ length: count }, (_, m) => {
      const open = openAt.has(m);
      const incident = open ? ROWS - OPEN_TAIL + (m % OPEN_TAIL) : 2 * m + 1_600; // 1,600…: settled rows
      const cells: Record<string, unknown> = {
        incidentId: `INC-${String(incident + 1).padStart(5, '0')}`,
        measure: `対策${m}`,
        owner: `owner${m}@example.com`,
        dueAt: local(open ? '2026-11-18T18:00:00' : '2026-05-25T18:00:00'),
        status: open ? '実施中' : '完了',
        doneAt: open ? '' : local('2026-05-25T18:00:00'),
        effectResult: open ? '' : '再発なし',
        notifications: open ? '' : `メモ${m}`,
      };
      return MEASURE_COLUMN_KEYS.map((k) => cells[k] ?? '');
    });
    [measureHeaders('ja'), ...rows].forEach((values, r) => values.forEach((v, c) => sheet.write(r + 1, c + 1, v)));
    const notes = () => sheet.valuesSnapshot().map((row) => row[MEASURE_COLUMN_KEYS.indexOf('notifications')]);
    const before = notes();
    env.calls.reset();
    env.bundle.call('checkEscalations');
    const after = notes();
    for (let r = 1; r <= count; r++) {
      if (openAt.has(r - 1)) expect(after[r], `measure row ${r + 1}`).not.toBe('');
      else expect(after[r], `measure row ${r + 1}`).toBe(before[r]);
    }
    expect(env.mail.outbox.some((m) => m.to.includes('owner10@example.com'))).toBe(true);
  });

  it('reads a settled row the follow-up has news of, so its reporter is still told', () => {
    const rows = seed();
    const old = 100; // resolved in May: settled, left unread by the runs
    rows[old] = { ...rows[old], reporter: 'rep@example.com' };
    const env = createEscalationEnv(rows, { start: '2026-11-24T10:10:00+09:00' });
    env.bundle.call('checkEscalations'); // the follow-up's first run: reporters are told from now on
    // Half an hour later the manager closes it from the sidebar: the history has the event.
    env.clock.advance(HOUR / 2);
    const history = env.spreadsheet.sheet('履歴')!;
    const id = `INC-${String(old + 1).padStart(5, '0')}`;
    const at = history.valuesSnapshot().length + 1;
    [env.clock.now(), id, '完了', 'boss@example.com', '', ''].forEach((v, c) => history.write(at, c + 1, v));
    env.incidents.write(old + 2, INCIDENT_COLUMN_KEYS.indexOf('status') + 1, '完了');
    // The sidebar's step stamps the sheet as edited, so the next hourly run reads it.
    env.properties.document.setProperty('escalationEditedAt', String(env.clock.now().getTime()));
    env.clock.advance(HOUR / 2);
    const sent = env.mail.outbox.length;
    env.bundle.call('checkEscalations');
    const toReporter = env.mail.outbox.slice(sent).filter((m) => m.to.includes('rep@example.com'));
    expect(toReporter).toHaveLength(1);
    expect(toReporter[0]?.body).toContain(id);
  });
});
