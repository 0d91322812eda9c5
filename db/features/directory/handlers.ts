import type { HandlerGroup } from '../../dispatch/types';
import type { directoryChannels } from '../../../api/channels/directory-contract';
import { fileHandlers } from './file-handlers';
import { listHandlers } from './list-handlers';
import { organizationHandlers } from './organization-handlers';
import { recordHandlers } from './record-handlers';
import { subsidyHandlers } from './subsidy-handlers';

/** Handlers of the directory channels (api/channels/directory-contract.ts). */
export const directoryHandlers: HandlerGroup<keyof typeof directoryChannels> = {
  ...organizationHandlers,
  ...recordHandlers,
  ...subsidyHandlers,
  ...listHandlers,
  ...fileHandlers,
};
