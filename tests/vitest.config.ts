import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// An explicit include so vitest never loads the Playwright specs in tests/e2e. tests/unit holds
// the renderer's pure functions (parsing what users type), which need no database.
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['tests/integration/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
