import path from 'node:path';
import { ensureKeys } from '../../db/features/backup/keys';
import { autoBackup } from '../../db/features/backup/local';
import type { Datasets } from './datasets';

/** Every few hours while the app is open, as well as at start (docs/ARCHITECTURE.md §6, issue 4). */
export const AUTO_BACKUP_EVERY_MS = 4 * 60 * 60 * 1000;

/**
 * Automatic local backups, encrypted to the installation's own key and pruned by the retention
 * rule in the data core. A failure is logged (no personal data) and never stops the app.
 */
export function scheduleAutoBackups(datasets: Datasets, userData: string): () => void {
  const run = async () => {
    try {
      const own = datasets.own();
      const keys = await ensureKeys(own.installation!.keyStore);
      await autoBackup(own, path.join(userData, 'backups'), keys);
    } catch (error) {
      console.error('[backup] automatic backup failed:', error instanceof Error ? error.message : 'unknown error');
    }
  };
  void run();
  const timer = setInterval(() => void run(), AUTO_BACKUP_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
