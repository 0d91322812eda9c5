import type { CallContext, Channel, EventName, Input, Output } from '../../api/contract';
import type { Result } from '../../api/result';

/** What main sends with each event. */
export interface EventPayloads {
  /** The tables a write changed: the renderer refreshes the queries that read them. */
  'data:changed': string[];
  /** A route chosen in the native menu, e.g. `/staff`. */
  'menu:navigate': string;
}

/**
 * The one object the preload puts on `window.sas`. Type-only, so the renderer can import it
 * without pulling in Electron.
 */
export interface SasBridge {
  invoke<C extends Channel>(channel: C, input: Input<C>, context?: CallContext): Promise<Result<Output<C>>>;
  on<E extends EventName>(event: E, callback: (payload: EventPayloads[E]) => void): () => void;
}
