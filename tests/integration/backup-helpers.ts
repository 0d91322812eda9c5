import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { type DataContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { type Secret, type Target, decrypt, encrypt } from '../../db/features/backup/age-io';
import { createBackup } from '../../db/features/backup/create';
import { importPartner } from '../../db/features/backup/partners';
import { restoreBackup } from '../../db/features/backup/restore';
import { verifyBackup } from '../../db/features/backup/verify';
import { type StoredKeys, generateKeys, memoryKeyStore, signManifest } from '../../db/features/backup/keys';
import { type Manifest, sha256 } from '../../db/features/backup/manifest';
import { ByteReader } from '../../db/features/backup/byte-reader';
import { readTarStream, writeTar } from '../../db/features/backup/tar';
import { bytes, call, count, tempDir, track } from './helpers';

/** Shared pieces of the backup tests: installations with keys, and hand-made backup files. */

// Key generation is fast, but one pair per role keeps the tests' intent readable.
export const KEYS: { own: StoredKeys; other: StoredKeys } = { own: await generateKeys(), other: await generateKeys() };

/** Fast scrypt for tests (the work factor travels in the file); the app uses age's default 18. */
export const FAST = 10;

export function withInstallation(
  ctx: DataContext,
  keys: StoredKeys | null = KEYS.own,
  onReplace?: (next: DataContext) => void,
): DataContext {
  const dataDir = path.dirname(ctx.file);
  return { ...ctx, installation: { dataDir, keyStore: memoryKeyStore(keys), replaceContext: onReplace } };
}

/** An installation in its own temp folder, set up for a commune, with a few staff who have contact details. */
export function installation(commune = 'Berkane', keys: StoredKeys | null = KEYS.own) {
  const dir = tempDir();
  const holder: { ctx: DataContext } = { ctx: null as unknown as DataContext };
  const base = track(openAppDatabase(path.join(dir, 'sas.sqlite'), { backupDir: path.join(dir, 'backups') }));
  holder.ctx = withInstallation(base, keys, (next) => {
    holder.ctx = track(next);
  });
  call(holder.ctx, 'settings.setup', { communeFr: commune, communeAr: 'بركان', role: 'sas', operatorName: 'Samira', language: 'fr' });
  for (let i = 1; i <= 3; i++) {
    call(holder.ctx, 'staff.create', {
      matricule: `M-${i}`,
      lastNameFr: `Nom${i}`,
      gender: 'f',
      phone: `06 00 00 00 0${i}`,
      email: `agent${i}@berkane.ma`,
    });
  }
  return {
    dir,
    holder,
    get ctx() {
      return holder.ctx;
    },
  };
}

/** Record counts of the tables a user would miss, to show a refusal changed nothing. */
export const TABLES = ['settings', 'staff', 'org_units', 'job_profiles', 'competencies', 'audit_log', 'partner_datasets', 'recipient_keys'];
export const records = (ctx: DataContext) => Object.fromEntries(TABLES.map((t) => [t, count(ctx, t)]));

/** The three entries of a backup file, decrypted. */
export async function unpack(file: string, identity = KEYS.own.identity) {
  const plain = await decrypt(fs.readFileSync(file), { identities: [identity] });
  const [m, data, sig] = await readTarStream(new ByteReader([plain]), [
    { name: 'manifest.json', max: 1 << 20 },
    { name: 'data.sqlite', max: 1 << 30 },
    { name: 'manifest.sig', max: 1024 },
  ]);
  return {
    manifestBytes: m.data!,
    manifest: JSON.parse(m.data!.toString('utf8')) as Manifest,
    data: data.data!,
    sig: sig.data!,
  };
}

export interface Parts {
  manifest: Manifest | Record<string, unknown>;
  /** The manifest's exact bytes, when a test needs JSON that JSON.stringify never writes (duplicate keys). */
  manifestBytes?: Buffer;
  data: Buffer;
  /** Default: a valid signature by `signer` (default: the key the manifest names); null: no manifest.sig. */
  sig?: Buffer | null;
  signer?: StoredKeys;
  /** Entries as written, when a test needs another order or extra entries. */
  entries?: { name: string; data: Uint8Array }[];
}

/** A backup made by hand from its parts: what a damaged or hostile file may look like. */
export async function craft(file: string, parts: Parts, to: Target = { recipients: [KEYS.own.recipient] }): Promise<string> {
  const manifestBytes = parts.manifestBytes ?? Buffer.from(JSON.stringify(parts.manifest));
  const named = (parts.manifest as { signer?: { publicKey?: string } }).signer?.publicKey;
  const signer = parts.signer ?? Object.values(KEYS).find((k) => k.signing.publicKey === named) ?? KEYS.own;
  const sig = parts.sig === undefined ? signManifest(signer, manifestBytes) : parts.sig;
  const entries = parts.entries ?? [
    { name: 'manifest.json', data: manifestBytes },
    { name: 'data.sqlite', data: parts.data },
    ...(sig ? [{ name: 'manifest.sig', data: sig }] : []),
  ];
  fs.writeFileSync(file, await encrypt(writeTar(entries, new Date()), to));
  return file;
}

/** The manifest fields that follow from the data (checksum and size). */
export const describedBy = (manifest: Manifest, data: Buffer): Manifest => ({
  ...manifest,
  data: { sha256: sha256(data), size: data.length },
});

/** A copy of a SQLite file with a change made by `fn`. */
export function alteredDatabase(data: Buffer, fn: (db: Database.Database) => void): Buffer {
  const file = path.join(tempDir(), 'copy.sqlite');
  fs.writeFileSync(file, data);
  const db = new Database(file);
  fn(db);
  db.close();
  return fs.readFileSync(file);
}

/** The files in a folder (none when it does not exist): a refusal must not leave any. */
export const filesIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

/** A valid backup of a partner commune (another installation, KEYS.other), encrypted to KEYS.own, and its parts. */
export async function partnerBackup() {
  const partner = installation('Ahfir', KEYS.other);
  const file = path.join(tempDir(), 'ahfir.sasbackup');
  await createBackup(partner.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.other, out: file });
  return { file, ...(await unpack(file)) };
}

const OWN: Secret = { identities: [KEYS.own.identity] };

/**
 * Offers `file` to verify, restore and partner import on a coordinator's installation, expects
 * the same refusal from each, and checks that no database, backup or partner file changed (the
 * database's SHA-256 before and after). Each call must return: a hang fails the test's timeout.
 */
export async function expectRefused(file: string, messageKey: string, secret: Secret = OWN, detail?: RegExp) {
  const coord = installation('Liège');
  const before = records(coord.ctx);
  const digest = () => (coord.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)'), sha256(bytes(coord.ctx.file)));
  const fileBefore = digest();
  const folders = () => [filesIn(coord.dir), filesIn(path.join(coord.dir, 'backups')), filesIn(path.join(coord.dir, 'partners'))];
  const listed = folders();
  const original = coord.ctx;
  const why = detail ? { message: expect.stringMatching(detail) } : {};
  await expect(verifyBackup(file, secret), 'verify').rejects.toMatchObject({ code: 'bad_file', messageKey, ...why });
  await expect(
    restoreBackup(coord.ctx, file, secret, () => expect.fail('no swap'), { acceptOtherSource: true }),
    'restore',
  ).rejects.toMatchObject({ code: 'bad_file', messageKey });
  await expect(importPartner(coord.ctx, file, secret), 'import').rejects.toMatchObject({ code: 'bad_file', messageKey });
  expect(coord.ctx).toBe(original);
  expect(records(coord.ctx)).toEqual(before);
  expect(digest()).toBe(fileBefore);
  expect(folders()).toEqual(listed);
}
