import { z } from 'zod';
import { channel } from './channel';

/**
 * Channels the desktop shell answers itself, because they need a window or a native dialog
 * (never the data core). Electron's main process handles them; elsewhere (the test host) they
 * do not exist and the renderer falls back to the browser (e.g. `window.print()`).
 */
export const shellChannels = {
  /** Asks where to save, then prints the current page (a print route) to PDF there. Null path: cancelled. */
  'shell.savePdf': channel({
    input: z.object({ fileName: z.string().regex(/^[^/\\:*?"<>|]{1,120}\.pdf$/i) }),
    output: z.object({ path: z.string().nullable() }),
    reads: [],
  }),
} as const;

export type ShellChannel = keyof typeof shellChannels;
export const SHELL_CHANNELS = Object.keys(shellChannels) as ShellChannel[];
export const isShellChannel = (name: unknown): name is ShellChannel => typeof name === 'string' && Object.hasOwn(shellChannels, name);
