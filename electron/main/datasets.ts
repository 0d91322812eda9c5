import path from 'node:path';
import { type DataContext, closeContext, openAppDatabase } from '../../db/core/context';
import { DATABASE_FILE } from '../../db/core/paths';
import type { KeyStore } from '../../db/features/backup/keys';
import { closePartnerDatasets, openPartnerDataset } from '../../db/features/backup/partners';

/**
 * The databases the window can address: the installation's own (read-write, swapped in place
 * after a restore) and the partners' imported datasets (read-only, opened on demand).
 */
export interface Datasets {
  own(): DataContext;
  contextFor(dataset: string): DataContext | undefined;
  close(): void;
}

export function openDatasets(userData: string, migrationsFolder: string, keyStore: KeyStore): Datasets {
  let own: DataContext;
  const installation = { dataDir: userData, keyStore, replaceContext: (next: DataContext) => (own = next) };
  own = {
    ...openAppDatabase(path.join(userData, DATABASE_FILE), { backupDir: path.join(userData, 'backups'), migrationsFolder }),
    installation,
  };
  return {
    own: () => own,
    contextFor: (dataset) => {
      if (dataset === 'own') return own;
      try {
        return openPartnerDataset(own, dataset);
      } catch {
        return undefined;
      }
    },
    close: () => {
      closePartnerDatasets();
      closeContext(own);
    },
  };
}
