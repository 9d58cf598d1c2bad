// The built dist/Code.js, loaded as Apps Script loads it: what users hit first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as entryPoints from '../../src/entry/index';
import { loadBundle } from '../../tools/fakes/load-bundle';

const CODE = join(__dirname, '../../dist/Code.js');
const CUSTOM_FUNCTIONS = ['RISKLEVEL', 'RISKDECISION'];

describe('dist/Code.js', () => {
  it('loads with no Apps Script globals at all (nothing at top level touches a service)', () => {
    expect(() => loadBundle(CODE, {})).not.toThrow();
  });

  it('declares exactly one top-level function per exported entry point', () => {
    const bundle = loadBundle(CODE, {});
    expect(bundle.functionNames().sort()).toEqual(Object.keys(entryPoints).sort());
  });

  it('keeps the @customfunction JSDoc, with @param and @return, directly above each custom function', () => {
    const code = readFileSync(CODE, 'utf8');
    for (const name of CUSTOM_FUNCTIONS) {
      const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(`).exec(code);
      expect(match, `${name} has no JSDoc directly above it`).not.toBeNull();
      const doc = match?.[1] ?? '';
      expect(doc).toContain('@customfunction');
      expect(doc).toMatch(/@param \{[^}]+\} \w+/);
      expect(doc).toMatch(/@return \{[^}]+\}/);
    }
  });

  it('answers RISKLEVEL for single values and for whole columns', () => {
    const bundle = loadBundle(CODE, {});
    expect(bundle.call('RISKLEVEL', '高', '高')).toBe('非常に高リスク');
    expect(bundle.call('RISKLEVEL', 'High', 'Medium')).toBe('High');
    expect(bundle.call('RISKLEVEL', 3, 1, '', 'en')).toBe('Medium');
    const column = bundle.call(
      'RISKLEVEL',
      [['高'], [''], ['Low'], ['?']],
      [['中'], [''], ['High'], ['高']],
    ) as string[][];
    expect(column.slice(0, 3)).toEqual([['高リスク'], [''], ['Medium']]);
    expect(column[3]?.[0]).toMatch(/^⚠ 影響度「\?」/);
  });

  it('throws a readable message for one bad value, as Sheets shows it on the cell', () => {
    const bundle = loadBundle(CODE, {});
    expect(() => bundle.call('RISKLEVEL', 'Huge', 'High')).toThrow(/Cannot read impact "Huge"/);
  });

  it("answers RISKDECISION for a value and a range, in the level's language", () => {
    const bundle = loadBundle(CODE, {});
    expect(bundle.call('RISKDECISION', '高リスク')).toMatch(/^早急なエスカレーションが必要/);
    expect(bundle.call('RISKDECISION', [['Very high'], ['']])).toEqual([
      [expect.stringMatching(/^Escalate immediately/)],
      [''],
    ]);
  });

  it('uses an owner matrix passed as a range', () => {
    const bundle = loadBundle(CODE, {});
    const allHigh = [
      ['高リスク', '高リスク', '高リスク'],
      ['高リスク', '高リスク', '高リスク'],
      ['高リスク', '高リスク', '高リスク'],
    ];
    expect(bundle.call('RISKLEVEL', '低', '低', allHigh)).toBe('高リスク');
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../dist/appsscript.json'), 'utf8'));

  it('runs on V8 in Tokyo time', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Tokyo' });
  });

  it('asks for exactly the reviewed scopes (a new scope must change this test)', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp', // the hourly escalation trigger
      'https://www.googleapis.com/auth/script.send_mail', // escalation digests
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/userinfo.email', // the reporter and the sidebar's default owner
    ]);
  });
});

describe('.clasp.json', () => {
  it('pushes dist/ and holds only the placeholder script ID the README explains', () => {
    const clasp = JSON.parse(readFileSync(join(__dirname, '../../.clasp.json'), 'utf8'));
    expect(clasp).toEqual({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' });
    expect(readFileSync(join(__dirname, '../../README.md'), 'utf8')).toContain('REPLACE_WITH_YOUR_SCRIPT_ID');
  });
});
