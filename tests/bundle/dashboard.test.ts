// The dashboard on the built Code.js: a quarter of incidents and their history in, the sheet's
// figures, colours and charts out, with the same number of Spreadsheet calls at 20 or 400 incidents.
import { describe, expect, it } from 'vitest';
import { spreadsheetCalls } from '../../tools/fakes/call-log';
import { type SeedRow, createEscalationEnv } from './escalation-env';

const jst = (text: string) => new Date(`${text}:00+09:00`);

/** `count` incidents over the autumn: every third very high and resolved, the rest open and high. */
function seed(count: number): SeedRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(2 + (i % 20)).padStart(2, '0');
    const veryHigh = i % 3 === 0;
    return {
      id: `INC-${String(i + 1).padStart(4, '0')}`,
      reportedAt: jst(`2026-11-${day}T10:00`),
      occurredAt: jst(`2026-11-${day}T09:00`),
      summary: i % 2 === 0 ? `納期遅延の発生 ${i}` : `請求の誤り ${i}`,
      impact: '高',
      urgency: veryHigh ? '高' : '中',
      category: '運用リスク',
      customer: i % 4 === 0 ? '株式会社A' : `顧客${i}`,
      status: veryHigh ? '解決済み' : '対応中',
      respondBy: jst(`2026-11-${day}T14:00`),
      resolveBy: jst(`2026-11-${day}T17:00`),
      resolvedAt: veryHigh ? jst(`2026-11-${day}T15:00`) : '',
    };
  });
}

function withHistory(env: ReturnType<typeof createEscalationEnv>, rows: SeedRow[]) {
  const history = env.spreadsheet.sheet(env.spreadsheet.insertSheet('履歴').getName())!;
  const events: unknown[][] = [['日時', 'ID', '出来事', '実施者', '段階', '詳細']];
  for (const row of rows) {
    const reported = row.reportedAt as Date;
    events.push([reported, row.id, '報告', 'a@example.com', '', '']);
    events.push([new Date(reported.getTime() + 3_600_000), row.id, 'エスカレーション', '', 2, 'boss@example.com']);
  }
  events.forEach((values, r) => values.forEach((value, c) => history.write(r + 1, c + 1, value)));
}

function refreshed(count: number) {
  const rows = seed(count);
  const env = createEscalationEnv(rows, { start: '2026-12-01T12:00:00+09:00' });
  withHistory(env, rows);
  env.calls.reset();
  env.bundle.call('refreshDashboard');
  const sheet = env.spreadsheet.sheet('ダッシュボード')!;
  return { env, sheet, grid: sheet.valuesSnapshot(), calls: spreadsheetCalls(env.calls) };
}

const rowOf = (grid: unknown[][], first: string) => grid.find((r) => r[0] === first) ?? [];

describe('the dashboard', () => {
  it('shows open risk on the matrix, coloured by level, with counts by level and status', () => {
    const { env, sheet, grid } = refreshed(12);
    expect(grid[0]?.[0]).toBe('エスカレーション ダッシュボード');
    expect(grid[0]?.[3]).toBe('2026-12-01 12:00');
    // 8 open high incidents: urgency 中 × impact 高.
    expect(rowOf(grid, '中').slice(0, 4)).toEqual(['中', 0, 0, 8]);
    expect(rowOf(grid, '非常に高リスク')[1]).toBe(0);
    expect(rowOf(grid, '高リスク')[1]).toBe(8);
    expect(grid.find((r) => r[3] === '解決済み')?.[4]).toBe(4);
    const matrixRow = grid.findIndex((r) => r[0] === '高') + 1;
    expect(sheet.backgrounds.get(`${matrixRow}:4`)).toBe('#f4c7c3'); // 高 × 高: very high
    expect(env.spreadsheet.toasts.at(-1)?.message).toBe('ダッシュボードを更新しました。');
  });

  it('measures escalation speed in business hours from the history', () => {
    const { grid } = refreshed(12);
    const speed = grid.filter((r) => r[0] === '非常に高リスク' && typeof r[1] === 'string');
    // Occurrence 09:00 → report 10:00; report → escalation an hour later, all in business hours.
    expect(speed.find((r) => r[1] === '発生→報告（報告の遅れ）')?.slice(2, 4)).toEqual([1, 1]);
    expect(speed.find((r) => r[1] === '報告→初回エスカレーション')?.slice(2, 4)).toEqual([1, 1]);
    expect(speed.find((r) => r[1] === '報告→解決')?.slice(2, 4)).toEqual([5, 5]);
    expect(speed.find((r) => r[1] === '解決期限内の解決率')?.[2]).toBe('100%');
  });

  it('lists the overdue, the late steps and the recurrences', () => {
    const { grid } = refreshed(12);
    const overdueAt = grid.findIndex((r) => String(r[0]).startsWith('■ 期限を過ぎた'));
    expect(grid[overdueAt + 2]?.[1]).toBe('高リスク');
    expect(grid.some((r) => r[2] === '解決が遅れた')).toBe(true);
    const recurrences = grid.findIndex((r) => String(r[0]).startsWith('■ 再発'));
    expect(grid.slice(recurrences + 2).some((r) => r[2] === '同じ顧客・案件')).toBe(true);
  });

  it('makes its two charts once, over ranges that stay put, and blanks what a longer run wrote', () => {
    const { env, sheet } = refreshed(40);
    expect(sheet.charts.map((c) => c.data.type)).toEqual(['COLUMN', 'BAR']);
    const ranges = sheet.charts.map((c) => c.data.ranges);
    const before = sheet.lastRow();
    env.incidents.deleteRows(3, 30);
    env.bundle.call('refreshDashboard');
    expect(sheet.charts.map((c) => c.data.ranges)).toEqual(ranges);
    expect(sheet.lastRow()).toBeLessThan(before);
  });

  it('makes the same number of Spreadsheet calls for 20 incidents as for 400', () => {
    expect(refreshed(400).calls).toBe(refreshed(20).calls);
  });

  it('is made unseen by the hourly run, and shown when the menu refreshes it', () => {
    const rows = seed(20);
    const env = createEscalationEnv(rows, { start: '2026-11-24T10:10:00+09:00' });
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.setActiveSheet(ss.getSheetByName('インシデント') as GoogleAppsScript.Spreadsheet.Sheet);
    env.bundle.call('checkEscalations');
    expect(env.spreadsheet.sheet('ダッシュボード')).toBeTruthy();
    expect(ss.getActiveSheet().getName()).toBe('インシデント');
    env.bundle.call('refreshDashboard');
    expect(ss.getActiveSheet().getName()).toBe('ダッシュボード');
  });

  it('waits for the next hour when the run has spent its send budget', () => {
    const rows = seed(40).map((row, i) => ({ ...row, managerEmail: `m${i}@example.com`, status: '対応中' }));
    const env = createEscalationEnv(rows, { start: '2026-11-24T10:10:00+09:00' });
    env.mail.sendTakesMs = 30_000; // a slow mail service: eight sends pass the four minutes
    env.bundle.call('checkEscalations');
    expect(env.spreadsheet.sheet('ダッシュボード')).toBeFalsy();
    env.mail.sendTakesMs = 0;
    env.clock.advance(3_600_000);
    env.bundle.call('checkEscalations');
    expect(env.spreadsheet.sheet('ダッシュボード')).toBeTruthy();
  });
});
