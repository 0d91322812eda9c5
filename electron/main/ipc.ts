import { BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { CHANNELS, callContext } from '../../api/contract';
import { type Result, fail } from '../../api/result';
import type { DataContext } from '../../db/core/context';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { isAppUrl } from './origin';

export const IPC_PREFIX = 'sas:';

export interface IpcDeps {
  /** The database for a dataset name (`own`, or a partner's id), or undefined if unknown. */
  contextFor(dataset: string): DataContext | undefined;
  /** Called after a write that changed the settings (the menu follows the language). */
  onSettingsChanged(ctx: DataContext): void;
}

/**
 * Only the app's own page may call the data core. The frame is checked, not just the web
 * contents: an iframe or a page navigated elsewhere must not inherit the app's rights.
 */
export function senderIsApp(event: IpcMainInvokeEvent): boolean {
  try {
    return isAppUrl(event.senderFrame?.url);
  } catch {
    // senderFrame throws when the frame has already gone.
    return false;
  }
}

/** Tells every window which tables changed, so each renderer's query cache refreshes. */
function broadcastChanged(tables: string[]): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed()) win.webContents.send('data:changed', tables);
  }
}

export async function handleCall(
  deps: IpcDeps,
  channel: string,
  event: IpcMainInvokeEvent,
  input: unknown,
  rawContext: unknown,
): Promise<Result<unknown>> {
  if (!senderIsApp(event)) return fail({ code: 'invalid_input', messageKey: 'errors.forbiddenSender' });
  const parsed = callContext.safeParse(rawContext ?? undefined);
  if (!parsed.success) return fail({ code: 'invalid_input', messageKey: 'errors.badContext' });
  const ctx = deps.contextFor(parsed.data.dataset);
  if (!ctx) return fail({ code: 'not_found', messageKey: 'errors.unknownDataset' });
  const result = await dispatchAsync(channel, input, ctx);
  if (result.ok && result.changed?.length) {
    broadcastChanged(result.changed);
    if (result.changed.includes('settings')) deps.onSettingsChanged(ctx);
  }
  return result;
}

/** One `ipcMain.handle` per contract channel: nothing outside the contract is reachable. */
export function registerIpc(deps: IpcDeps): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event, input: unknown, context: unknown) => handleCall(deps, channel, event, input, context));
  }
}
