import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../api/channels/directory-files';
import { closeContext } from '../../db/core/context';
import { closePartnerDatasets } from '../../db/features/backup/partners';
import { fileKeyStore } from '../../db/features/backup/key-file';
import { openInstallation } from '../../db/installation/installation';
import { openAppDatabase } from '../../db/installation/open-database';
import { call, withInstallation } from '../../shells/cli/call';
import { CliError } from '../../shells/cli/cli-error';
import { main } from '../../shells/cli/main';
import { bytes, setup, tempDir } from './helpers';

/**
 * `sas` commands reach the data core through the dispatcher, like Electron and the test host:
 * run in-process (main takes its output streams), so each check costs no tsx start-up.
 */
async function sas(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const rows = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

function csv(dir: string): string {
  const file = path.join(dir, 'a.csv');
  fs.writeFileSync(file, 'nom_fr;nom_ar;telephone\nAssociation Amal;جمعية الأمل;0536 12 12 12\n');
  return file;
}

describe('sas through the dispatcher', () => {
  it('refuses input the contract refuses, with its validation message, exit code 1 and nothing written', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'sas.sqlite');
    expect((await sas('directory', 'import', csv(dir), '--db', db)).code).toBe(0);
    const before = bytes(db);
    // organizations.search takes a query of 200 characters at most.
    const long = await sas('directory', 'search', 'x'.repeat(201), '--db', db);
    expect(long).toMatchObject({ code: 1, stdout: '' });
    expect(long.stderr).toBe('sas: the input was refused: query: too long or too large');
    expect(bytes(db).equals(before)).toBe(true);

    const out = path.join(dir, 'b.sasbackup');
    const recipient = await sas('backup', 'create', '--db', db, '--out', out, '--recipient', 'age1bad');
    expect(recipient.code).toBe(1);
    expect(recipient.stderr).toMatch(/recipients\.0: not an age X25519 recipient/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('audits what directory import writes, under the operator of the settings; a dry run writes no entry', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'sas.sqlite');
    const ctx = openAppDatabase(db);
    setup(ctx, 'Samira Alaoui');
    closeContext(ctx);
    const audited = () => rows(db, "SELECT operator, action FROM audit_log WHERE table_name = 'organizations'");

    expect(await sas('directory', 'import', csv(dir), '--db', db, '--dry-run', '--json')).toMatchObject({
      code: 0,
      stdout: '{"imported":1,"duplicates":0,"rejected":[]}',
    });
    expect(audited()).toEqual([]);
    expect((await sas('directory', 'import', csv(dir), '--db', db)).code).toBe(0);
    expect(audited()).toEqual([{ operator: 'Samira Alaoui', action: 'create' }]);
  });

  it('refuses a write on a dataset opened read-only, and on an imported partner dataset', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'ahfir', 'sas.sqlite');
    const coord = path.join(dir, 'liege', 'sas.sqlite');
    const key = path.join(dir, 'key.txt');
    expect((await sas('directory', 'import', csv(dir), '--db', db)).code).toBe(0);
    const recipient = (await sas('keys', 'create', '--out', key)).stdout;
    const out = path.join(dir, 'ahfir.sasbackup');
    expect((await sas('backup', 'create', '--db', db, '--out', out, '--recipient', recipient)).code).toBe(0);
    const imported = await sas('partner', 'import', out, '--db', coord, '--identity', key);
    expect(imported.code, imported.stderr).toBe(0);
    const id = /Dataset: ([^;]+);/.exec(imported.stdout)![1];

    const input = { fileName: 'a.csv', contentBase64: fs.readFileSync(csv(dir)).toString('base64') };
    const before = bytes(db);
    const readOnly = withInstallation(db, (ctx) => call('directory.import', input, ctx), { readOnly: true });
    await expect(readOnly).rejects.toThrow(new CliError('this dataset is read-only: nothing in it can be changed'));
    expect(bytes(db).equals(before)).toBe(true);

    const opened = openInstallation({ db: coord, keyStore: fileKeyStore(path.join(dir, 'liege', 'sas-keys.json')) });
    try {
      const partner = opened.contextFor(id)!;
      expect(partner.readOnly).toBe(true);
      await expect(call('directory.import', input, partner)).rejects.toThrow(/read-only/);
      expect((await call('organizations.search', { query: 'amal' }, partner)).rows).toHaveLength(1);
    } finally {
      closePartnerDatasets();
      opened.close();
    }
  });

  it('verifies a backup without opening, creating or changing any database', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'sas.sqlite');
    const key = path.join(dir, 'key.txt');
    const recipient = (await sas('keys', 'create', '--out', key)).stdout;
    const out = path.join(dir, 'b.sasbackup');
    expect((await sas('backup', 'create', '--db', db, '--out', out, '--recipient', recipient)).code).toBe(0);
    const elsewhere = path.join(dir, 'other', 'sas.sqlite');
    const verified = await sas('backup', 'verify', out, '--identity', key, '--db', elsewhere, '--json');
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, format: 'sas-backup' });
    expect(fs.existsSync(path.dirname(elsewhere))).toBe(false);
    // The file it names is in the sentence, as before the dispatcher.
    const missing = await sas('backup', 'verify', path.join(dir, 'none.sasbackup'), '--identity', key);
    expect(missing).toMatchObject({ code: 1, stderr: `sas: ${path.join(dir, 'none.sasbackup')} does not exist` });
  });

  it("lists the contract's values when an option's value is not one of them (usage error, exit code 2)", async () => {
    const dir = tempDir();
    const r = await sas('directory', 'export', '--db', path.join(dir, 'sas.sqlite'), '--format', 'pdf', '--out', path.join(dir, 'x'));
    expect(r.code).toBe(2);
    const first = r.stderr.split('\n')[0];
    expect(first).toBe(
      `sas: --format must be ${EXPORT_FORMATS.slice(0, -1)
        .map((f) => `"${f}"`)
        .join(', ')} or "${EXPORT_FORMATS.at(-1)}", not "pdf"`,
    );
    expect((await sas('demo', '--db', path.join(dir, 'demo.sqlite'), '--scale', 'metropole')).stderr).toMatch(
      /--scale must be "commune" or "programme", not "metropole"/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
