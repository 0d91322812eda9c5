import Database from 'better-sqlite3';
import type { Profile } from '../../../api/channels/backup';
import { closeContext, type DataContext } from '../../core/context';
import { openAppDatabase } from '../../installation/open-database';
import { reduceToAggregates } from './aggregates';
import { contactColumns, noContactsColumns } from '../../registry';

/** The registry's contact fields: what a backup "without personal contact details" must not hold. */
export const CONTACT_FIELDS: readonly { table: string; columns: readonly string[] }[] = contactColumns();

/**
 * What the "without personal contact details" profile empties in the snapshot (never in the
 * database itself): the contact fields, and the free-text notes, where a phone number is as
 * likely as anywhere and no rule could find it. Tables or columns that do not exist (in an older
 * schema) are skipped.
 */
const EMPTIED: readonly { table: string; columns: readonly string[] }[] = noContactsColumns();

export interface Snapshot {
  schemaVersion: number;
  counts: Record<string, number>;
  installationId: string;
  communeFr: string;
  communeAr: string;
}

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Record counts of the ordinary tables (no FTS shadow tables, no migration history). */
export function countRecords(db: Database.Database): Record<string, number> {
  const tables = (db.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'`).all() as { name: string }[])
    .map((t) => t.name)
    .filter((n) => !n.startsWith('sqlite_') && n !== 'schema_migrations')
    .sort();
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${quote(t)}`).get() as { n: number }).n]));
}

function emptyContactFields(db: Database.Database): void {
  for (const { table, columns } of EMPTIED) {
    const present = new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name));
    const cols = columns.filter((c) => present.has(c));
    if (cols.length) db.prepare(`UPDATE ${quote(table)} SET ${cols.map((c) => `${quote(c)} = ''`).join(', ')}`).run();
  }
}

/**
 * Writes a consistent copy of the database to `dest` (VACUUM INTO: one read transaction, so no
 * half-written change), applies the profile, and checks the copy. The copy is left in rollback-
 * journal mode so `sqlite3` opens it alone, without -wal/-shm companions.
 */
export function takeSnapshot(ctx: DataContext, dest: string, profile: Profile): Snapshot {
  ctx.sqlite.prepare('VACUUM INTO ?').run(dest);
  if (profile === 'aggregates') {
    const copy = openAppDatabase(dest);
    try {
      reduceToAggregates(copy);
    } finally {
      closeContext(copy);
    }
  }
  const db = new Database(dest);
  try {
    db.pragma('journal_mode = DELETE');
    if (profile !== 'complete') {
      if (profile === 'no-contacts') db.transaction(() => emptyContactFields(db))();
      // The old values would stay readable in free pages: rebuild the file without them.
      db.exec('VACUUM');
    }
    // quick_check: the b-trees and records, without matching every index entry to its row (which
    // doubles the time on a large database). Every reader runs the full integrity_check.
    const integrity = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (integrity.join() !== 'ok') throw new Error(`the snapshot fails its integrity check: ${integrity.slice(0, 3).join('; ')}`);
    const s = db
      .prepare('SELECT installation_id AS installationId, commune_fr AS communeFr, commune_ar AS communeAr FROM settings WHERE id = 1')
      .get() as Omit<Snapshot, 'schemaVersion' | 'counts'> | undefined;
    if (!s) throw new Error('the database has no settings row');
    return { ...s, schemaVersion: db.pragma('user_version', { simple: true }) as number, counts: countRecords(db) };
  } finally {
    db.close();
  }
}
