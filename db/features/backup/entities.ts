import { partnerDatasets, recipientKeys } from '../../schema';
import type { EntityEntries } from '../../registry/types';

/** Exchange with partners: their public keys, their imported datasets, and the local backups folder. */
export const backupEntities: EntityEntries<'recipientKeys' | 'partnerDatasets' | 'backups'> = {
  recipientKeys: { kind: 'record', table: recipientKeys },
  partnerDatasets: { kind: 'record', table: partnerDatasets },
  backups: { kind: 'files' },
};
