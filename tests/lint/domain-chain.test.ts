// The domain's folders form one chain without loops: each folder imports only the shared base
// (the files directly in src/domain) and the folders before it, never one after it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = join(process.cwd(), 'src/domain');
/** Base first; a folder may import any folder to its left. sweep and intake both end the chain. */
const CHAIN = ['.', 'calendar', 'settings', 'history', 'measures', 'escalation', 'notices', 'sweep|intake|review'];

function rank(folder: string): number {
  return CHAIN.findIndex((entry) => entry.split('|').includes(folder));
}

function domainFiles(dir = DOMAIN): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? domainFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The domain folder a file sits in ('.' for the base), from a path relative to src/domain. */
function folderOf(relativePath: string): string {
  const parts = relativePath.split('/');
  return parts.length > 1 ? (parts[0] as string) : '.';
}

const imports = domainFiles().flatMap((file) => {
  const from = folderOf(relative(DOMAIN, file));
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)].map((m) => m[1] as string);
  return specifiers.map((specifier) => ({
    file: relative(DOMAIN, file),
    from,
    to: folderOf(relative(DOMAIN, join(file, '..', specifier))),
  }));
});

describe('the domain chain', () => {
  it('names every folder of src/domain', () => {
    const folders = new Set(imports.map((i) => i.from));
    for (const folder of folders) expect(rank(folder), folder).toBeGreaterThanOrEqual(0);
  });

  it('has no import from a folder to one later in the chain, or between the two ends', () => {
    const backwards = imports.filter((i) => i.from !== i.to && rank(i.to) >= rank(i.from));
    expect(backwards).toEqual([]);
  });
});
