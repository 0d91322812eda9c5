import type { Channel, Output, ParsedInput } from '../../api/contract';
import type { DataContext } from '../core/context';

/**
 * A channel's implementation: parsed input in, plain output out (parsed again on its way out).
 * Most are synchronous (better-sqlite3); those that encrypt or read files may return a Promise.
 */
export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: DataContext) => Output<C> | Promise<Output<C>>;

/** Every channel of the contract must be here: a missing one is a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };

/** A feature's share of the handlers. */
export type HandlerGroup<K extends Channel> = { [C in K]: Handler<C> };
