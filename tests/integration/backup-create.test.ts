import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { recipientFingerprint, signerFingerprint } from '../../db/features/backup/keys';
import { verifyBackup } from '../../db/features/backup/verify';
import { FAST, KEYS, installation, records, unpack } from './backup-helpers';
import { tempDir } from './helpers';

describe('making a backup', () => {
  it('writes an age file holding manifest.json, data.sqlite and manifest.sig that verifies', async () => {
    const inst = installation();
    const before = records(inst.ctx);
    const r = await dispatchAsync('backup.create', { recipients: [KEYS.other.recipient, KEYS.own.recipient] }, inst.ctx);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const made = (r as { value: { path: string; size: number; counts: Record<string, number> } }).value;
    expect(path.basename(made.path)).toMatch(/^sas-berkane-\d{4}-\d{2}-\d{2}-\d{4}\.sasbackup$/);
    expect(path.dirname(made.path)).toBe(path.join(inst.dir, 'backups'));
    expect(fs.statSync(made.path).size).toBe(made.size);
    expect(made.counts.staff).toBe(3);
    expect(fs.readFileSync(made.path).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');

    const { manifest, data } = await unpack(made.path);
    expect(manifest).toMatchObject({
      format: 'sas-backup',
      formatVersion: 1,
      app: { name: 'sas-desktop' },
      source: { communeFr: 'Berkane', communeAr: 'بركان' },
      profile: 'complete',
      data: { size: data.length },
      signer: { publicKey: KEYS.own.signing.publicKey, fingerprint: signerFingerprint(KEYS.own.signing.publicKey) },
    });
    expect(manifest.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // Both recipients can open it; nothing in the database changed.
    expect((await verifyBackup(made.path, { identities: [KEYS.other.identity] })).data.sha256).toBe(manifest.data.sha256);
    expect(records(inst.ctx)).toEqual(before);
    // No temp file is left beside the backup.
    expect(fs.readdirSync(path.dirname(made.path))).toEqual([path.basename(made.path)]);
  });

  it('encrypts to a passphrase of at least 10 characters, which opens it', async () => {
    const inst = installation();
    const short = await dispatchAsync('backup.create', { passphrase: 'short' }, inst.ctx);
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'passphrase', message: 'errors.backup.passphraseTooShort' }] },
    });
    const both = await dispatchAsync('backup.create', { passphrase: 'long enough pass', recipients: [KEYS.own.recipient] }, inst.ctx);
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const out = path.join(tempDir(), 'p.sasbackup');
    await createBackup(inst.ctx, { to: { passphrase: 'un long mot de passe', scryptLogN: FAST }, keys: KEYS.own, out });
    expect((await verifyBackup(out, { passphrase: 'un long mot de passe' })).source.communeFr).toBe('Berkane');
    await expect(createBackup(inst.ctx, { to: { passphrase: 'un long mot de passe' }, keys: KEYS.own, out })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('empties staff phone, e-mail and notes in a no-contacts snapshot only, leaving no trace in free pages', async () => {
    const inst = installation();
    // Free text may hold a phone number: the profile empties notes too (its description says so).
    inst.ctx.sqlite.prepare(`UPDATE staff SET notes = 'rappeler au 0661 23 45 67' WHERE matricule = 'M-1'`).run();
    const out = path.join(tempDir(), 'nc.sasbackup');
    await createBackup(inst.ctx, { to: { recipients: [KEYS.own.recipient] }, profile: 'no-contacts', keys: KEYS.own, out });
    const { manifest, data } = await unpack(out);
    expect(manifest.profile).toBe('no-contacts');
    const file = path.join(tempDir(), 'snap.sqlite');
    fs.writeFileSync(file, data);
    const db = new Database(file, { readonly: true });
    const sql = `SELECT count(*) AS n, sum(phone <> '') AS phones, sum(email <> '') AS emails, sum(notes <> '') AS notes FROM staff`;
    expect(db.prepare(sql).get()).toEqual({ n: 3, phones: 0, emails: 0, notes: 0 });
    db.close();
    expect(data.includes(Buffer.from('agent1@berkane.ma'))).toBe(false);
    expect(data.includes(Buffer.from('0661 23 45 67'))).toBe(false);
    // The installation's own database keeps them.
    expect(inst.ctx.sqlite.prepare(`SELECT count(*) AS n FROM staff WHERE phone <> '' AND email <> ''`).get()).toEqual({ n: 3 });
  });

  it('shows the public keys and their fingerprints, creating the keys on first need', async () => {
    const inst = installation('Berkane', null);
    const first = await dispatchAsync('backup.keys', {}, inst.ctx);
    const again = await dispatchAsync('backup.keys', {}, inst.ctx);
    expect(first.ok && again.ok).toBe(true);
    const keys = (first as { value: { recipient: string; recipientFingerprint: string; signingFingerprint: string } }).value;
    expect(keys.recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(keys.recipientFingerprint).toBe(recipientFingerprint(keys.recipient));
    expect(keys.signingFingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(again).toEqual(first);
  });

  it('keeps known partner keys, refusing what is not an age recipient', async () => {
    const inst = installation();
    const made = await dispatchAsync('recipients.create', { label: 'Coordination Liège', recipient: KEYS.other.recipient }, inst.ctx);
    expect(made).toMatchObject({ ok: true, changed: ['recipientKeys', 'auditLog'] });
    const broken = `${KEYS.other.recipient.slice(0, -1)}${KEYS.other.recipient.endsWith('q') ? 'p' : 'q'}`;
    expect(await dispatchAsync('recipients.create', { label: 'x', recipient: broken }, inst.ctx)).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.backup.badRecipient' },
    });
    expect(await dispatchAsync('recipients.create', { label: 'x', recipient: 'ssh-ed25519 AAAA' }, inst.ctx)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatchAsync('recipients.create', { label: 'again', recipient: KEYS.other.recipient }, inst.ctx)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const list = await dispatchAsync('recipients.list', {}, inst.ctx);
    expect(list.ok && list.value).toEqual([
      expect.objectContaining({ label: 'Coordination Liège', fingerprint: recipientFingerprint(KEYS.other.recipient) }),
    ]);
    const id = (list as { value: { id: string }[] }).value[0].id;
    expect(await dispatchAsync('recipients.delete', { id }, inst.ctx)).toMatchObject({ ok: true, value: { deleted: true } });
  });

  it('writes to the exact `out` file a script names, never over an existing one, and opens with given identities', async () => {
    const inst = installation();
    const out = path.join(tempDir(), 'named.sasbackup');
    const to = { recipients: [KEYS.other.recipient] };
    expect(await dispatchAsync('backup.create', { ...to, out }, inst.ctx)).toMatchObject({ ok: true, value: { path: out } });
    const bytes = fs.readFileSync(out);
    expect(await dispatchAsync('backup.create', { ...to, out }, inst.ctx)).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'errors.backup.fileExists' },
    });
    expect(fs.readFileSync(out).equals(bytes)).toBe(true);
    expect(await dispatchAsync('backup.create', { ...to, out: `${out}2`, folder: tempDir() }, inst.ctx)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'out' }] },
    });

    // Identities someone holds (a key file), not the installation's own: the other key opens it, ours does not.
    expect(await dispatchAsync('backup.verify', { file: out, identities: [KEYS.other.identity] }, inst.ctx)).toMatchObject({ ok: true });
    expect(await dispatchAsync('backup.verify', { file: out }, inst.ctx)).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.backup.wrongKey' },
    });
    expect(await dispatchAsync('backup.verify', { file: out, identities: ['AGE-SECRET-KEY-1', 'not a key'] }, inst.ctx)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'identities.0' }, { path: 'identities.1' }] },
    });
    const both = { file: out, identities: [KEYS.other.identity], passphrase: 'une phrase de passe' };
    expect(await dispatchAsync('backup.verify', both, inst.ctx)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'identities' }] },
    });
  });
});
