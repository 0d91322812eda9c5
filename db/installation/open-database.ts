import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { DataContext } from '../core/context';
import { type MigrateReport, assertCompatible, loadMigrations, migrate } from '../core/migrate';
import { type Sqlite, openDatabase } from '../core/open';
import { ensureInstallation } from '../features/settings/installation';
import * as schema from '../schema';
import { ensureSearchIndexes } from './search-indexes';

export interface OpenOptions {
  readOnly?: boolean;
  dataset?: string;
  /** Where the pre-migration snapshot goes (the desktop app uses its backups folder). */
  backupDir?: string;
  migrationsFolder?: string;
}

/**
 * Opens (creating and migrating when needed) a database of this application. A writable one
 * gets its settings row and default framework on first open.
 */
export function openAppDatabase(file: string, options: OpenOptions = {}): DataContext {
  const migrations = loadMigrations(options.migrationsFolder);
  // Read-only opens too: a partner dataset or `sas directory search` must not read a database
  // whose history disagrees with this app's migrations, and the refusal precedes the WAL switch.
  const check = (db: Sqlite) => assertCompatible(db, migrations);
  const sqlite = openDatabase(file, { readOnly: options.readOnly, check });
  try {
    const migration: MigrateReport | null = options.readOnly ? null : migrate(sqlite, { migrations, backupDir: options.backupDir });
    const orm = drizzle(sqlite, { schema });
    const ctx: DataContext = { dataset: options.dataset ?? 'own', file, readOnly: Boolean(options.readOnly), sqlite, orm, migration };
    if (!options.readOnly) {
      ensureInstallation(sqlite);
      ensureSearchIndexes(ctx);
    }
    return ctx;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
