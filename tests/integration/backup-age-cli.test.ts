import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useNativeCipher } from '../../db/features/backup/age-io';
import { createBackup } from '../../db/features/backup/create';
import { signManifest } from '../../db/features/backup/keys';
import { sha256 } from '../../db/features/backup/manifest';
import { verifyBackup } from '../../db/features/backup/verify';
import { FAST, KEYS, installation, unpack } from './backup-helpers';
import { tempDir } from './helpers';

/** Interoperability with the standard tools (docs/ARCHITECTURE.md §6): Debian's `age` package, GNU tar, sha256sum. */
function requireAge(): void {
  if (spawnSync('age', ['--version']).error) {
    throw new Error('the `age` command is missing: install it (Debian/Ubuntu: apt-get install age) to run the interoperability tests');
  }
}

const run = (cmd: string, args: string[], cwd?: string) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

describe('backups and the age, tar and sha256sum tools', () => {
  it('a backup made by the app decrypts with `age -d -i KEY`, unpacks with tar, and matches its checksum', async () => {
    requireAge();
    const dir = tempDir();
    const key = path.join(dir, 'key.txt');
    fs.writeFileSync(key, `${KEYS.own.identity}\n`, { mode: 0o600 });
    const inst = installation();
    const out = path.join(dir, 'b.sasbackup');
    const made = await createBackup(inst.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.own, out });
    run('age', ['-d', '-i', key, '-o', path.join(dir, 'b.tar'), out]);
    expect(run('tar', ['-tf', 'b.tar'], dir).toString().trim().split('\n')).toEqual(['manifest.json', 'data.sqlite', 'manifest.sig']);
    run('tar', ['-xf', 'b.tar'], dir);
    const sum = run('sha256sum', ['data.sqlite'], dir).toString().split(' ')[0];
    expect(sum).toBe(made.manifest.data.sha256);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')).data.sha256).toBe(sum);
    expect(
      run('sqlite3', [path.join(dir, 'data.sqlite'), 'SELECT count(*) FROM staff'])
        .toString()
        .trim(),
    ).toBe('3');
  });

  it('a tar made by hand and encrypted with the age tool is accepted, and refused once data.sqlite is altered', async () => {
    requireAge();
    const dir = tempDir();
    const inst = installation();
    const { manifest, data } = await unpack(
      await createBackup(inst.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.own, out: path.join(dir, 'ref.sasbackup') }).then(
        (m) => m.path,
      ),
    );
    const pack = async (folder: string, db: Buffer) => {
      fs.mkdirSync(folder);
      const m = Buffer.from(
        JSON.stringify({ ...manifest, createdAt: new Date().toISOString(), data: { sha256: sha256(data), size: data.length } }, null, 1),
      );
      fs.writeFileSync(path.join(folder, 'manifest.json'), m);
      fs.writeFileSync(path.join(folder, 'data.sqlite'), db);
      fs.writeFileSync(path.join(folder, 'manifest.sig'), signManifest(KEYS.own, m));
      run('tar', ['--format=ustar', '-cf', 'hand.tar', 'manifest.json', 'data.sqlite', 'manifest.sig'], folder);
      const file = path.join(folder, 'hand.sasbackup');
      run('age', ['-r', KEYS.own.recipient, '-o', file, path.join(folder, 'hand.tar')]);
      return file;
    };
    const good = await pack(path.join(dir, 'good'), data);
    expect((await verifyBackup(good, { identities: [KEYS.own.identity] })).data.sha256).toBe(sha256(data));

    const altered = Buffer.from(data);
    altered[altered.length - 100] ^= 0xff;
    await expect(verifyBackup(await pack(path.join(dir, 'bad'), altered), { identities: [KEYS.own.identity] })).rejects.toMatchObject({
      code: 'bad_file',
      messageKey: 'errors.backup.checksum',
    });
  });

  it("Node's cipher and typage's streams (Electron's BoringSSL has no ChaCha20-Poly1305) read each other's files, and age reads both", async () => {
    requireAge();
    const dir = tempDir();
    const key = path.join(dir, 'key.txt');
    fs.writeFileSync(key, `${KEYS.own.identity}\n`, { mode: 0o600 });
    const inst = installation();
    try {
      for (const native of [true, false]) {
        useNativeCipher(native);
        const out = path.join(dir, `r-${native}.sasbackup`);
        const made = await createBackup(inst.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.own, out });
        expect(made.manifest.data.size).toBeGreaterThan(3 * 65536); // several STREAM chunks
        const pass = path.join(dir, `p-${native}.sasbackup`);
        await createBackup(inst.ctx, { to: { passphrase: 'a long enough passphrase', scryptLogN: FAST }, keys: KEYS.own, out: pass });
        run('age', ['-d', '-i', key, '-o', path.join(dir, `r-${native}.tar`), out]);
        expect(run('tar', ['-tf', `r-${native}.tar`], dir).toString()).toBe('manifest.json\ndata.sqlite\nmanifest.sig\n');
        useNativeCipher(!native);
        expect((await verifyBackup(out, { identities: [KEYS.own.identity] })).data).toEqual(made.manifest.data);
        expect((await verifyBackup(pass, { passphrase: 'a long enough passphrase' })).profile).toBe('complete');
      }
    } finally {
      useNativeCipher(true);
    }
  });
});
