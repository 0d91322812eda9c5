import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../db/core/migrate';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { closePartnerDatasets, importPartner, openPartnerDataset } from '../../db/features/backup/partners';
import { countRecords } from '../../db/features/backup/snapshot';
import { verifyBackup } from '../../db/features/backup/verify';
import { ensureInstallation } from '../../db/features/settings/installation';
import { FAST, KEYS, craft, describedBy, expectRefused, filesIn, installation, partnerBackup, records, unpack } from './backup-helpers';
import { bytes, call, tempDir } from './helpers';
import { migrateTo } from './migrate-to';

const OWN = { identities: [KEYS.own.identity] };

describe('the manifest tells the truth (docs/ARCHITECTURE.md §6)', () => {
  it('refuses duplicate keys, at the top and deeper down', async () => {
    const { manifest, data } = await partnerBackup();
    const text = JSON.stringify(manifest);
    const dir = tempDir();
    const twice = {
      profile: text.replace('"profile":"complete"', '"profile":"no-contacts","profile":"complete"'),
      commune: text.replace('"communeFr":"Ahfir"', '"communeFr":"Oujda","communeFr":"Ahfir"'),
      escaped: text.replace('"profile":"complete"', '"profile":"no-contacts","\\u0070rofile":"complete"'),
    };
    for (const [name, json] of Object.entries(twice)) {
      expect(json).not.toBe(text);
      const file = await craft(path.join(dir, `${name}.sasbackup`), { manifest, manifestBytes: Buffer.from(json), data });
      await expectRefused(file, 'errors.backup.badManifest', undefined, /appears twice/);
    }
  });

  it('refuses a profile, counts or a source that the data contradicts', async () => {
    const { manifest, data } = await partnerBackup();
    const dir = tempDir();
    const lies = {
      // A complete backup (staff with phones and e-mails) said to be without contact details.
      profile: [{ ...manifest, profile: 'no-contacts' }, /no-contacts, but staff\.phone holds contact details/],
      counts: [{ ...manifest, counts: { ...manifest.counts, staff: 2 } }, /staff: 2 in the manifest, 3 in the data/],
      missing: [{ ...manifest, counts: { settings: 1 } }, /none in the manifest/],
      source: [{ ...manifest, source: { ...manifest.source, communeFr: 'Oujda' } }, /names installation .* \(Oujda\)/],
    } as const;
    for (const [name, [lie, detail]] of Object.entries(lies)) {
      const file = await craft(path.join(dir, `${name}.sasbackup`), { manifest: lie, data });
      await expectRefused(file, 'errors.backup.manifestMismatch', undefined, detail);
    }
  });

  it('refuses an scrypt work factor above age default before spending the memory', async () => {
    const { manifest, data } = await partnerBackup();
    const file = await craft(
      path.join(tempDir(), 'p.sasbackup'),
      { manifest, data },
      { passphrase: 'a long passphrase', scryptLogN: FAST },
    );
    // The header says 2^30 (16 GiB of scrypt): refused on reading it, before any key derivation.
    const text = bytes(file).toString('latin1');
    fs.writeFileSync(file, Buffer.from(text.replace(new RegExp(`^(-> scrypt \\S+) ${FAST}$`, 'm'), '$1 30'), 'latin1'));
    expect(bytes(file).toString('latin1')).toMatch(/^-> scrypt \S+ 30$/m);
    await expectRefused(file, 'errors.backup.workFactor', { passphrase: 'a long passphrase' });
  });
});

/** A partner's database as an app of schema version `version` left it, backed up by that app. */
async function olderBackup(version: number) {
  const file = path.join(tempDir(), 'old.sqlite');
  const db = new Database(file);
  migrateTo(db, version);
  ensureInstallation(db);
  db.prepare(`UPDATE settings SET commune_fr = 'Ahfir', commune_ar = 'أحفير', setup_done = 1`).run();
  db.prepare(
    `INSERT INTO audit_log (id, at, operator, table_name, record_id, action, fields)
              VALUES ('a1', '2025-01-01T00:00:00.000Z', 'Samira', 'org_units', 'r', 'create', '[]')`,
  ).run();
  const counts = countRecords(db);
  const installationId = (db.prepare('SELECT installation_id AS id FROM settings').get() as { id: string }).id;
  db.close();
  const data = fs.readFileSync(file);
  const { manifest } = await partnerBackup();
  const old = { ...manifest, schemaVersion: version, counts, source: { installationId, communeFr: 'Ahfir', communeAr: 'أحفير' } };
  return craft(path.join(tempDir(), 'old.sasbackup'), { manifest: describedBy(old, data), data });
}

describe('a backup of an older schema version', () => {
  it('is verified at its version and migrated in a copy before it replaces or is read', async () => {
    const current = loadMigrations().length;
    // A version from before 0005, whose effect on the data is visible below.
    const older = loadMigrations().findIndex((m) => m.tag === '0005_audit_entity_names');
    const file = await olderBackup(older);
    expect((await verifyBackup(file, OWN)).schemaVersion).toBe(older);

    const coord = installation('Liège');
    const partner = await importPartner(coord.ctx, file, OWN);
    const ds = openPartnerDataset(coord.ctx, partner.id);
    expect(ds.sqlite.pragma('user_version', { simple: true })).toBe(current);
    // Migration 0005 ran in the copy: the audit entry names the registry's entity.
    expect(ds.sqlite.prepare('SELECT table_name AS t FROM audit_log').get()).toEqual({ t: 'units' });
    closePartnerDatasets();

    const restored = await dispatchAsync('backup.restore', { file, acceptOtherSource: true }, coord.ctx);
    expect(restored).toMatchObject({ ok: true, value: { origin: 'otherInstallation' } });
    expect(coord.ctx.sqlite.pragma('user_version', { simple: true })).toBe(current);
    expect(call(coord.ctx, 'settings.get', {}).communeFr).toBe('Ahfir');
    // Migrated before it replaced anything: no copy of the restored file "before migration".
    expect(filesIn(path.join(coord.dir, 'backups')).filter((f) => f.startsWith('before-migration'))).toEqual([]);
  });
});

describe("restoring someone else's file is a decision", () => {
  it('refuses a file from another installation unless the user accepts it, changing nothing', async () => {
    const coord = installation('Liège');
    const { file } = await partnerBackup();
    coord.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = { records: records(coord.ctx), bytes: bytes(coord.ctx.file) };
    expect(await dispatchAsync('backup.verify', { file }, coord.ctx)).toMatchObject({ ok: true, value: { origin: 'otherInstallation' } });
    const refused = await dispatchAsync('backup.restore', { file }, coord.ctx);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        messageKey: 'errors.backup.otherSource',
        detail: expect.stringMatching(/Ahfir .*installation .*signed by the key/),
      },
    });
    coord.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(bytes(coord.ctx.file).equals(before.bytes)).toBe(true);
    expect(filesIn(path.join(coord.dir, 'backups'))).toEqual([]);
    const accepted = await dispatchAsync('backup.restore', { file, acceptOtherSource: true }, coord.ctx);
    expect(accepted).toMatchObject({ ok: true, value: { origin: 'otherInstallation', manifest: { source: { communeFr: 'Ahfir' } } } });
    expect(call(coord.ctx, 'settings.get', {}).communeFr).toBe('Ahfir');
  });

  it('asks too for a file naming this installation but signed by a key it does not hold', async () => {
    const inst = installation();
    const mine = path.join(tempDir(), 'mine.sasbackup');
    await createBackup(inst.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.own, out: mine });
    expect(await dispatchAsync('backup.verify', { file: mine }, inst.ctx)).toMatchObject({ ok: true, value: { origin: 'own' } });
    expect(await dispatchAsync('backup.restore', { file: mine }, inst.ctx)).toMatchObject({ ok: true, value: { origin: 'own' } });

    // The installation id is in every manifest it sends: anyone can name it and sign with their own key.
    const { manifest, data } = await unpack(mine);
    const forged = { ...manifest, signer: (await unpack(await partnerBackup().then((p) => p.file))).manifest.signer };
    const file = await craft(path.join(tempDir(), 'forged.sasbackup'), { manifest: forged, data });
    expect(await dispatchAsync('backup.restore', { file }, inst.ctx)).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'errors.backup.otherSource', detail: expect.stringMatching(/names this installation/) },
    });
  });
});
