// Builds dist/Sidebar.html: the sidebar's TypeScript bundled and minified, inlined with its CSS into
// the HTML template, so the one file works in HtmlService without fetching anything.
import { build, transform } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIDEBAR_BOOTSTRAP_PLACEHOLDER } from '../../src/domain/intake/sidebar-contract';

const CSS_MARKER = '/*SIDEBAR_CSS*/';
const JS_MARKER = '/*SIDEBAR_JS*/';

async function bundleScript(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no sidebar script');
  return output.text.trim();
}

/** A marker or placeholder must occur exactly once, or the inlining would put text in the wrong place. */
function occursOnce(text: string, part: string): boolean {
  return text.indexOf(part) !== -1 && text.indexOf(part) === text.lastIndexOf(part);
}

export function inlineSidebar(template: string, css: string, js: string): string {
  for (const part of [CSS_MARKER, JS_MARKER, SIDEBAR_BOOTSTRAP_PLACEHOLDER]) {
    if (!occursOnce(template, part)) throw new Error(`src/sidebar/sidebar.html must contain ${part} exactly once`);
  }
  // Either would end its element early; the placeholder twice would make the server's replace ambiguous.
  if (/<\/style/i.test(css) || /<\/script/i.test(js)) throw new Error('inlined CSS or script contains a closing tag');
  if (css.includes(SIDEBAR_BOOTSTRAP_PLACEHOLDER) || js.includes(SIDEBAR_BOOTSTRAP_PLACEHOLDER)) {
    throw new Error('the sidebar script or CSS must not contain the bootstrap placeholder');
  }
  // Functions as replacements, so '$' sequences in the code are not read as patterns.
  return template.replace(CSS_MARKER, () => css).replace(JS_MARKER, () => js);
}

/** Writes dist/Sidebar.html and returns its size in bytes. */
export async function buildSidebar(root: string, dist: string): Promise<number> {
  const template = readFileSync(join(root, 'src/sidebar/sidebar.html'), 'utf8');
  const css = await transform(readFileSync(join(root, 'src/sidebar/sidebar.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  const html = inlineSidebar(template, css.code.trim(), await bundleScript(root));
  writeFileSync(join(dist, 'Sidebar.html'), html);
  return Buffer.byteLength(html);
}
