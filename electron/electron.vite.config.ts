import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from '../renderer/vite.config';

const root = resolve(import.meta.dirname, '..');

/**
 * Builds the three parts of the desktop app without needing the Electron binary:
 * main (Node, ESM), preload (sandboxed: one CommonJS file with its dependencies inlined),
 * renderer (the React app, also served by the test host).
 */
export default defineConfig({
  main: {
    root,
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    root,
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
