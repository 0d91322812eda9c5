import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BadFileError } from './errors';
import type { Sqlite } from './open';

/**
 * The safe migration wrapper (DESIGN.md §3). Drizzle-kit writes the SQL; this runs it:
 * refuses a database from a newer version, refuses a file that is not this app's, snapshots the
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

export function readJournal(folder: string): JournalEntry[] {
  const raw = JSON.parse(fs.readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return raw.entries;
}

export function loadMigrations(folder = defaultMigrationsFolder()): Migration[] {
  return readJournal(folder).map((e) => {
    const sql = fs.readFileSync(path.join(folder, `${e.tag}.sql`), 'utf8');
    return {
      idx: e.idx,
      tag: e.tag,
      when: e.when,
      hash: crypto.createHash('sha256').update(sql).digest('hex'),
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
  assertAppDatabase(db);
  assertNotNewer(db, migrations);
  const from = schemaVersionOf(db);
  assertHistoryMatches(db, migrations.slice(0, from));
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

/** A database whose applied history names other migrations comes from another line of versions. */
function assertHistoryMatches(db: Sqlite, applied: Migration[]): void {
  if (!applied.length) return;
  const rows = db.prepare(`SELECT idx, tag, hash FROM ${APP_TABLE} ORDER BY idx`).all() as { idx: number; tag: string; hash: string }[];
  for (const m of applied) {
    const row = rows.find((r) => r.idx === m.idx);
    if (!row || row.tag !== m.tag) {
      throw new BadFileError('errors.notAppDatabase', `migration ${m.tag} is missing from this database's history`);
    }
  }
}
