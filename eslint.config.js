import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
      // The data core must never reach for Electron, and the renderer never for Node or SQLite (DESIGN.md §1).
      'no-restricted-imports': 'off',
    },
  },
  {
    // The data core, the contract and the shells beside Electron never reach for Electron or the UI.
    files: ['db/**/*.ts', 'api/**/*.ts', 'shells/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['**/renderer/**', '**/electron/**'] }] },
  },
  {
    // The data core never reaches for a shell (docs/ARCHITECTURE.md, layers).
    files: ['db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['**/renderer/**', '**/electron/**', '**/shells/**'] }] },
  },
  {
    // db/core is what every feature builds on: it imports no feature, no registry, no installation.
    files: ['db/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            '**/renderer/**',
            '**/electron/**',
            '**/shells/**',
            '**/features/**',
            '**/registry/**',
            '**/installation/**',
            '**/dispatch/**',
          ],
        },
      ],
    },
  },
  {
    // The contract is shared with the renderer: zod and itself only.
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron'], patterns: ['**/renderer/**', '**/electron/**', '**/db/**', '**/shells/**', 'node:*'] },
      ],
    },
  },
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
