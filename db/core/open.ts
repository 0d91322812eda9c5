import fs from 'node:fs';
import Database from 'better-sqlite3';
import { BadFileError } from './errors';

export type Sqlite = Database.Database;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file exists and does not start with SQLite's header (it is left untouched). */
export function isForeignFile(file: string): boolean {
  if (file === ':memory:' || !fs.existsSync(file)) return false;
  const stat = fs.statSync(file);
  if (stat.isDirectory()) return true;
  if (stat.size === 0) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return !head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens a database with the pragmas of docs/ARCHITECTURE.md §3: WAL so readers never wait for the
 * writer, foreign keys enforced, a busy timeout instead of an immediate failure, and
 * synchronous=FULL so a confirmed write survives a power cut.
 */
export function openDatabase(file: string, options: { readOnly?: boolean; check?: (db: Sqlite) => void } = {}): Sqlite {
  if (isForeignFile(file)) throw new BadFileError('errors.notADatabase', `${file} is not an SQLite database`);
  if (options.readOnly && !fs.existsSync(file)) throw new BadFileError('errors.fileMissing', `${file} does not exist`);
  const db = new Database(file, { readonly: Boolean(options.readOnly), fileMustExist: Boolean(options.readOnly) });
  try {
    db.pragma('busy_timeout = 5000');
    // The caller's refusal comes before anything is written: switching to WAL rewrites the
    // header, and a file we refuse (someone else's, a newer version's) must stay as it was.
    options.check?.(db);
    if (!options.readOnly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    if (!options.readOnly) db.pragma('synchronous = FULL');
    // Lists of 100,000 organisations read the same pages again and again: a 64 MiB page cache,
    // and the installation's own file mapped into memory (not a file from outside: mapping an
    // untrusted file would let a damaged one reach the process's memory directly).
    db.pragma('cache_size = -65536');
    // A search's matches and facet hits go to temporary tables (db/features/directory/search-query.ts).
    db.pragma('temp_store = MEMORY');
    if (!options.readOnly) db.pragma('mmap_size = 268435456');
    return db;
  } catch (error) {
    db.close();
    if (error instanceof BadFileError) throw error;
    if (error instanceof Error && /not a database|malformed/i.test(error.message)) {
      throw new BadFileError('errors.notADatabase', error.message);
    }
    throw error;
  }
}
