import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { closePartnerDatasets } from '../../db/features/backup/partners';
import { FAST, KEYS, filesIn, installation, records } from './backup-helpers';
import { call, tempDir } from './helpers';

/**
 * The renderer cannot give a path (sandbox, browser): it sends the chosen file's bytes. The core
 * must do exactly what it does with a path, and leave no temp copy behind, success or refusal.
 */
const asContent = (file: string) => ({ fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') });
const names = (ctx: Parameters<typeof records>[0]) =>
  (ctx.sqlite.prepare('SELECT last_name_fr AS n FROM staff ORDER BY matricule').all() as { n: string }[]).map((r) => r.n);

describe('backups sent as content (fileName + contentBase64)', () => {
  it('verifies and restores from content, leaving no temp file; a wrong passphrase changes nothing', async () => {
    const inst = installation();
    const out = path.join(tempDir(), 'berkane.sasbackup');
    await createBackup(inst.ctx, { to: { passphrase: 'correct horse battery', scryptLogN: FAST }, keys: KEYS.own, out });
    call(inst.ctx, 'staff.create', { matricule: 'M-9', lastNameFr: 'Ajouté', gender: 'm' });
    const dataFiles = filesIn(inst.dir);

    const verified = await dispatchAsync('backup.verify', { ...asContent(out), passphrase: 'correct horse battery' }, inst.ctx);
    expect(verified).toMatchObject({ ok: true, value: { manifest: { source: { communeFr: 'Berkane' } } } });
    const before = records(inst.ctx);
    const wrong = await dispatchAsync('backup.restore', { ...asContent(out), passphrase: 'not the passphrase' }, inst.ctx);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad_file', messageKey: 'errors.backup.wrongKey' } });
    expect(records(inst.ctx)).toEqual(before);
    expect(filesIn(inst.dir)).toEqual(dataFiles);

    const restored = await dispatchAsync('backup.restore', { ...asContent(out), passphrase: 'correct horse battery' }, inst.ctx);
    expect(restored).toMatchObject({ ok: true });
    expect(names(inst.ctx)).toEqual(['Nom1', 'Nom2', 'Nom3']);
    expect(filesIn(inst.dir).filter((n) => n.startsWith('.sas-upload'))).toEqual([]);
  });

  it('imports a partner backup from content and records the chosen file name', async () => {
    const coord = installation('Liège');
    const partner = installation('Ahfir', KEYS.other);
    const file = path.join(tempDir(), 'ahfir-2025.sasbackup');
    await createBackup(partner.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.other, out: file });
    const r = await dispatchAsync('partners.import', asContent(file), coord.ctx);
    expect(r).toMatchObject({ ok: true, value: { communeFr: 'Ahfir' } });
    const row = coord.ctx.sqlite.prepare('SELECT file_name AS f FROM partner_datasets').get() as { f: string };
    expect(row.f).toBe('ahfir-2025.sasbackup');
    expect(filesIn(coord.dir).filter((n) => n.startsWith('.sas-upload'))).toEqual([]);
    closePartnerDatasets();
  });

  it('asks for exactly one source: a path, or a name with its content', async () => {
    const inst = installation();
    for (const input of [{}, { fileName: 'x.sasbackup' }, { file: '/tmp/x.sasbackup', fileName: 'x', contentBase64: 'AAAA' }]) {
      expect(await dispatchAsync('backup.verify', input, inst.ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('hands out backups of the backups folder only', async () => {
    const inst = installation();
    const made = await dispatchAsync('backup.create', { passphrase: 'correct horse battery' }, inst.ctx);
    expect(made).toMatchObject({ ok: true });
    const madePath = (made as { value: { path: string } }).value.path;
    expect(path.dirname(madePath)).toBe(path.join(inst.dir, 'backups'));
    const got = await dispatchAsync('backup.download', { path: madePath }, inst.ctx);
    expect(got).toMatchObject({ ok: true, value: { fileName: path.basename(madePath) } });
    expect(Buffer.from((got as { value: { contentBase64: string } }).value.contentBase64, 'base64').equals(fs.readFileSync(madePath))).toBe(
      true,
    );

    const outside = path.join(tempDir(), 'elsewhere.sasbackup');
    fs.copyFileSync(madePath, outside);
    const link = path.join(inst.dir, 'backups', 'link.sasbackup');
    fs.symlinkSync(outside, link);
    for (const p of [
      inst.ctx.file,
      outside,
      link,
      path.join(inst.dir, 'backups', '..', 'sas.sqlite'),
      path.join(inst.dir, 'backups', 'none.sasbackup'),
    ]) {
      expect(await dispatchAsync('backup.download', { path: p }, inst.ctx), p).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });
});
