import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const UI = ['**/renderer/**', '**/electron/**'];
const HANDLERS = ['**/*-handlers', '**/handlers'];
const restrict = (files, patterns, ignores = [], paths = ['electron']) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tests/artifacts/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only matters with the React Compiler, which this project does not use.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // The data core must never reach for Electron, and the renderer never for Node or SQLite (docs/ARCHITECTURE.md §1).
      'no-restricted-imports': 'off',
    },
  },
  // Layers (docs/ARCHITECTURE.md): who may import whom. ESLint keeps the last matching setting of
  // a rule, so each group of files lists everything it must not import.
  restrict(['db/**/*.ts', 'api/**/*.ts', 'shells/**/*.ts'], UI),
  // The data core never reaches for a shell; only the dispatcher's table imports handlers, the
  // rest calls services (a handler file exports its HandlerGroup and nothing else).
  restrict(['db/**/*.ts'], [...UI, '**/shells/**', ...HANDLERS], ['db/dispatch/**', 'db/features/*/handlers.ts']),
  restrict(['db/features/*/handlers.ts'], [...UI, '**/shells/**']),
  restrict(['shells/**/*.ts'], [...UI, ...HANDLERS]),
  restrict(['electron/**/*.ts'], HANDLERS, [], []),
  // db/core is what every feature builds on: it imports no feature, no registry, no installation.
  restrict(['db/core/**/*.ts'], [...UI, '**/shells/**', '**/features/**', '**/registry/**', '**/installation/**', '**/dispatch/**']),
  // db/tabular reads and writes CSV / XLSX for every import and export: no feature, no contract.
  restrict(
    ['db/tabular/**/*.ts'],
    [...UI, '**/shells/**', '**/features/**', '**/registry/**', '**/installation/**', '**/dispatch/**', '**/api/**'],
  ),
  // The contract is shared with the renderer: zod and itself only.
  restrict(['api/**/*.ts'], [...UI, '**/db/**', '**/shells/**', 'node:*']),
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'better-sqlite3', 'drizzle-orm'], patterns: ['node:*', '**/db/**', '**/electron/**'] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
