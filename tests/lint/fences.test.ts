// The layer fences hold from every folder depth: ESLint refuses the imports that cross a layer the
// wrong way, and src/ compiles without Node or DOM types.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import fences', () => {
  it.each([
    ['src/domain/settings/deep/x.ts', '../../../adapters/settings-sheet'],
    ['src/domain/x.ts', '../entry/menu'],
    ['src/domain/escalation/x.ts', '../../sidebar/feedback'],
    ['src/domain/escalation/x.ts', 'node:fs'],
    ['src/adapters/x.ts', '../../tools/fakes'],
    ['src/adapters/x.ts', '../entry/menu'],
    ['src/entry/x.ts', '../../tools/playground/app'],
    ['src/sidebar/x.ts', '../adapters/sidebar'],
    ['src/sidebar/x.ts', 'path'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await importErrors(file, specifier)).not.toEqual([]);
  });

  it.each([
    ['src/domain/escalation/x.ts', '../calendar/zoned-time'],
    ['src/adapters/x.ts', '../domain/grades'],
    ['src/entry/x.ts', '../adapters/sidebar'],
    ['src/sidebar/x.ts', '../domain/grades'],
    ['tools/playground/x.ts', '../../src/adapters/sidebar'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await importErrors(file, specifier)).toEqual([]);
  });
});

describe('type fences', () => {
  it('refuses Node and DOM globals in src/', () => {
    const dir = mkdtempSync(join(process.cwd(), 'src', 'adapters', 'fence-'));
    try {
      writeFileSync(join(dir, 'x.ts'), 'export const a = process.env;\nexport const b = document.title;\n');
      const run = () =>
        execFileSync('npx', ['tsc', '-p', 'src/tsconfig.json', '--noEmit'], { encoding: 'utf8', stdio: 'pipe' });
      let output = '';
      try {
        run();
      } catch (error) {
        output = String((error as { stdout?: string }).stdout);
      }
      expect(output).toContain("Cannot find name 'process'");
      expect(output).toContain("Cannot find name 'document'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
