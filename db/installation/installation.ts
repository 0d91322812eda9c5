import fs from 'node:fs';
import path from 'node:path';
import { type DataContext, closeContext } from '../core/context';
import type { KeyStore } from '../core/key-store';
import { DATABASE_FILE } from '../core/paths';
import { closePartnerDatasets, openPartnerDataset } from '../features/backup/partners';
import { openAppDatabase } from './open-database';

/**
 * The one opener every shell uses (Electron's main process, the `sas` command line, the test
 * host): the installation's own database (read-write, swapped in place after a restore), the
 * partners' imported datasets (read-only, opened on demand), and the key store.
 */
export interface OpenedInstallation {
  own(): DataContext;
  /** The database a call addresses (`own`, or a partner dataset's id); undefined when unknown. */
  contextFor(dataset: string): DataContext | undefined;
  close(): void;
}

export interface InstallationOptions {
  /** The database file; `backups/` and `partners/` live in its folder. */
  db: string;
  keyStore: KeyStore;
  migrationsFolder?: string;
  /** Where the pre-migration snapshot goes (default: `backups/` beside the database). */
  backupDir?: string;
  /**
   * Open the own database read-only (`sas directory search`, `export`): the file must exist, is
   * never created, migrated or written, and the dispatcher refuses every write channel on it.
   */
  readOnly?: boolean;
  /** The shells that serve a page confine the files a call may name to the data folder (Installation.confineFilesTo). */
  confineFiles?: boolean;
}

export function openInstallation(options: InstallationOptions): OpenedInstallation {
  const file = path.resolve(options.db);
  const dataDir = path.dirname(file);
  const readOnly = Boolean(options.readOnly);
  // A coordinator's first command may be a partner import: the folder is created, as on first run.
  if (!readOnly) fs.mkdirSync(dataDir, { recursive: true });
  let own: DataContext;
  // A restore swaps the database in place: impossible on a read-only one, so the channel is refused.
  const replaceContext = readOnly ? undefined : (next: DataContext) => (own = next);
  const installation = { dataDir, keyStore: options.keyStore, replaceContext, confineFilesTo: options.confineFiles ? dataDir : undefined };
  own = {
    ...openAppDatabase(file, {
      readOnly,
      backupDir: options.backupDir ?? path.join(dataDir, 'backups'),
      migrationsFolder: options.migrationsFolder,
    }),
    installation,
  };
  return {
    own: () => own,
    contextFor: (dataset) => {
      if (dataset === 'own' || dataset === own.dataset) return own;
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

export { DATABASE_FILE };
