import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../db/core/migrate';
import { signManifest } from '../../db/features/backup/keys';
import { sha256 } from '../../db/features/backup/manifest';
import { closePartnerDatasets, importPartner, openPartnerDataset } from '../../db/features/backup/partners';
import { KEYS, alteredDatabase, craft, describedBy, expectRefused, installation, partnerBackup } from './backup-helpers';
import { tempDir } from './helpers';

/**
 * Hostile backups, as anyone holding the coordinator's public key can make them (issue 8): valid
 * age, valid tar, a manifest signed by the key it names, the right checksum, and a database whose
 * schema is not this application's. Verify, restore and partner import each refuse them with
 * `errors.backup.schema`, saying what differs, without running anything the file defines (a view
 * over an endless query would hang them), and leave every database as it was (docs/ARCHITECTURE.md §3).
 */
const ENDLESS = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)';

const CHANGES: Record<string, { sql: string; detail: RegExp }> = {
  'staff is a view over an endless query': {
    sql: `DROP TABLE staff; CREATE VIEW staff AS ${ENDLESS} SELECT n AS id, 'M' || n AS matricule, '' AS phone FROM r`,
    detail: /view staff instead of a table/,
  },
  'settings is a view over an endless query': {
    sql: `DROP TABLE settings; CREATE VIEW settings AS ${ENDLESS} SELECT 1 AS id, 'x' AS installation_id FROM r`,
    detail: /view settings instead of a table/,
  },
  'a trigger copies new staff into a hidden table': {
    sql: `CREATE TABLE x (name, phone);
          CREATE TRIGGER t1 AFTER INSERT ON staff BEGIN
            UPDATE staff SET notes = 'changed' WHERE id = new.id; INSERT INTO x VALUES (new.last_name_fr, new.phone);
          END`,
    detail: /extra table x; extra trigger t1 on staff/,
  },
  'a trigger on the migration history': {
    sql: `CREATE TRIGGER m AFTER INSERT ON schema_migrations BEGIN SELECT 1; END`,
    detail: /extra trigger m on schema_migrations/,
  },
  'an extra index': { sql: 'CREATE INDEX i ON staff (notes)', detail: /extra index i on staff/ },
  'an extra view': { sql: `CREATE VIEW v AS ${ENDLESS} SELECT n FROM r`, detail: /extra view v/ },
  'an extra column': {
    sql: 'ALTER TABLE staff ADD COLUMN secret TEXT',
    detail: /table staff is defined differently \(extra column secret\)/,
  },
  'an index replaced by one over another column': {
    sql: 'DROP INDEX staff_unit; CREATE INDEX staff_unit ON staff (phone)',
    detail: /index staff_unit on staff is defined differently/,
  },
};

describe('a backup whose database is not of this application is refused, changing nothing', { timeout: 120_000 }, () => {
  for (const [name, { sql, detail }] of Object.entries(CHANGES)) {
    it(name, async () => {
      const { manifest, data } = await partnerBackup();
      const hostile = alteredDatabase(data, (db) => (db.pragma('foreign_keys = OFF'), db.exec(sql)));
      const file = await craft(path.join(tempDir(), 'hostile.sasbackup'), { manifest: describedBy(manifest, hostile), data: hostile });
      const started = Date.now();
      await expectRefused(file, 'errors.backup.schema', undefined, detail);
      expect(Date.now() - started).toBeLessThan(60_000);
    });
  }

  it('a foreign SQLite file that holds a schema_migrations table', async () => {
    const { manifest } = await partnerBackup();
    const file = path.join(tempDir(), 'foreign.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE schema_migrations (idx INTEGER PRIMARY KEY, tag TEXT, hash TEXT, applied_at TEXT); CREATE TABLE notes (x)');
    db.pragma(`user_version = ${loadMigrations().length}`);
    db.close();
    const data = fs.readFileSync(file);
    const backup = await craft(path.join(tempDir(), 'foreign.sasbackup'), { manifest: describedBy(manifest, data), data });
    await expectRefused(backup, 'errors.backup.schema', undefined, /extra table notes.*missing table/);
  });

  it('a partner dataset imported before schemas were compared is checked again before it is read', async () => {
    const coord = installation('Liège');
    const { file, data } = await partnerBackup();
    const partner = await importPartner(coord.ctx, file, { identities: [KEYS.own.identity] });
    closePartnerDatasets();
    // What an older version may have stored: a view over an endless query in place of staff.
    const stored = path.join(coord.dir, 'partners', `${partner.id}.sqlite`);
    fs.writeFileSync(
      stored,
      alteredDatabase(data, (db) => (db.pragma('foreign_keys = OFF'), db.exec(CHANGES['staff is a view over an endless query'].sql))),
    );
    expect(() => openPartnerDataset(coord.ctx, partner.id)).toThrow(expect.objectContaining({ messageKey: 'errors.backup.schema' }));
  });

  it('a backup made by hand with the sqlite3, tar and age tools, with a trigger added by sqlite3', async () => {
    const { manifest, data } = await partnerBackup();
    const dir = tempDir();
    const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    fs.writeFileSync(path.join(dir, 'data.sqlite'), data);
    run('sqlite3', ['data.sqlite', "CREATE TRIGGER spy AFTER UPDATE ON settings BEGIN UPDATE settings SET operator_name = 'x'; END;"]);
    const hostile = fs.readFileSync(path.join(dir, 'data.sqlite'));
    const manifestBytes = Buffer.from(JSON.stringify({ ...manifest, data: { sha256: sha256(hostile), size: hostile.length } }, null, 2));
    fs.writeFileSync(path.join(dir, 'manifest.json'), manifestBytes);
    fs.writeFileSync(path.join(dir, 'manifest.sig'), signManifest(KEYS.other, manifestBytes));
    run('tar', ['--format=ustar', '-cf', 'hand.tar', 'manifest.json', 'data.sqlite', 'manifest.sig']);
    run('age', ['-r', KEYS.own.recipient, '-o', 'hand.sasbackup', 'hand.tar']);
    await expectRefused(path.join(dir, 'hand.sasbackup'), 'errors.backup.schema', undefined, /extra trigger spy on settings/);
  });
});
