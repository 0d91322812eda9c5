import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../db/installation/open-database';
import { BadFileError } from '../../db/core/errors';
import { type Migration, defaultMigrationsFolder, loadMigrations, migrate, readJournal, schemaVersionOf } from '../../db/core/migrate';
import { openDatabase } from '../../db/core/open';
import { bytes, call, count, existingDatabase, openTemp, tempDir, track } from './helpers';

const folder = defaultMigrationsFolder();
const latest = loadMigrations().length;

function refusedUntouched(file: string, messageKey: string) {
  const before = bytes(file);
  let error: unknown;
  try {
    openAppDatabase(file).sqlite.close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(BadFileError);
  expect((error as BadFileError).code).toBe('bad_file');
  expect((error as BadFileError).messageKey).toBe(messageKey);
  expect(bytes(file).equals(before)).toBe(true);
}

describe('the migration journal', () => {
  const entries = readJournal(folder);
  const sqlFiles = fs.readdirSync(folder).filter((f) => f.endsWith('.sql'));

  it('numbers its entries 0..n-1 in order, each later than the one before', () => {
    expect(entries.map((e) => e.idx)).toEqual(entries.map((_, i) => i));
    entries.slice(1).forEach((e, i) => expect(e.when).toBeGreaterThan(entries[i].when));
  });

  it('names an existing .sql file per entry, lists every file, and each tag starts with its index', () => {
    for (const e of entries) {
      expect(fs.existsSync(path.join(folder, `${e.tag}.sql`)), e.tag).toBe(true);
      expect(Number(e.tag.split('_')[0]), e.tag).toBe(e.idx);
    }
    expect(sqlFiles.sort()).toEqual(entries.map((e) => `${e.tag}.sql`).sort());
  });
});

describe('opening a database', () => {
  it('migrates a new file to the latest version, with WAL and foreign keys on', () => {
    const ctx = openTemp();
    expect(schemaVersionOf(ctx.sqlite)).toBe(latest);
    expect(ctx.migration).toMatchObject({ from: 0, to: latest, backup: null });
    expect(ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ctx.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ctx.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
  });

  it('does nothing the second time', () => {
    const file = existingDatabase();
    const ctx = track(openAppDatabase(file, { backupDir: path.join(path.dirname(file), 'backups') }));
    expect(ctx.migration).toEqual({ from: latest, to: latest, backup: null });
    expect(count(ctx, 'org_units')).toBe(1);
    expect(count(ctx, 'schema_migrations')).toBe(latest);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('refuses a database from a newer version of the app, leaving it as it was', () => {
    const file = existingDatabase();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latest + 1}`);
    raw.close();
    refusedUntouched(file, 'errors.databaseTooNew');
    expect(() => openAppDatabase(file, { readOnly: true })).toThrow(/newer version/);
  });

  it('refuses a file that is not SQLite, leaving it as it was', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'Liste du personnel\nBenali;Naïma\n');
    refusedUntouched(file, 'errors.notADatabase');
  });

  it("refuses someone else's SQLite database, leaving it as it was", () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const raw = new Database(file);
    raw.exec("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('Karim')");
    raw.close();
    refusedUntouched(file, 'errors.notAppDatabase');
    const again = new Database(file, { readonly: true });
    expect(again.pragma('journal_mode', { simple: true })).toBe('delete');
    again.close();
  });
});

describe('pending migrations', () => {
  const extra = (statements: string[]): Migration => ({
    idx: latest,
    tag: `${String(latest).padStart(4, '0')}_test`,
    when: Date.now(),
    hash: 'test',
    statements,
  });

  it('snapshot the database first; the snapshot opens with the old data', () => {
    const file = existingDatabase();
    const backupDir = path.join(path.dirname(file), 'backups');
    const db = openDatabase(file);
    const report = migrate(db, { migrations: [...loadMigrations(), extra(['ALTER TABLE org_units ADD COLUMN note text'])], backupDir });
    db.close();
    expect(report).toMatchObject({ from: latest, to: latest + 1 });
    expect(report.backup && path.dirname(report.backup)).toBe(backupDir);

    const snapshot = track(openAppDatabase(report.backup!, { readOnly: true }));
    expect(schemaVersionOf(snapshot.sqlite)).toBe(latest);
    expect(call(snapshot, 'units.list', {}).map((u) => u.nameFr)).toEqual(['Direction des services']);
  });

  it('roll back a migration that leaves a broken reference: the database stays at its version', () => {
    const file = existingDatabase();
    const db = openDatabase(file);
    const broken = extra([
      'ALTER TABLE org_units ADD COLUMN note text',
      "INSERT INTO staff (id, matricule, gender, unit_id) VALUES ('0190a0a0-0000-7000-8000-000000000001', 'X1', 'f', 'no-such-unit')",
    ]);
    expect(() => migrate(db, { migrations: [...loadMigrations(), broken] })).toThrow(/broken references/);
    expect(schemaVersionOf(db)).toBe(latest);
    expect(db.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('org_units') WHERE name = 'note'").get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
