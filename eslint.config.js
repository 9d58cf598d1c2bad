// Lint: the recommended TypeScript rules, plus the layer fence of ARCHITECTURE.md for imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.playground/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../adapters/*', '../entry/*', '../fakes/*', '../sidebar/*', 'node:*'] }],
    },
  },
  {
    files: ['src/adapters/**/*.ts', 'src/entry/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../fakes/*', 'node:*'] }] },
  },
  {
    files: ['src/sidebar/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../adapters/*', '../entry/*', '../fakes/*', 'node:*'] }] },
  },
  {
    // What ships never leans on dev tooling: tools/ may import src/, never the reverse.
    files: ['src/**/*.ts'],
    ignores: ['src/domain/**', 'src/adapters/**', 'src/entry/**', 'src/sidebar/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/tools/**', 'node:*'] }] },
  },
  {
    // Apps Script calls these top-level functions by name; nothing in the file does.
    files: ['src/globals.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);
