// RISKLEVEL over a 100,000-row range in one call, beside a bare lookup-table loop over the same
// data, both in plain Node (node:vm slows every global lookup in a way Apps Script's V8 does not),
// and the size of the built bundle that every custom-function call loads.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { RISKLEVEL } from '../../src/entry/custom-functions';
import type { BenchSection } from './bench';

const ROWS = 100_000;
const GRADES = ['高', '中', '低'];

function column(seed: number): string[][] {
  return Array.from({ length: ROWS }, (_, i) => [GRADES[(i * 7 + seed) % 3] as string]);
}

/** The floor: what any implementation must at least do, a table lookup per row. */
function bareLookup(impact: string[][], urgency: string[][]): string[][] {
  const level: Record<string, Record<string, string>> = {
    高: { 低: '中リスク', 中: '高リスク', 高: '非常に高リスク' },
    中: { 低: '低リスク', 中: '中リスク', 高: '高リスク' },
    低: { 低: '低リスク', 中: '低リスク', 高: '中リスク' },
  };
  return impact.map((row, r) => [level[urgency[r]?.[0] as string]?.[row[0] as string] ?? '']);
}

/** Runs the two alternately (after a warm-up) so GC and JIT noise falls on both alike. */
function interleavedMedians(a: () => unknown, b: () => unknown, runs = 9): [number, number] {
  a();
  b();
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, times] of [
      [a, timesA],
      [b, timesB],
    ] as const) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
  }
  const median = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(runs / 2)] as number;
  return [median(timesA), median(timesB)];
}

export const formulaBenchmarks: BenchSection = {
  title: 'Custom functions (plain Node)',
  run() {
    const codePath = join(process.cwd(), 'dist', 'Code.js');
    const impact = column(0);
    const urgency = column(1);
    const check = RISKLEVEL(impact, urgency) as string[][];
    if (check.length !== ROWS || JSON.stringify(check) !== JSON.stringify(bareLookup(impact, urgency))) {
      throw new Error('RISKLEVEL and the bare lookup disagree: the benchmark would compare different work');
    }
    const [riskLevelMs, bareMs] = interleavedMedians(
      () => RISKLEVEL(impact, urgency),
      () => bareLookup(impact, urgency),
    );
    const bytes = statSync(codePath).size;
    return [
      `| measure | value |`,
      `|---|---|`,
      `| RISKLEVEL, ${ROWS.toLocaleString('en')} rows in one call (median of 9) | ${riskLevelMs.toFixed(1)} ms |`,
      `| bare lookup-table loop, same data | ${bareMs.toFixed(1)} ms |`,
      `| ratio (goal: within 2x) | ${(riskLevelMs / bareMs).toFixed(2)}x |`,
      `| dist/Code.js size (goal: well under 100 KB) | ${(bytes / 1024).toFixed(1)} KB |`,
    ];
  },
};
