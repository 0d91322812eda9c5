import Database from 'better-sqlite3';
import { type Migration, migrate } from './migrate';
import type { Sqlite } from './open';

/**
 * Files from outside (a backup to restore, a partner's dataset) are untrusted until their schema
 * is the one this app's migrations produce (docs/ARCHITECTURE.md §3). SQLite's advice for such
 * files is a progress handler to bound the work of any statement; better-sqlite3 13 is built with
 * SQLITE_OMIT_PROGRESS_CALLBACK and offers no interrupt, and a worker thread with a timeout would
 * still leave a hung SQLite call that cannot be cancelled. So the bound is by construction: the
 * only statements run before the schema is proven read `sqlite_master` and the `pragma_table_xinfo`
 * of tables; no view is selected from and no trigger can fire (the file is read-only and
 * `query_only`), so nothing the file defines runs. Once the schema equals ours, `integrity_check`
 * (which never executes views or fires triggers) and counts over our own tables do work
 * proportional to the file's size, never more.
 */

export interface SchemaEntry {
  type: string;
  name: string;
  table: string;
  sql: string | null;
}

/**
 * Opens a file read-only with SQLite's defensive settings: `trusted_schema=OFF` (no SQL function
 * with side effects from inside the schema), `cell_size_check=ON` (corrupt cells detected early),
 * `query_only`. SQLITE_DBCONFIG_DEFENSIVE is already on: better-sqlite3 13 sets it at every open
 * and only `db.unsafeMode()` (never called here) turns it off; it exposes no other switch.
 */
export function openUntrusted(file: string): Sqlite {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLite's own tables, made by ANALYZE (harmless planner statistics), tolerated with their exact definitions. */
const SQLITE_OWN = new Map([
  ['sqlite_stat1', 'CREATE TABLE sqlite_stat1(tbl,idx,stat)'],
  ['sqlite_stat4', 'CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)'],
]);

/** Whitespace runs made one space: the same definition typed with other line breaks is the same. */
const normalised = (sql: string | null) => (sql === null ? null : sql.replace(/\s+/g, ' ').trim());

export function readSchema(db: Sqlite): SchemaEntry[] {
  return (db.prepare('SELECT type, name, tbl_name AS "table", sql FROM sqlite_master ORDER BY type, name').all() as SchemaEntry[]).map(
    (e) => ({ ...e, sql: normalised(e.sql) }),
  );
}

// The reference of version N, per migration list (by their hashes): built once, in memory.
const references = new Map<string, SchemaEntry[]>();

/** The schema this app's first `n` migrations produce, from an empty in-memory database. */
export function referenceSchema(migrations: Migration[], n: number): SchemaEntry[] {
  const key = migrations
    .slice(0, n)
    .map((m) => m.hash)
    .join();
  const known = references.get(key);
  if (known) return known;
  const db = new Database(':memory:');
  try {
    migrate(db, { migrations: migrations.slice(0, n) });
    const schema = readSchema(db);
    references.set(key, schema);
    return schema;
  } finally {
    db.close();
  }
}

/** "trigger t1 on staff", "view v": indexes and triggers are named with their table. */
const named = (e: SchemaEntry) => `${e.type} ${e.name}${e.type === 'index' || e.type === 'trigger' ? ` on ${e.table}` : ''}`;

/** Column names of a table, read without running anything the file defines (tables only). */
const columnsOf = (db: Sqlite, table: string): string[] =>
  (db.prepare('SELECT name FROM pragma_table_xinfo(?)').all(table) as { name: string }[]).map((c) => c.name);

function tableDifference(db: Sqlite, ours: Sqlite | null, mine: SchemaEntry, theirs: SchemaEntry): string {
  if (!ours) return `${named(theirs)} is defined differently`;
  const want = columnsOf(ours, mine.name);
  const have = columnsOf(db, theirs.name);
  const extra = have.filter((c) => !want.includes(c)).map((c) => `extra column ${c}`);
  const missing = want.filter((c) => !have.includes(c)).map((c) => `missing column ${c}`);
  const parts = [...extra, ...missing];
  return `table ${theirs.name} is defined differently${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/**
 * What differs between the file's schema and this app's at `version`, one English phrase per
 * difference ("view staff instead of a table", "extra trigger t1 on staff"); empty when equal.
 */
export function schemaDifferences(db: Sqlite, migrations: Migration[], version: number): string[] {
  const expected = referenceSchema(migrations, version);
  const found = readSchema(db);
  const byName = new Map(expected.map((e) => [e.name, e]));
  const differences: string[] = [];
  // A table replaced by a view has lost its indexes and triggers too: said once, not for each.
  const replaced = new Set<string>();
  let ours: Sqlite | null = null;
  try {
    for (const theirs of found) {
      const mine = byName.get(theirs.name);
      byName.delete(theirs.name);
      if (!mine) {
        if (SQLITE_OWN.get(theirs.name) === theirs.sql && theirs.type === 'table') continue;
        differences.push(`extra ${named(theirs)}`);
      } else if (mine.type !== theirs.type) {
        replaced.add(mine.name);
        differences.push(`${theirs.type} ${theirs.name} instead of ${mine.type === 'index' ? 'an' : 'a'} ${mine.type}`);
      } else if (mine.table !== theirs.table) {
        differences.push(`${named(theirs)} instead of on ${mine.table}`);
      } else if (mine.sql !== theirs.sql) {
        if (theirs.type === 'table' && !ours) ours = referenceDatabase(migrations, version);
        differences.push(theirs.type === 'table' ? tableDifference(db, ours, mine, theirs) : `${named(theirs)} is defined differently`);
      }
    }
  } finally {
    ours?.close();
  }
  // Missing tables first: what a reader most needs to hear about a foreign file.
  const rank = (e: SchemaEntry) => ['table', 'view', 'index', 'trigger'].indexOf(e.type);
  const missing = [...byName.values()].filter((e) => !replaced.has(e.table)).sort((a, b) => rank(a) - rank(b));
  for (const e of missing) differences.push(`missing ${named(e)}`);
  return differences;
}

/** A database at `version`, to read our columns from when a table differs (rare: only on refusal). */
function referenceDatabase(migrations: Migration[], version: number): Sqlite {
  const db = new Database(':memory:');
  migrate(db, { migrations: migrations.slice(0, version) });
  return db;
}

/** "a; b; c and 4 more": a refusal names the first few differences, not hundreds. */
export function describeDifferences(differences: string[], shown = 5): string {
  const head = differences.slice(0, shown).join('; ');
  return differences.length > shown ? `${head} and ${differences.length - shown} more` : head;
}
