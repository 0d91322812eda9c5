import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from '../schema';
import type { KeyStore } from './key-store';
import type { MigrateReport } from './migrate';
import type { Sqlite } from './open';

export type Orm = BetterSQLite3Database<typeof schema>;

/**
 * What every service and handler receives: the database it works on and whether that database
 * may be written. A partner dataset (imported backup) is read-only; the dispatcher refuses
 * writes to it before any handler runs. Contexts are made by db/installation (the one opener
 * every shell uses), never by hand.
 */
export interface DataContext {
  /** A name for the dataset: `own` for the installation's database, else the partner's id. */
  readonly dataset: string;
  readonly file: string;
  readonly readOnly: boolean;
  readonly sqlite: Sqlite;
  readonly orm: Orm;
  readonly migration: MigrateReport | null;
  /**
   * Only on the installation's own database, given by the shell that opened it (Electron main,
   * `sas`, the test host): what backups, restore and partner imports need beyond the database.
   */
  readonly installation?: Installation;
}

export interface Installation {
  /** The data folder: `backups/` and `partners/` live here, next to the database. */
  dataDir: string;
  /** Where the installation's private keys are kept (safeStorage in Electron, a 0600 file for `sas`). */
  keyStore: KeyStore;
  /**
   * A restore closes this context and opens a new one on the restored file: the shell swaps its
   * open context for `next` (absent: the restore channels are refused).
   */
  replaceContext?(next: DataContext): void;
  /**
   * Set by the shells that serve a page (Electron, the test host): every file a call names must
   * lie inside this folder. A page never names a file the user did not choose: files the user
   * picks travel as bytes, files the app made live in its data folder. The command line, where
   * the user types the path, sets nothing.
   */
  confineFilesTo?: string;
}

export const closeContext = (ctx: DataContext): void => {
  if (ctx.sqlite.open) ctx.sqlite.close();
};
