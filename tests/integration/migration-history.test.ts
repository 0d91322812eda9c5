import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BadFileError } from '../../db/core/errors';
import { defaultMigrationsFolder, loadMigrations } from '../../db/core/migrate';
import { openDatabase } from '../../db/core/open';
import { type OpenOptions, openAppDatabase } from '../../db/installation/open-database';
import { examine } from '../../shells/cli/commands/doctor';
import { existingDatabase, sas, tempDir } from './helpers';
import { migrateTo } from './migrate-to';

/**
 * A database whose migration history disagrees with this app's migrations is refused by every
 * door (the app's opener, writable and read-only, `sas doctor`, any `sas` command) with a
 * sentence naming the migration, and its bytes stay as they were.
 */

const latest = loadMigrations().length;
const lastTag = loadMigrations().at(-1)!.tag;
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Changes a closed database behind the app's back, as a hand edit or another build would. */
function tamper(file: string, change: (db: Database.Database) => void): string {
  const db = new Database(file);
  change(db);
  db.close();
  return file;
}

/** A copy of the shipped migrations folder, changed by `edit`, for what only the app's files can show. */
function migrationsCopy(edit: (folder: string) => void): string {
  const folder = path.join(tempDir(), 'migrations');
  fs.cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  edit(folder);
  return folder;
}

function refusal(open: () => void): BadFileError {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(BadFileError);
    return error as BadFileError;
  }
  throw new Error('the database was opened');
}

/** The app's opener, writable then read-only: the same refusal; returns its sentence. */
function refusedByApp(file: string, messageKey: string, detail: RegExp, options: OpenOptions = {}): string {
  const before = sha256(file);
  const sentences = [false, true].map((readOnly) => {
    const error = refusal(() => openAppDatabase(file, { ...options, readOnly }).sqlite.close());
    expect(error.messageKey).toBe(messageKey);
    expect(error.message).toMatch(detail);
    return error.message;
  });
  expect(sentences[1]).toBe(sentences[0]);
  expect(sha256(file)).toBe(before);
  return sentences[0];
}

/** The app, then `sas doctor` (in-process), both refusing with one sentence; the file unchanged. */
function refusedEverywhere(file: string, messageKey: string, detail: RegExp): string {
  const before = sha256(file);
  const sentence = refusedByApp(file, messageKey, detail);
  const report = examine(file);
  expect(report.ok).toBe(false);
  expect(report.problems).toContain(sentence);
  // Not "pending (the app applies them…)": the app refuses this file.
  expect(report.problems.join('\n')).not.toMatch(/pending/);
  expect(sha256(file)).toBe(before);
  return sentence;
}

describe('a database whose migration history disagrees with this app', () => {
  it('is refused when an applied migration was edited by one byte, naming it, by the app, sas doctor and sas commands', () => {
    const file = tamper(existingDatabase(), (db) => {
      const { hash } = db.prepare('SELECT hash FROM schema_migrations WHERE idx = 1').get() as { hash: string };
      const flipped = hash.slice(0, -1) + (hash.endsWith('0') ? '1' : '0');
      db.prepare('UPDATE schema_migrations SET hash = ? WHERE idx = 1').run(flipped);
    });
    const sentence = refusedEverywhere(
      file,
      'errors.migrationChanged',
      /migration 0001_staff_search differs .* edited after it was applied/,
    );
    const before = sha256(file);

    const doctor = sas('doctor', '--db', file);
    expect(doctor.code).toBe(1);
    expect(doctor.stderr).toContain(`Problem: ${sentence}`);
    const json = sas('doctor', '--db', file, '--json');
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { problems: string[] }).problems).toContain(sentence);
    // One read-only command and one that opens the database for writing.
    for (const args of [
      ['directory', 'search', 'espoir'],
      ['partner', 'list'],
    ]) {
      const run = sas(...args, '--db', file);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr.trim(), args.join(' ')).toBe(`sas: ${sentence}`);
    }
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('is refused when the app ships an applied migration edited by one byte', () => {
    const file = existingDatabase();
    const folder = migrationsCopy((dir) => {
      const sql = path.join(dir, '0001_staff_search.sql');
      fs.writeFileSync(sql, fs.readFileSync(sql, 'utf8').replace("prefix = '2 3'", "prefix = '2 4'"));
    });
    refusedByApp(file, 'errors.migrationChanged', /migration 0001_staff_search differs/, { migrationsFolder: folder });
  });

  it('is refused when a migration is missing from the history', () => {
    const file = tamper(existingDatabase(), (db) => db.exec('DELETE FROM schema_migrations WHERE idx = 2'));
    refusedEverywhere(file, 'errors.migrationHistory', /migration 0002_exchange is missing from this database's history/);
  });

  it('is refused when the history holds an extra migration', () => {
    const file = tamper(existingDatabase(), (db) =>
      db.prepare("INSERT INTO schema_migrations (idx, tag, hash, applied_at) VALUES (?, '9999_elsewhere', 'x', '2026-01-01')").run(latest),
    );
    refusedEverywhere(
      file,
      'errors.migrationHistory',
      new RegExp(`user_version\\) is ${latest} but the history records ${latest + 1} .*9999_elsewhere`),
    );
  });

  it('is refused when the history records the migrations in another order, or one this app does not ship', () => {
    const swapped = tamper(existingDatabase(), (db) =>
      db.exec(`UPDATE schema_migrations SET tag = CASE idx WHEN 1 THEN '0002_exchange' ELSE '0001_staff_search' END WHERE idx IN (1, 2)`),
    );
    refusedEverywhere(swapped, 'errors.migrationHistory', /records 0002_exchange as migration 1 but this app applies it as migration 2/);
    const unknown = tamper(existingDatabase(), (db) => db.exec("UPDATE schema_migrations SET tag = '0001_staff_names' WHERE idx = 1"));
    refusedEverywhere(unknown, 'errors.migrationHistory', /records 0001_staff_names as migration 1, a migration this app does not ship/);
  });

  it('is refused when user_version is ahead of the history (the next migration would be skipped)', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const db = openDatabase(file);
    migrateTo(db, 3);
    db.pragma('user_version = 4');
    db.close();
    refusedEverywhere(
      file,
      'errors.migrationHistory',
      /user_version\) is 4 but the history records 3 migrations: 0003_directory is missing/,
    );
  });

  it('is refused when user_version is behind the history (the last migration would run twice)', () => {
    const file = tamper(existingDatabase(), (db) => db.pragma(`user_version = ${latest - 1}`));
    refusedEverywhere(file, 'errors.migrationHistory', new RegExp(`user_version\\) is ${latest - 1} .*${lastTag} is beyond it`));
  });
});

describe('the migrations this app ships', () => {
  it('are refused when the journal is out of order, before any database is opened', () => {
    const file = existingDatabase();
    const before = sha256(file);
    const redate = migrationsCopy((dir) => {
      const journal = path.join(dir, 'meta/_journal.json');
      const raw = JSON.parse(fs.readFileSync(journal, 'utf8')) as { entries: { when: number }[] };
      raw.entries[4].when = raw.entries[2].when;
      fs.writeFileSync(journal, JSON.stringify(raw));
    });
    expect(() => loadMigrations(redate)).toThrow(/migration 0004_directory_search is dated no later than the migration before it/);
    const reorder = migrationsCopy((dir) => {
      const journal = path.join(dir, 'meta/_journal.json');
      const raw = JSON.parse(fs.readFileSync(journal, 'utf8')) as { entries: unknown[] };
      raw.entries.splice(2, 2, raw.entries[3], raw.entries[2]);
      fs.writeFileSync(journal, JSON.stringify(raw));
    });
    expect(() => openAppDatabase(file, { migrationsFolder: reorder })).toThrow(/migration 0003_directory is numbered 3 at position 2/);
    expect(sha256(file)).toBe(before);
  });

  it('hash the same with Windows line endings, so a database moves between builds', () => {
    const crlf = migrationsCopy((dir) => {
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.sql'))) {
        const sql = path.join(dir, name);
        fs.writeFileSync(sql, fs.readFileSync(sql, 'utf8').replace(/\n/g, '\r\n'));
      }
    });
    const file = path.join(tempDir(), 'sas.sqlite');
    openAppDatabase(file, { migrationsFolder: crlf }).sqlite.close();
    const ctx = openAppDatabase(file);
    expect(ctx.migration).toMatchObject({ from: latest, to: latest });
    ctx.sqlite.close();
  });
});
