import fs from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { type Result, fail, ok } from '../../api/result';
import { shellChannels } from '../../api/shell-contract';
import { IPC_PREFIX, senderIsApp } from './ipc';

/**
 * The shell's own channels (api/shell-contract.ts): same sender check and same input
 * validation as the data core's, answered here because they need a window or a dialog.
 */
async function savePdf(event: IpcMainInvokeEvent, fileName: string): Promise<{ path: string | null }> {
  const win = BrowserWindow.fromWebContents(event.sender);
  const options = { defaultPath: path.join(app.getPath('documents'), fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { path: null };
  // The same A4 document the test host prints with Chromium (docs/ARCHITECTURE.md §5).
  const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  await fs.writeFile(choice.filePath, pdf);
  return { path: choice.filePath };
}

export async function handleShellCall(
  channel: keyof typeof shellChannels,
  event: IpcMainInvokeEvent,
  input: unknown,
): Promise<Result<unknown>> {
  if (!senderIsApp(event)) return fail({ code: 'invalid_input', messageKey: 'errors.forbiddenSender' });
  const parsed = shellChannels[channel].input.safeParse(input ?? {});
  if (!parsed.success) return fail({ code: 'invalid_input' });
  try {
    return ok(await savePdf(event, parsed.data.fileName));
  } catch (error) {
    console.error(`[shell] ${channel} failed:`, error instanceof Error ? error.message : 'unknown error');
    return fail({ code: 'internal' });
  }
}

export function registerShellIpc(): void {
  for (const channel of Object.keys(shellChannels) as (keyof typeof shellChannels)[]) {
    ipcMain.handle(IPC_PREFIX + channel, (event, input: unknown) => handleShellCall(channel, event, input));
  }
}
