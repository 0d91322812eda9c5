import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { recorder } from './fake-electron';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built main bundle (electron-vite names it after the `index` input). */
export const MAIN_BUNDLE = path.join(ROOT, 'out/main/index.js');
export const PRELOAD_BUNDLE = path.join(ROOT, 'out/preload/index.cjs');
export const RENDERER_DIR = path.join(ROOT, 'out/renderer');

export function requireBuilt(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first`);
}

export const tempUserData = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'sas-main-test-'));

/**
 * Loads the built main bundle once (it registers everything on import) with `electron`
 * replaced by the recording fake (the test file calls vi.mock), then waits until start-up has
 * either opened a window or quit.
 */
export async function loadMain(userData: string): Promise<void> {
  requireBuilt(MAIN_BUNDLE);
  process.env.SAS_USER_DATA = userData;
  await import(/* @vite-ignore */ pathToFileURL(MAIN_BUNDLE).href);
  await vi.waitFor(() => {
    if (recorder.windows.length === 0 && recorder.quitCalls === 0) throw new Error('main process still starting');
  });
}

/** An IPC event as Electron gives it to a handler, from a frame at `url`. */
export const ipcEvent = (url: string | null) => ({ senderFrame: url === null ? null : { url }, sender: {} });

export async function call(channel: string, input: unknown, from = 'app://renderer/index.html', context?: unknown) {
  const handler = recorder.ipcHandlers.get(`sas:${channel}`);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(ipcEvent(from), input, context)) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; messageKey?: string };
    changed?: string[];
  };
}
