// `npm run bench`: every benchmark section, one after another, printed as tables. Benchmarks are
// measurements to read, not tests: nothing here fails the build on a slow machine.
import { formulaBenchmarks } from './formulas';
import { playgroundBenchmarks } from './playground';
import { sidebarBenchmarks } from './sidebar';
import { reviewBenchmarks } from './review';
import { sweepBenchmarks } from './sweep';

export interface BenchSection {
  title: string;
  run(): Promise<string[]> | string[];
}

const sections: BenchSection[] = [
  formulaBenchmarks,
  sweepBenchmarks,
  sidebarBenchmarks,
  reviewBenchmarks,
  playgroundBenchmarks,
];

for (const section of sections) {
  console.log(`\n## ${section.title}`);
  for (const line of await section.run()) console.log(line);
}
