import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// An explicit include so vitest never loads the Playwright specs in tests/e2e.
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['tests/integration/**/*.test.ts', 'tests/main/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
