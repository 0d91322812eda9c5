import Database from 'better-sqlite3';
import { DomainError } from '../../core/errors';
import { type Migration, assertHistory, loadMigrations, migrate, schemaVersionOf } from '../../core/migrate';
import type { Sqlite } from '../../core/open';
import { describeDifferences, openUntrusted, schemaDifferences } from '../../core/untrusted';
import type { Manifest } from './manifest';
import { refuse } from './refusals';
import { REGISTRY, sqlNameOf } from '../../registry';
import { removedEntities } from './aggregates';
import { CONTACT_FIELDS, countRecords, quote } from './snapshot';

/**
 * The checks of the database inside a backup, on the extracted file (docs/ARCHITECTURE.md §3,
 * §6). Their order matters: the schema is compared first, reading nothing but `sqlite_master`,
 * so a view, trigger or expression index of the file's own making never runs (see
 * db/core/untrusted.ts); only then `integrity_check` (it evaluates the indexes' expressions,
 * ours by then) and the queries that check the manifest against the data.
 */

const columnsOf = (db: Sqlite, table: string) =>
  new Set((db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name));

function assertSchema(db: Sqlite, migrations: Migration[], version: number): void {
  const differences = schemaDifferences(db, migrations, version);
  if (differences.length) throw refuse('schema', describeDifferences(differences));
  try {
    assertHistory(db, migrations);
  } catch (error) {
    throw refuse('schema', error instanceof Error ? error.message : String(error));
  }
}

/** The source the manifest names is the installation the data belongs to. */
function assertSource(db: Sqlite, manifest: Manifest): void {
  const row = db.prepare('SELECT installation_id AS id, commune_fr AS fr, commune_ar AS ar FROM settings WHERE id = 1').get() as
    { id: string; fr: string; ar: string } | undefined;
  if (!row) throw refuse('manifestMismatch', 'the data has no settings');
  const { installationId, communeFr, communeAr } = manifest.source;
  if (row.id !== installationId || row.fr !== communeFr || row.ar !== communeAr) {
    throw refuse('manifestMismatch', `the manifest names installation ${installationId} (${communeFr}), the data ${row.id} (${row.fr})`);
  }
}

/** The counts the manifest gives are the tables' counts, table for table. */
function assertCounts(db: Sqlite, manifest: Manifest): void {
  const actual = countRecords(db);
  const names = [...new Set([...Object.keys(actual), ...Object.keys(manifest.counts)])].sort();
  const wrong = names.filter((t) => actual[t] !== manifest.counts[t]);
  if (wrong.length) {
    const say = (n: number | undefined) => (n === undefined ? 'none' : String(n));
    const detail = wrong.slice(0, 5).map((t) => `${t}: ${say(manifest.counts[t])} in the manifest, ${say(actual[t])} in the data`);
    throw refuse('manifestMismatch', detail.join('; '));
  }
}

/**
 * A backup said to be "without personal contact details" holds none: every contact field of
 * the registry is empty. Free-text notes are emptied by the profile too, but backups made
 * before that rule kept them, so they are not part of the check.
 */
function assertProfile(db: Sqlite, manifest: Manifest): void {
  if (manifest.profile === 'aggregates') {
    // No row about a person: every table the profile empties is empty.
    for (const e of removedEntities()) {
      const table = sqlNameOf(e);
      const exists = table && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
      if (exists && REGISTRY[e].kind !== 'index' && db.prepare(`SELECT 1 FROM ${quote(table!)} LIMIT 1`).get())
        throw refuse('manifestMismatch', `the manifest says aggregates, but ${table} holds rows about people`);
    }
    return;
  }
  if (manifest.profile !== 'no-contacts') return;
  for (const { table, columns } of CONTACT_FIELDS) {
    const present = columnsOf(db, table);
    for (const column of columns.filter((c) => present.has(c))) {
      if (db.prepare(`SELECT 1 FROM ${quote(table)} WHERE ${quote(column)} <> '' LIMIT 1`).get()) {
        throw refuse('manifestMismatch', `the manifest says no-contacts, but ${table}.${column} holds contact details`);
      }
    }
  }
}

/** Checks a backup's database against this app's schema and against its manifest; changes nothing. */
export function checkDatabase(file: string, manifest: Manifest, migrations = loadMigrations()): void {
  let db: Sqlite | undefined;
  try {
    db = openUntrusted(file);
    const version = schemaVersionOf(db);
    if (version > migrations.length) throw refuse('schemaTooNew');
    if (version !== manifest.schemaVersion) throw refuse('badManifest', 'schema version differs from the data');
    assertSchema(db, migrations, version);
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') throw refuse('integrity', integrity.slice(0, 3).join('; '));
    assertSource(db, manifest);
    assertCounts(db, manifest);
    assertProfile(db, manifest);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw refuse('integrity', error instanceof Error ? error.message : String(error));
  } finally {
    db?.close();
  }
}

/**
 * Brings a checked database of an older schema version up to this app's, in place: the file is
 * already a private copy, so nothing the user has changes until it replaces anything (restore)
 * or is read (partner dataset). What the migrations produced is checked again.
 */
export function migrateCopy(file: string, migrations = loadMigrations()): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    if (schemaVersionOf(db) >= migrations.length) return;
    migrate(db, { migrations });
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    throw error instanceof DomainError ? error : refuse('integrity', error instanceof Error ? error.message : String(error));
  } finally {
    db.close();
  }
  const check = openUntrusted(file);
  try {
    assertSchema(check, migrations, migrations.length);
  } finally {
    check.close();
  }
}

/** A stored file (a partner dataset) still has this app's schema at its version; nothing else is read. */
export function assertOwnSchema(file: string, migrations = loadMigrations()): void {
  const db = openUntrusted(file);
  try {
    const version = schemaVersionOf(db);
    if (version > migrations.length) throw refuse('schemaTooNew');
    assertSchema(db, migrations, version);
  } finally {
    db.close();
  }
}
