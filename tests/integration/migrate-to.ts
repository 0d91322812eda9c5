import { type MigrateReport, type Migration, loadMigrations, migrate } from '../../db/core/migrate';
import type { Sqlite } from '../../db/core/open';

/**
 * Brings a database to version `n` with this app's first `n` migrations only, as an app of that
 * version left it. docs/ARCHITECTURE.md §7 asks one test per migration that changes data, as Signal
 * Desktop does; each such migration gets a `describe` in tests/integration/migration-data.test.ts:
 *
 *   const db = openDatabase(file);
 *   migrateTo(db, N);                 // the schema the migration starts from
 *   db.prepare('INSERT …').run(…);    // raw SQL: the services speak the latest schema, not N's
 *   migrateTo(db, N + 1);             // the migration under test, alone
 *   expect(…);                        // the rows as the migration means them to be
 *
 * A migration that adds a search index over existing rows must fill it from those rows: 0001
 * and 0004 did not have to, they landed with the tables they index (no database held rows yet).
 */
export function migrateTo(db: Sqlite, n: number, migrations: Migration[] = loadMigrations()): MigrateReport {
  if (n > migrations.length) throw new Error(`this app ships ${migrations.length} migrations, not ${n}`);
  return migrate(db, { migrations: migrations.slice(0, n) });
}
