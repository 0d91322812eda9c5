import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../db/core/migrate';
import { openDatabase } from '../../db/core/open';
import { bytes, sas, tempDir } from './helpers';

const LATEST = loadMigrations().length;
const ROOT = path.resolve(import.meta.dirname, '../..');

function doctor(file: string) {
  const r = sas('doctor', '--db', file, '--json');
  expect(r.stdout.trim().split('\n'), 'exactly one line of JSON').toHaveLength(1);
  return {
    code: r.code,
    report: JSON.parse(r.stdout) as { ok: boolean; schemaVersion: number | null; counts: Record<string, number>; problems: string[] },
  };
}

const query = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).get() as Record<string, number>;
  } finally {
    db.close();
  }
};

describe('sas demo and sas doctor', () => {
  it('fill a new database with a commune of about 490 staff, which doctor finds healthy', () => {
    const file = path.join(tempDir(), 'nested', 'sas.sqlite');
    const demo = sas('demo', '--db', file, '--scale', 'commune');
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/490 staff/);

    const { code, report } = doctor(file);
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true, schemaVersion: LATEST, problems: [] });
    expect(report.counts.staff).toBeGreaterThanOrEqual(480);
    expect(report.counts.staff).toBeLessThanOrEqual(500);
    expect(report.counts.jobProfiles).toBeGreaterThanOrEqual(25);
    expect(report.counts.units).toBeGreaterThan(10);
    expect(report.counts.competencies).toBeGreaterThan(5);
    const { managers } = query(file, 'SELECT sum(is_manager) AS managers FROM staff');
    expect(managers).toBeGreaterThanOrEqual(50);
    expect(managers).toBeLessThanOrEqual(70);

    const text = sas('doctor', '--db', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Healthy/);
  });

  it('refuse to overwrite a database that holds data, unless --force', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    expect(sas('demo', '--db', file).code).toBe(0);
    const before = bytes(file);
    const firstIds = query(file, 'SELECT min(id) AS id, count(*) AS n FROM staff');

    const again = sas('demo', '--db', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds data.*--force/s);
    expect(again.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(bytes(file).equals(before)).toBe(true);

    const forced = sas('demo', '--db', file, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    const after = query(file, 'SELECT min(id) AS id, count(*) AS n FROM staff');
    expect(after.n).toBe(firstIds.n);
    expect(after.id).not.toBe(firstIds.id);
    expect(doctor(file).report.ok).toBe(true);
  });

  it('doctor reports a text file as a problem and leaves it as it was', () => {
    const file = path.join(tempDir(), 'staff.sqlite');
    fs.writeFileSync(file, 'matricule;nom\n1204001;Benali\n');
    const before = bytes(file);
    const { code, report } = doctor(file);
    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, schemaVersion: null });
    expect(report.problems.join()).toMatch(/not an SQLite database/);
    expect(bytes(file).equals(before)).toBe(true);
  });

  it('doctor reports a missing file without creating it', () => {
    const file = path.join(tempDir(), 'missing.sqlite');
    const { code, report } = doctor(file);
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.problems.join()).toMatch(/does not exist/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("doctor reports someone else's SQLite database, and one with pending migrations, without migrating it", () => {
    const dir = tempDir();
    const foreign = path.join(dir, 'other.sqlite');
    const raw = new Database(foreign);
    raw.exec('CREATE TABLE people (name TEXT)');
    raw.close();
    expect(doctor(foreign).report.problems.join()).toMatch(/not a database of this application/);

    const old = path.join(dir, 'old.sqlite');
    const db = openDatabase(old);
    migrate(db, { migrations: loadMigrations().slice(0, 1) });
    db.close();
    const before = bytes(old);
    const { code, report } = doctor(old);
    expect(code).toBe(1);
    expect(report.schemaVersion).toBe(1);
    expect(report.problems).toContain(
      `schema version 1, this app expects ${LATEST}: ${LATEST - 1} migration(s) pending (the app applies them when it opens the database)`,
    );
    expect(bytes(old).equals(before)).toBe(true);
  });

  it('doctor reports a view or trigger of its own (a hostile backup restored by an older version) without running it', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const db = openDatabase(file);
    migrate(db);
    db.pragma('foreign_keys = OFF');
    db.exec(`DROP TABLE staff; CREATE VIEW staff AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id FROM r;
             CREATE TRIGGER t1 AFTER INSERT ON settings BEGIN SELECT 1; END`);
    db.close();
    const { code, report } = doctor(file);
    expect(code).toBe(1);
    expect(report.problems).toEqual([
      "the schema differs from this application's: extra trigger t1 on settings; view staff instead of a table",
    ]);
  });

  it('stops quietly when its output is closed early (sas partner list | head -1), with no EPIPE stack trace', () => {
    const dir = tempDir();
    // `true` exits at once: by the time sas writes, nobody reads the pipe (EPIPE, not SIGPIPE, in Node).
    const script = `{ "$1" shells/cli/sas.mjs partner list --db "$2" 2>"$3"; echo $? >"$4"; } | true`;
    const [err, code] = [path.join(dir, 'err'), path.join(dir, 'code')];
    spawnSync('sh', ['-c', script, 'sh', process.execPath, path.join(dir, 'sas.sqlite'), err, code], { cwd: ROOT, timeout: 60_000 });
    expect(fs.readFileSync(err, 'utf8')).toBe('');
    expect(fs.readFileSync(code, 'utf8').trim()).toBe('0');
  });

  it('answers a usage error with exit code 2 and the usage', () => {
    for (const args of [['frobnicate'], ['doctor', '--frob'], ['demo', '--scale', 'metropole'], ['doctor', '--db'], []]) {
      const r = sas(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Usage: sas <command>/);
    }
    expect(sas('--help')).toMatchObject({ code: 0, stdout: expect.stringMatching(/Usage: sas/) });
  });
});
