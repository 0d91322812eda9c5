import fs from 'node:fs';
import { BadFileError, DomainError } from '../../../db/core/errors';
import { type Migration, assertAppDatabase, assertHistory, loadMigrations, schemaVersionOf } from '../../../db/core/migrate';
import { type Sqlite, openDatabase } from '../../../db/core/open';
import { describeDifferences, schemaDifferences } from '../../../db/core/untrusted';
import { countedEntities } from '../../../db/registry';
import type { Io } from '../cli-error';

export interface DoctorReport {
  ok: boolean;
  schemaVersion: number | null;
  counts: Record<string, number>;
  problems: string[];
}

/** The records counted, by the name the report gives them: the registry's counted entities. */
const COUNTED = countedEntities();

const hasTable = (db: Sqlite, name: string) => Boolean(db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(name));

/**
 * Examines a database without changing it: opened read-only, never migrated. Every problem is
 * a sentence; an empty list means healthy.
 */
export function examine(file: string): DoctorReport {
  const report: DoctorReport = { ok: false, schemaVersion: null, counts: {}, problems: [] };
  if (!fs.existsSync(file)) {
    report.problems.push(`${file} does not exist`);
    return report;
  }
  let db: Sqlite;
  try {
    db = openDatabase(file, { readOnly: true });
    db.pragma('trusted_schema = OFF');
  } catch (error) {
    report.problems.push(error instanceof Error ? error.message : String(error));
    return report;
  }
  try {
    checkOpened(db, report);
  } catch (error) {
    // A file SQLite opens but cannot read (e.g. a damaged header) ends here, not in a stack trace.
    report.problems.push(error instanceof DomainError || error instanceof Error ? error.message : String(error));
  } finally {
    db.close();
  }
  report.ok = report.problems.length === 0;
  return report;
}

function checkOpened(db: Sqlite, report: DoctorReport): void {
  assertAppDatabase(db);
  const version = schemaVersionOf(db);
  report.schemaVersion = version;
  const migrations = loadMigrations();
  const expected = migrations.length;
  if (!hasTable(db, 'schema_migrations')) {
    report.problems.push('this file holds no tables of this application (an empty SQLite database)');
    return;
  }
  // The sentence the app and every `sas` command refuse the file with; the checks below still run.
  const history = historyProblem(db, migrations);
  if (history) report.problems.push(history);
  if (version > expected) {
    report.problems.push(
      `schema version ${version}, this app expects ${expected}: the database comes from a newer version of the application`,
    );
  } else if (version < expected && !history) {
    // With a history problem the app refuses the file instead of applying them.
    report.problems.push(
      `schema version ${version}, this app expects ${expected}: ${expected - version} migration(s) pending (the app applies them when it opens the database)`,
    );
  }

  // A view, trigger or index of the file's own making (a restored hostile backup) is a problem,
  // and nothing below runs over such a schema: a view in place of a table could hang a count.
  if (version <= expected) {
    const differences = schemaDifferences(db, migrations, version);
    if (differences.length) {
      report.problems.push(`the schema differs from this application's: ${describeDifferences(differences)}`);
      return;
    }
  }

  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.join() !== 'ok') report.problems.push(...integrity.slice(0, 10).map((line) => `integrity check: ${line}`));

  const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length) {
    const pairs = [...new Set(broken.map((b) => `${b.table} → ${b.parent}`))].join(', ');
    report.problems.push(`${broken.length} broken reference(s): ${pairs}`);
  }

  for (const { entity: name, sql: table } of COUNTED) {
    if (hasTable(db, table)) report.counts[name] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    else if (version <= expected) report.problems.push(`table ${table} is missing`);
  }
  if (hasTable(db, 'settings') && !db.prepare('SELECT 1 FROM settings WHERE id = 1').get()) {
    report.problems.push('the settings row is missing');
  }
  if (hasTable(db, 'staff_search') && report.counts.staff !== undefined) {
    const indexed = (db.prepare('SELECT count(*) AS n FROM staff_search').get() as { n: number }).n;
    if (indexed !== report.counts.staff)
      report.problems.push(`the name search index holds ${indexed} staff, the table ${report.counts.staff}`);
  }
  if (hasTable(db, 'organization_search') && report.counts.organizations !== undefined) {
    const indexed = (db.prepare('SELECT count(*) AS n FROM organization_search').get() as { n: number }).n;
    if (indexed !== report.counts.organizations)
      report.problems.push(`the directory search index holds ${indexed} organisations, the table ${report.counts.organizations}`);
  }
}

function historyProblem(db: Sqlite, migrations: Migration[]): string | null {
  try {
    assertHistory(db, migrations);
    return null;
  } catch (error) {
    if (error instanceof BadFileError) return error.message;
    throw error;
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `sas doctor`: exit 0 when healthy, 1 on any problem (also when the file is not ours). */
export function runDoctor({ db, json }: { db: string; json: boolean }, io: Io): number {
  const report = examine(db);
  if (json) {
    io.out(JSON.stringify(report));
  } else {
    io.out(`Database: ${db}`);
    if (report.schemaVersion !== null) io.out(`Schema version: ${report.schemaVersion} (this app expects ${loadMigrations().length})`);
    const c = report.counts;
    if (Object.keys(c).length) {
      io.out(
        `Records: ${plural(c.staff ?? 0, 'staff member')}, ${plural(c.units ?? 0, 'unit')}, ${plural(c.jobProfiles ?? 0, 'job profile')}, ` +
          `${plural(c.competencies ?? 0, 'competency', 'competencies')}, ${plural(c.categories ?? 0, 'category', 'categories')}, ` +
          `${plural(c.auditLog ?? 0, 'audit entry', 'audit entries')}, ${plural(c.organizations ?? 0, 'organisation')}, ` +
          `${plural(c.services ?? 0, 'service')}, ${plural(c.subsidies ?? 0, 'subsidy', 'subsidies')}`,
      );
      if (c.sessions !== undefined)
        io.out(
          `Training: ${plural(c.sessions, 'session')}, ${plural(c.enrolments ?? 0, 'enrolment')}, ` +
            `${plural(c.attendance ?? 0, 'attendance mark')}, ${plural(c.attestations ?? 0, 'attestation')}`,
        );
    }
    if (report.ok) io.out('Healthy: integrity and references check out.');
    for (const p of report.problems) io.err(`Problem: ${p}`);
    if (!report.ok) io.err(`${plural(report.problems.length, 'problem')} found.`);
  }
  return report.ok ? 0 : 1;
}
