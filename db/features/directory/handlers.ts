import type { HandlerGroup } from '../../dispatch/types';

/** Handlers of the directory channels (api/channels/directory-contract.ts). */
export const directoryHandlers: HandlerGroup<never> = {};
