import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytes, tempDir } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sas(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['shells/cli/sas.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, SAS_PASSPHRASE: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const mode = (file: string) => fs.statSync(file).mode & 0o777;

// Each `sas` run starts tsx, and passphrase runs pay for scrypt at age's default work factor.
describe('sas keys, backup and partner', { timeout: 180_000 }, () => {
  it('create keys (0600), back up to a recipient, verify, import as a partner and list', () => {
    const dir = tempDir();
    const own = path.join(dir, 'ahfir', 'sas.sqlite');
    const coord = path.join(dir, 'liege', 'sas.sqlite');
    const key = path.join(dir, 'coord-key.txt');
    const keys = sas(['keys', 'create', '--out', key]);
    expect(keys.code, keys.stderr).toBe(0);
    const recipient = keys.stdout.trim();
    expect(recipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(mode(key)).toBe(0o600);
    expect(fs.readFileSync(key, 'utf8')).toMatch(new RegExp(`^# created: .+\\n# public key: ${recipient}\\nAGE-SECRET-KEY-1[0-9A-Z]+\\n$`));
    expect(sas(['keys', 'create', '--out', key]).code).toBe(1);

    const out = path.join(dir, 'ahfir.sasbackup');
    const made = sas(['backup', 'create', '--db', own, '--out', out, '--recipient', recipient, '--profile', 'no-contacts']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/Backup written: .*ahfir\.sasbackup\nSize: .*\nRecords: .*settings 1/);
    expect(mode(path.join(dir, 'ahfir', 'sas-keys.json'))).toBe(0o600);

    const verified = sas(['backup', 'verify', out, '--identity', key, '--json']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, format: 'sas-backup', profile: 'no-contacts', counts: { settings: 1 } });

    expect(sas(['partner', 'list', '--db', coord, '--json']).stdout.trim()).toBe('[]');
    const imported = sas(['partner', 'import', out, '--db', coord, '--identity', key]);
    expect(imported.code, imported.stderr).toBe(0);
    const list = JSON.parse(sas(['partner', 'list', '--db', coord, '--json']).stdout) as {
      profile: string;
      counts: Record<string, number>;
    }[];
    expect(list).toMatchObject([{ profile: 'no-contacts', counts: { settings: 1 } }]);

    // The signing key changes (a reinstalled partner): refused, then accepted when confirmed.
    fs.renameSync(path.join(dir, 'ahfir', 'sas-keys.json'), path.join(dir, 'old-keys.json'));
    const out2 = path.join(dir, 'ahfir-2.sasbackup');
    expect(sas(['backup', 'create', '--db', own, '--out', out2, '--recipient', recipient]).code).toBe(0);
    const refused = sas(['partner', 'import', out2, '--db', coord, '--identity', key]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/signed by another key/);
    expect(sas(['partner', 'import', out2, '--db', coord, '--identity', key, '--accept-new-key']).code).toBe(0);
  });

  it('back up to a passphrase from a file or SAS_PASSPHRASE, restore, and refuse a passphrase given as an argument', () => {
    const dir = tempDir();
    const db = path.join(dir, 'sas.sqlite');
    const pass = path.join(dir, 'pass.txt');
    fs.writeFileSync(pass, 'une phrase de passe assez longue\n');
    const out = path.join(dir, 'b.sasbackup');
    const argument = sas(['backup', 'create', '--db', db, '--out', out, '--passphrase', 'une phrase de passe assez longue']);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toMatch(/never accepted on the command line.*--passphrase-file/);
    expect(sas(['backup', 'create', '--db', db, '--out', out, '--passphrase=une phrase de passe assez longue']).code).toBe(2);
    expect(sas(['backup', 'create', '--db', db, '--out', out]).code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    fs.writeFileSync(path.join(dir, 'short.txt'), 'court');
    expect(sas(['backup', 'create', '--db', db, '--out', out, '--passphrase-file', path.join(dir, 'short.txt')]).code).toBe(1);

    expect(sas(['backup', 'create', '--db', db, '--out', out, '--passphrase-file', pass]).code).toBe(0);
    const env = { SAS_PASSPHRASE: 'une phrase de passe assez longue' };
    expect(sas(['backup', 'verify', out], env).code).toBe(0);
    const wrong = sas(['backup', 'verify', out], { SAS_PASSPHRASE: 'pas la bonne phrase' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/wrong passphrase or key/);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
    expect(sas(['backup', 'verify']).code).toBe(2);

    const restored = sas(['backup', 'restore', out, '--db', db, '--passphrase-file', pass]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/previous database is kept as .*before-restore-/);

    fs.writeFileSync(path.join(dir, 'junk.sasbackup'), 'not a backup');
    const before = bytes(db);
    const junk = sas(['backup', 'restore', path.join(dir, 'junk.sasbackup'), '--db', db, '--passphrase-file', pass]);
    expect(junk.code).toBe(1);
    expect(junk.stderr).toMatch(/not an age-encrypted backup/);
    expect(bytes(db).equals(before)).toBe(true);
  });

  it("refuses to restore another installation's backup without --accept-other-source, and restores it with", () => {
    const dir = tempDir();
    const key = path.join(dir, 'key.txt');
    const recipient = sas(['keys', 'create', '--out', key]).stdout.trim();
    const other = path.join(dir, 'ahfir', 'sas.sqlite');
    const mine = path.join(dir, 'liege', 'sas.sqlite');
    const out = path.join(dir, 'ahfir.sasbackup');
    expect(sas(['backup', 'create', '--db', other, '--out', out, '--recipient', recipient]).code).toBe(0);
    expect(sas(['backup', 'create', '--db', mine, '--out', path.join(dir, 'mine.sasbackup'), '--recipient', recipient]).code).toBe(0);
    const before = bytes(mine);
    const refused = sas(['backup', 'restore', out, '--db', mine, '--identity', key]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^sas: this backup is not one of this installation.*--accept-other-source.*installation [0-9a-f-]{36}, signed by the key/,
    );
    expect(bytes(mine).equals(before)).toBe(true);
    const restored = sas(['backup', 'restore', out, '--db', mine, '--identity', key, '--accept-other-source']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored .*\nThe previous database is kept as .*before-restore-.*\nCommune: /);
    expect(restored.stdout).toMatch(/\nSource installation: [0-9a-f-]{36} \(another installation\)\n$/);
  });

  it('refuses a key file that others can read', () => {
    const dir = tempDir();
    const db = path.join(dir, 'sas.sqlite');
    const out = path.join(dir, 'b.sasbackup');
    const { recipient } = { recipient: sas(['keys', 'create', '--out', path.join(dir, 'k.txt')]).stdout.trim() };
    expect(sas(['backup', 'create', '--db', db, '--out', out, '--recipient', recipient]).code).toBe(0);
    fs.chmodSync(path.join(dir, 'sas-keys.json'), 0o644);
    const open = sas(['backup', 'create', '--db', db, '--out', path.join(dir, 'c.sasbackup'), '--recipient', recipient]);
    expect(open.code).toBe(1);
    expect(open.stderr).toMatch(/can be read by other users.*chmod 600/);
  });
});
