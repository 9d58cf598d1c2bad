// dist/Sidebar.html as the server reads it: one self-contained file with one bootstrap placeholder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIDEBAR_BOOTSTRAP_PLACEHOLDER } from '../../src/domain/intake/sidebar-contract';
import { inlineSidebar } from '../../tools/build/build-sidebar';

const HTML = readFileSync(join(__dirname, '../../dist/Sidebar.html'), 'utf8');

describe('dist/Sidebar.html', () => {
  it('holds the placeholder exactly once, inside the JSON bootstrap element', () => {
    expect(HTML.split(SIDEBAR_BOOTSTRAP_PLACEHOLDER)).toHaveLength(2);
    expect(HTML).toContain(`<script type="application/json" id="bootstrap">${SIDEBAR_BOOTSTRAP_PLACEHOLDER}</script>`);
  });

  it('needs nothing from the network: no stylesheet links, no script sources, no URLs', () => {
    expect(HTML).not.toMatch(/<link\b|<script[^>]+\bsrc=|@import|https?:\/\//i);
    expect(HTML).not.toContain('/*SIDEBAR_');
  });

  it('stays small (it is sent on every open)', () => {
    // 40 KB held the report form alone; the incident view (steps 4–7: list, incident, thirteen step
    // forms, both languages' words, about 25 KB) brought it to 64 KB, still one small HtmlService page.
    expect(Buffer.byteLength(HTML)).toBeLessThan(64 * 1024);
  });
});

describe('inlining', () => {
  const template = `<style>/*SIDEBAR_CSS*/</style><script>${SIDEBAR_BOOTSTRAP_PLACEHOLDER}</script><script>/*SIDEBAR_JS*/</script>`;

  it("puts code in as it is, '$' sequences included", () => {
    expect(inlineSidebar(template, 'a{}', 'x.replace(/a/,"$\'$&")')).toContain('x.replace(/a/,"$\'$&")');
  });

  it('refuses code that would end its element early or repeat the placeholder', () => {
    expect(() => inlineSidebar(template, 'a{}', 'let s="</script>"')).toThrow(/closing tag/);
    expect(() => inlineSidebar(template, 'a{content:"</style>"}', '')).toThrow(/closing tag/);
    expect(() => inlineSidebar(template, 'a{}', `"${SIDEBAR_BOOTSTRAP_PLACEHOLDER}"`)).toThrow(/placeholder/);
    expect(() => inlineSidebar('<style>/*SIDEBAR_CSS*/</style>', 'a{}', '')).toThrow(/exactly once/);
  });
});
