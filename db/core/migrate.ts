import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BadFileError } from './errors';
import type { Sqlite } from './open';

/**
 * The safe migration wrapper (docs/ARCHITECTURE.md §3). Drizzle-kit writes the SQL; this runs it:
 * refuses a database from a newer version, refuses a file that is not this app's or whose applied
 * history (tags and SQL hashes) is not the start of this app's migrations, snapshots the
 * database before pending migrations, and applies each migration with foreign keys off
 * (outside the transaction, where SQLite honours the pragma) then `foreign_key_check`.
 */

export interface Migration {
  idx: number;
  tag: string;
  when: number;
  statements: string[];
  hash: string;
}

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

let configuredFolder: string | null = null;

/**
 * Where the migrations are when they are not next to this source file: a bundled main process
 * (out/main) or a packaged app (resources/migrations) says so once at start-up, and every
 * later open (restore, partner import) finds them there.
 */
export function useMigrationsFolder(folder: string): void {
  configuredFolder = folder;
}

export function defaultMigrationsFolder(): string {
  return configuredFolder ?? path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../migrations');
}

/**
 * The journal, checked: drizzle's migrator runs entries as listed and never notices two
 * branches that each generated "migration 5", so a merge that leaves the journal out of order
 * stops here, before any database is touched, instead of applying migrations in a new order.
 */
export function readJournal(folder: string): JournalEntry[] {
  const file = path.join(folder, 'meta/_journal.json');
  const { entries } = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: JournalEntry[] };
  entries.forEach((e, i) => {
    const wrong = journalProblem(e, i, entries[i - 1]);
    if (wrong)
      throw new Error(`${file}: migration ${e.tag} ${wrong}; the entries must be numbered 0, 1, 2… in the order they were generated`);
  });
  return entries;
}

function journalProblem(e: JournalEntry, i: number, before: JournalEntry | undefined): string {
  if (e.idx !== i) return `is numbered ${e.idx} at position ${i}`;
  if (Number(e.tag.split('_')[0]) !== i) return `does not start with its number ${i}`;
  if (before && e.when <= before.when) return `is dated no later than the migration before it (${before.tag})`;
  return '';
}

/** Line endings normalised first: a Windows checkout (CRLF) must ship the hashes a Linux build recorded. */
const hashOf = (sql: string) => crypto.createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');

export function loadMigrations(folder = defaultMigrationsFolder()): Migration[] {
  return readJournal(folder).map((e) => {
    const sql = fs.readFileSync(path.join(folder, `${e.tag}.sql`), 'utf8');
    return {
      idx: e.idx,
      tag: e.tag,
      when: e.when,
      hash: hashOf(sql),
      statements: sql
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.replace(/--.*$/gm, '').trim()),
    };
  });
}

/** The schema version of a database: how many migrations it holds (0 for a new file). */
export const schemaVersionOf = (db: Sqlite): number => db.pragma('user_version', { simple: true }) as number;

const APP_TABLE = 'schema_migrations';

function hasTable(db: Sqlite, name: string): boolean {
  return Boolean(db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name));
}

/** Refuses a file that holds tables but none of ours: someone else's database. */
export function assertAppDatabase(db: Sqlite): void {
  const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
  if (tables.n > 0 && !hasTable(db, APP_TABLE)) {
    throw new BadFileError('errors.notAppDatabase', 'this SQLite file is not a database of this application');
  }
}

export function assertNotNewer(db: Sqlite, migrations: Migration[]): void {
  const version = schemaVersionOf(db);
  if (version > migrations.length) {
    throw new BadFileError(
      'errors.databaseTooNew',
      `this database has schema version ${version}, made by a newer version of the application (this one knows ${migrations.length}); install the newer version to open it`,
    );
  }
}

export interface MigrateOptions {
  migrations?: Migration[];
  /** Folder for the snapshot taken before pending migrations; none is taken when absent. */
  backupDir?: string;
}

export interface MigrateReport {
  from: number;
  to: number;
  backup: string | null;
}

export function migrate(db: Sqlite, options: MigrateOptions = {}): MigrateReport {
  const migrations = options.migrations ?? loadMigrations();
  assertCompatible(db, migrations);
  const from = schemaVersionOf(db);
  const pending = migrations.slice(from);
  if (!pending.length) return { from, to: from, backup: null };

  let backup: string | null = null;
  if (from > 0 && options.backupDir) {
    fs.mkdirSync(options.backupDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    backup = path.join(options.backupDir, `before-migration-v${from}-${stamp}.sqlite`);
    db.prepare('VACUUM INTO ?').run(backup);
  }

  db.pragma('foreign_keys = OFF');
  try {
    for (const m of pending) applyOne(db, m);
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { from, to: schemaVersionOf(db), backup };
}

function applyOne(db: Sqlite, m: Migration): void {
  const run = db.transaction(() => {
    if (!hasTable(db, APP_TABLE)) {
      db.exec(`CREATE TABLE ${APP_TABLE} (idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    }
    for (const statement of m.statements) db.exec(statement);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`migration ${m.tag} leaves ${broken.length} broken references`);
    db.prepare(`INSERT INTO ${APP_TABLE} (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)`).run(
      m.idx,
      m.tag,
      m.hash,
      new Date().toISOString(),
    );
    db.pragma(`user_version = ${m.idx + 1}`);
  });
  run.immediate();
}

interface HistoryRow {
  idx: number;
  tag: string;
  hash: string;
}

/**
 * Refuses a database whose applied history is not exactly the first `user_version` migrations
 * this app ships, each with the same SQL: migrating it would skip, repeat or reorder changes,
 * and a read-only view would describe tables the file may not have. English detail naming the
 * migration, for `sas`, `sas doctor` and the detail line under the app's translated sentence.
 */
export function assertHistory(db: Sqlite, migrations: Migration[]): void {
  const version = schemaVersionOf(db);
  const rows = hasTable(db, APP_TABLE) ? (db.prepare(`SELECT idx, tag, hash FROM ${APP_TABLE} ORDER BY idx`).all() as HistoryRow[]) : [];
  const tagAt = (i: number) => migrations[i]?.tag ?? `number ${i}`;
  const refuse = (detail: string) => new BadFileError('errors.migrationHistory', detail);
  rows.forEach((row, i) => {
    if (row.idx !== i) throw refuse(`migration ${tagAt(i)} is missing from this database's history (the next one recorded is ${row.tag})`);
    if (i >= version) {
      throw refuse(
        `the schema version (user_version) is ${version} but the history records ${rows.length} migrations: ${row.tag} is beyond it`,
      );
    }
    // Beyond the migrations this app knows lies a newer app's history (only `sas doctor` reads that far).
    const m = migrations[i];
    if (!m) return;
    if (row.tag !== m.tag) {
      const elsewhere = migrations.findIndex((o) => o.tag === row.tag);
      throw refuse(
        elsewhere >= 0
          ? `the history records ${row.tag} as migration ${i} but this app applies it as migration ${elsewhere}: the migrations were reordered`
          : `the history records ${row.tag} as migration ${i}, a migration this app does not ship (it has ${m.tag} there)`,
      );
    }
    if (row.hash !== m.hash) {
      throw new BadFileError(
        'errors.migrationChanged',
        `migration ${m.tag} differs from the one applied to this database (recorded hash ${row.hash.slice(0, 12)}…, this app's ${m.hash.slice(0, 12)}…): it was edited after it was applied`,
      );
    }
  });
  if (rows.length < version) {
    throw refuse(
      `the schema version (user_version) is ${version} but the history records ${rows.length} migrations: ${tagAt(rows.length)} is missing`,
    );
  }
}

/** Everything that must hold before a database is opened or migrated; nothing here writes. */
export function assertCompatible(db: Sqlite, migrations: Migration[]): void {
  assertAppDatabase(db);
  assertNotNewer(db, migrations);
  assertHistory(db, migrations);
}
