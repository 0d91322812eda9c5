import type { HandlerGroup } from '../../dispatch/types';

/** Handlers of the backup channels (api/channels/backup-contract.ts). */
export const backupHandlers: HandlerGroup<never> = {};
