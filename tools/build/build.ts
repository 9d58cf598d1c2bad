// Builds what `clasp push` uploads: dist/Code.js (bundle + top-level stubs), dist/Sidebar.html and
// dist/appsscript.json.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { buildSidebar } from './build-sidebar';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');

/** The bundle assigns its exports to one global, AddOn; nothing else runs at load time. */
async function bundleEntryPoints(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/entry/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'AddOn',
    target: 'es2020', // Apps Script's V8 rejects some newer syntax
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    // Fully minified (whitespace, syntax and local names): every custom-function call loads the whole
    // bundle, and names inside the IIFE are not API (the globals footer calls AddOn.* by export name).
    minify: true,
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}

/** TypeScript, unlike esbuild, keeps JSDoc: the @customfunction comments must survive. */
function transpileGlobals(): string {
  const source = readFileSync(join(root, 'src/globals.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None, removeComments: false },
  });
  return outputText;
}

export async function buildAddOn(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  const header = '// Built by tools/build/build.ts from src/: edit the TypeScript sources, not this file.\n';
  writeFileSync(join(dist, 'Code.js'), `${header}${await bundleEntryPoints()}\n${transpileGlobals()}`);
  await buildSidebar(root, dist);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildAddOn();
  console.log(`built ${join('dist', 'Code.js')} (${readFileSync(join(dist, 'Code.js')).length} bytes)`);
  console.log(`built ${join('dist', 'Sidebar.html')} (${readFileSync(join(dist, 'Sidebar.html')).length} bytes)`);
}
