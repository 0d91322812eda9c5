import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * The renderer's build, shared by electron-vite (the desktop app) and `npm run web` / the
 * end-to-end tests (which need only the renderer, served by the test host).
 */
export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    // electron-vite leaves the renderer unminified unless told: the desktop app ships it minified too.
    minify: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { index: resolve(root, 'renderer/index.html') },
      output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
    },
  },
});
