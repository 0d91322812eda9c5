import type { CallContext, Channel, EventName, Input, Output } from '../../../api/contract';
import type { Result } from '../../../api/result';

/**
 * The renderer's only door to the data: `window.sas` from Electron's preload, or, when the
 * renderer runs in a browser through the test host (`npm run web`, end-to-end tests), the same
 * contract over HTTP on 127.0.0.1. Both answer with the dispatcher's Result.
 */
export interface SasBridge {
  invoke(channel: string, input: unknown, context?: CallContext): Promise<Result<unknown>>;
  on(event: EventName, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    sas?: SasBridge;
  }
}

type Listener = (payload: unknown) => void;

/** The test host's bridge: POST /api/invoke; change events are raised locally from the Result. */
function httpBridge(): SasBridge {
  const listeners = new Map<EventName, Set<Listener>>();
  return {
    async invoke(channel, input, context) {
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ channel, input, context }),
        });
        const result = (await response.json()) as Result<unknown>;
        if (result.ok && result.changed?.length) listeners.get('data:changed')?.forEach((l) => l(result.changed));
        return result;
      } catch {
        return { ok: false, error: { code: 'internal', messageKey: 'errors.connection' } };
      }
    },
    on(event, callback) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(callback);
      listeners.set(event, set);
      return () => set.delete(callback);
    },
  };
}

export const bridge: SasBridge = typeof window !== 'undefined' && window.sas ? window.sas : httpBridge();

/**
 * The dataset the screens show: the installation's own, or a partner's (read-only). Components
 * subscribe (useDataset in queries.ts), so switching re-renders every screen on the new data.
 */
let currentDataset = 'own';
const datasetListeners = new Set<() => void>();
export const setDataset = (dataset: string) => {
  currentDataset = dataset;
  datasetListeners.forEach((l) => l());
};
export const getDataset = () => currentDataset;
export const subscribeDataset = (listener: () => void): (() => void) => {
  datasetListeners.add(listener);
  return () => datasetListeners.delete(listener);
};

/** Calls a channel; resolves with the Result (never rejects). */
export async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  return (await bridge.invoke(channel, input, { dataset: currentDataset })) as Result<Output<C>>;
}

/** An error thrown by `call` so react-query sees a failure; carries the Result's error. */
export class CallError extends Error {
  constructor(readonly error: Extract<Result<unknown>, { ok: false }>['error']) {
    super(error.messageKey ?? error.code);
  }
}

/** Calls a channel and returns its value, throwing a CallError on failure (for queries). */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}
