import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { loadMigrations } from '../../db/core/migrate';
import { createBackup } from '../../db/features/backup/create';
import type { Secret } from '../../db/features/backup/age-io';
import { FAST, KEYS, alteredDatabase, craft, describedBy, expectRefused, installation, partnerBackup } from './backup-helpers';
import { bytes, tempDir } from './helpers';

const OWN: Secret = { identities: [KEYS.own.identity] };

describe('every refusal of docs/ARCHITECTURE.md §6 changes nothing', () => {
  it('a file that is not age: text, SQLite, empty, an armored age file', async () => {
    const dir = tempDir();
    const { data } = await partnerBackup();
    const cases = {
      'notes.txt': 'matricule;nom\n',
      'db.sasbackup': data,
      'empty.sasbackup': '',
      'armored.sasbackup': '-----BEGIN AGE ENCRYPTED FILE-----\n',
    };
    for (const [name, content] of Object.entries(cases)) {
      fs.writeFileSync(path.join(dir, name), content);
      await expectRefused(path.join(dir, name), 'errors.backup.notAge');
    }
  });

  it('a wrong key or a wrong passphrase', async () => {
    const { file } = await partnerBackup();
    await expectRefused(file, 'errors.backup.wrongKey', { identities: [KEYS.other.identity] });
    await expectRefused(file, 'errors.backup.wrongKey', { passphrase: 'not the one at all' });
    const p = path.join(tempDir(), 'p.sasbackup');
    const partner = installation('Ahfir', KEYS.other);
    await createBackup(partner.ctx, { to: { passphrase: 'the right passphrase', scryptLogN: FAST }, keys: KEYS.other, out: p });
    await expectRefused(p, 'errors.backup.wrongKey', { passphrase: 'the wrong passphrase' });
    await expectRefused(p, 'errors.backup.wrongKey', OWN);
  });

  it('a truncated file and an altered file', async () => {
    const { file } = await partnerBackup();
    const whole = bytes(file);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'head.sasbackup'), whole.subarray(0, 60));
    await expectRefused(path.join(dir, 'head.sasbackup'), 'errors.backup.truncated');
    fs.writeFileSync(path.join(dir, 'cut.sasbackup'), whole.subarray(0, whole.length - 1000));
    await expectRefused(path.join(dir, 'cut.sasbackup'), 'errors.backup.altered');
    const flipped = Buffer.from(whole);
    flipped[whole.length - 5000] ^= 0x01;
    fs.writeFileSync(path.join(dir, 'flip.sasbackup'), flipped);
    await expectRefused(path.join(dir, 'flip.sasbackup'), 'errors.backup.altered');
  });

  it('a bad tar: other bytes, entries out of order, an extra entry, a path leaving the folder', async () => {
    const { manifestBytes, data, sig } = await partnerBackup();
    const dir = tempDir();
    const orders = {
      reordered: [
        { name: 'data.sqlite', data },
        { name: 'manifest.json', data: manifestBytes },
        { name: 'manifest.sig', data: sig },
      ],
      extra: [
        { name: 'manifest.json', data: manifestBytes },
        { name: 'data.sqlite', data },
        { name: 'manifest.sig', data: sig },
        { name: 'x', data: sig },
      ],
      escaping: [{ name: '../manifest.json', data: manifestBytes }],
    };
    for (const [name, entries] of Object.entries(orders)) {
      await expectRefused(await craft(path.join(dir, `${name}.sasbackup`), { manifest: {}, data, entries }), 'errors.backup.badTar');
    }
    const { encrypt } = await import('../../db/features/backup/age-io');
    fs.writeFileSync(
      path.join(dir, 'random.sasbackup'),
      await encrypt(Buffer.from('not a tar at all'.repeat(100)), { recipients: [KEYS.own.recipient] }),
    );
    await expectRefused(path.join(dir, 'random.sasbackup'), 'errors.backup.badTar');
  });

  it('an invalid manifest, a checksum mismatch, a schema newer than the app', async () => {
    const { manifest, data } = await partnerBackup();
    const dir = tempDir();
    const { data: _drop, ...noData } = manifest;
    await expectRefused(await craft(path.join(dir, 'm1.sasbackup'), { manifest: noData, data }), 'errors.backup.badManifest');
    await expectRefused(
      await craft(path.join(dir, 'm2.sasbackup'), { manifest: { ...manifest, format: 'other' }, data }),
      'errors.backup.badManifest',
    );
    const otherData = alteredDatabase(data, (db) => db.prepare(`UPDATE staff SET last_name_fr = 'Changé'`).run());
    await expectRefused(await craft(path.join(dir, 'sum.sasbackup'), { manifest, data: otherData }), 'errors.backup.checksum');

    const newer = loadMigrations().length + 1;
    const newerData = alteredDatabase(data, (db) => db.pragma(`user_version = ${newer}`));
    await expectRefused(
      await craft(path.join(dir, 'new.sasbackup'), {
        manifest: { ...describedBy(manifest, newerData), schemaVersion: newer },
        data: newerData,
      }),
      'errors.backup.schemaTooNew',
    );
  });

  it('a database that fails its integrity check', async () => {
    const { manifest, data } = await partnerBackup();
    const broken = Buffer.from(data);
    const pageSize = broken.readUInt16BE(16);
    const pages = broken.length / pageSize;
    // Damage the pages of the second half (table and index b-trees), keeping the header intact.
    for (let p = Math.floor(pages / 2); p < pages; p += 2) broken.fill(0x5a, p * pageSize + 8, p * pageSize + 200);
    const file = await craft(path.join(tempDir(), 'integrity.sasbackup'), { manifest: describedBy(manifest, broken), data: broken });
    await expectRefused(file, 'errors.backup.integrity');
  });

  it('a bad signature, a missing one, one by another key than the manifest names', async () => {
    const { manifest, data, sig } = await partnerBackup();
    const dir = tempDir();
    const badSig = Buffer.from(sig);
    badSig[10] ^= 0xff;
    await expectRefused(await craft(path.join(dir, 's1.sasbackup'), { manifest, data, sig: badSig }), 'errors.backup.badSignature');
    await expectRefused(await craft(path.join(dir, 's2.sasbackup'), { manifest, data, sig: null }), 'errors.backup.badSignature');
    await expectRefused(await craft(path.join(dir, 's3.sasbackup'), { manifest, data, signer: KEYS.own }), 'errors.backup.badSignature');
    // The manifest edited after signing (a commune renamed) no longer matches its signature.
    const edited = { ...manifest, source: { ...manifest.source, communeFr: 'Oujda' } };
    await expectRefused(await craft(path.join(dir, 's4.sasbackup'), { manifest: edited, data, sig }), 'errors.backup.badSignature');
  });
});
