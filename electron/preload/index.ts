import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENTS, isChannel } from '../../api/contract';
import { isShellChannel } from '../../api/shell-contract';
import type { Result } from '../../api/result';
import type { SasBridge } from './bridge-type';

/**
 * The whole surface the page gets: `window.sas.invoke` and `window.sas.on`, each limited to
 * the contract's allowlist. Main checks the sender again, so this is the first of two locks.
 */
const refused = (messageKey: string): Promise<Result<never>> =>
  Promise.resolve({ ok: false, error: { code: 'invalid_input', messageKey } });

const isEvent = (name: unknown): name is (typeof EVENTS)[number] =>
  typeof name === 'string' && (EVENTS as readonly string[]).includes(name);

const bridge: SasBridge = {
  invoke(channel, input, context) {
    if (!isChannel(channel) && !isShellChannel(channel)) return refused('errors.unknownChannel') as never;
    return ipcRenderer.invoke(`sas:${channel}`, input, context);
  },
  on(event, callback) {
    if (!isEvent(event) || typeof callback !== 'function') throw new TypeError(`sas.on: unknown event ${String(event)}`);
    // The IPC event object (with its sender and ports) never reaches the page: only the payload.
    const listener = (_event: IpcRendererEvent, payload: unknown) => callback(payload as never);
    ipcRenderer.on(event, listener);
    return () => {
      ipcRenderer.removeListener(event, listener);
    };
  },
};

contextBridge.exposeInMainWorld('sas', bridge);
