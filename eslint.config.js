// Lint: the recommended TypeScript rules, plus the layer fences (README "Layout"): the domain
// imports nothing outside itself, adapters and entry never reach dev tooling, the sidebar sees only
// the domain, and nothing in src/ imports tools/ or Node. Patterns use `**` so the fences hold from
// any folder depth.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'url', 'vm'];
const TOOLS = ['**/tools/**', '**/fakes/**', '**/playground/**'];
const fence = (patterns) => ({ 'no-restricted-imports': ['error', { patterns: [...patterns, ...NODE, ...TOOLS] }] });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.playground/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier's width; it does not break strings, so only those may run past it (message catalogues).
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  { files: ['src/**/*.ts'], rules: fence([]) },
  { files: ['src/domain/**/*.ts'], rules: fence(['**/adapters/**', '**/entry/**', '**/sidebar/**', '**/globals']) },
  { files: ['src/adapters/**/*.ts'], rules: fence(['**/entry/**', '**/sidebar/**', '**/globals']) },
  { files: ['src/sidebar/**/*.ts'], rules: fence(['**/adapters/**', '**/entry/**', '**/globals']) },
  {
    // Apps Script calls these top-level functions by name; nothing in the file does.
    files: ['src/globals.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);
