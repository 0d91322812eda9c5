import path from 'node:path';
import type { KeyStore } from '../../db/core/key-store';
import { DATABASE_FILE } from '../../db/core/paths';
import { type OpenedInstallation, openInstallation } from '../../db/installation/installation';

/**
 * The databases the window can address: the installation's own (read-write, swapped in place
 * after a restore) and the partners' imported datasets (read-only, opened on demand), through
 * the opener every shell shares.
 */
export type Datasets = OpenedInstallation;

export const openDatasets = (userData: string, migrationsFolder: string, keyStore: KeyStore): Datasets =>
  // The page never names a file outside the data folder (docs/ARCHITECTURE.md §4).
  openInstallation({ db: path.join(userData, DATABASE_FILE), keyStore, migrationsFolder, confineFiles: true });
