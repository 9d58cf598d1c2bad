// The PDCA review's domain on 100,000 incidents and 500,000 history events, in plain Node: the
// dashboard's figures (open risk, speed, late steps, monthly counts) and the recurrences the menu
// item counts. The hourly run's calls and megabytes for it are in the sweep section (its busy hour
// refreshes the dashboard).
import type { HistoryEvent } from '../../src/domain/history/history-events';
import { countRecurrences, dashboardData } from '../../src/domain/review/dashboard';
import type { ReviewIncident } from '../../src/domain/review/review-input';
import { DEFAULT_SETTINGS, calendarOf } from '../../src/domain/settings/settings';
import type { RiskLevel } from '../../src/domain/risk-levels';
import type { BenchSection } from './bench';

const NOW = new Date('2026-11-30T10:10:00+09:00');
const LEVELS: RiskLevel[] = ['veryHigh', 'high', 'medium', 'low'];
const SUMMARIES = ['納期遅延が発生', '請求金額の誤り', '重要顧客からの発注キャンセル', 'システム障害で受注停止'];

function seed(count: number, eventsPer: number): { incidents: ReviewIncident[]; events: HistoryEvent[] } {
  const incidents: ReviewIncident[] = [];
  const events: HistoryEvent[] = [];
  for (let i = 0; i < count; i++) {
    // Spread over the past year, as a year of a busy team's incidents is.
    const reported = NOW.getTime() - (i % 365) * 86_400_000 - (i % 600) * 60_000;
    const resolved = i % 3 === 0 ? reported + 20 * 3_600_000 : null;
    incidents.push({
      id: `INC-${i + 1}`,
      level: LEVELS[i % 4] as RiskLevel,
      impact: 'high',
      urgency: 'medium',
      status: resolved ? 'resolved' : 'inProgress',
      category: 'operational',
      customer: `顧客${i % 5000}`,
      summary: `${SUMMARIES[i % 4]} ${i}`,
      acknowledged: i % 2 === 0,
      occurredAt: new Date(reported - 3_600_000),
      reportedAt: new Date(reported),
      respondBy: new Date(reported + 4 * 3_600_000),
      resolveBy: new Date(reported + 24 * 3_600_000),
      resolvedAt: resolved ? new Date(resolved) : null,
    });
    const kinds: HistoryEvent['kind'][] = ['reported', 'escalated', 'acknowledged', 'instructed', 'resolved'];
    for (let k = 0; k < eventsPer; k++)
      events.push({
        at: new Date(reported + k * 3_600_000),
        id: `INC-${i + 1}`,
        kind: kinds[k % 5]!,
        by: '',
        detail: '',
      });
  }
  return { incidents, events };
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export const reviewBenchmarks: BenchSection = {
  title: 'PDCA review: the dashboard figures and the recurrence count, domain CPU in plain Node (median of 3)',
  run() {
    const calendar = calendarOf(DEFAULT_SETTINGS, 'Asia/Tokyo'); // 9:00–18:00, weekdays, national holidays
    const lines = ['| incidents | history events | dashboard figures | recurrences (90 days) |', '|---|---|---|---|'];
    for (const [count, per] of [
      [10_000, 5],
      [100_000, 5],
    ] as const) {
      const { incidents, events } = seed(count, per);
      const none = { at: null, days: 90, total: 0, items: [] };
      const median = (run: () => void) => [0, 1, 2].map(() => timed(run)).sort((a, b) => a - b)[1] as number;
      const figures = median(() => dashboardData(incidents, events, DEFAULT_SETTINGS, calendar, NOW, none));
      const recurrences = median(() => countRecurrences(incidents, 90, NOW));
      lines.push(
        `| ${count.toLocaleString('en')} | ${events.length.toLocaleString('en')} | ${figures.toFixed(0)} ms | ${recurrences.toFixed(0)} ms |`,
      );
    }
    return lines;
  },
};
