import fs from 'node:fs';
import Database from 'better-sqlite3';
import { DomainError } from '../../core/errors';
import { loadMigrations } from '../../core/migrate';
import { type Secret, decrypt } from './age-io';
import { scratchDir, tempName } from './files';
import { verifySignature } from './keys';
import { type Manifest, parseManifest, sha256 } from './manifest';
import { domainError, refuse } from './refusals';
import { TarError, readTar } from './tar';

/** Bounds that keep a hostile file from exhausting memory (fs.readFile stops at 2 GiB anyway). */
const MAX_FILE = 2 ** 31 - 1;
const ENTRIES = [
  { name: 'manifest.json', max: 1024 * 1024 },
  { name: 'data.sqlite', max: MAX_FILE },
  { name: 'manifest.sig', max: 1024 },
];

export interface OpenedBackup {
  manifest: Manifest;
  /** The verified data.sqlite, extracted into the caller's folder; the caller moves or removes it. */
  dataFile: string;
}

function checkDatabase(file: string, manifest: Manifest): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > loadMigrations().length) throw refuse('schemaTooNew');
    if (version !== manifest.schemaVersion) throw refuse('badManifest', 'schema version differs from the data');
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') throw refuse('integrity', integrity.slice(0, 3).join('; '));
    if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get()) {
      throw refuse('integrity', 'not a database of this application');
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw refuse('integrity', error instanceof Error ? error.message : String(error));
  } finally {
    db?.close();
  }
}

/**
 * Decrypts and checks a backup in the order of docs/ARCHITECTURE.md §6: age → tar → manifest → checksum
 * → signature → schema → integrity. On success `dataFile` (in `workDir`) holds the verified
 * database; on any refusal nothing is left behind.
 */
export async function openBackup(file: string, secret: Secret, workDir: string): Promise<OpenedBackup> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw domainError('not_found', 'errors.backup.fileMissing', `${file} does not exist`);
  if (fs.statSync(file).size > MAX_FILE) throw refuse('tooLarge');
  const plain = await decrypt(fs.readFileSync(file), secret);

  let entries;
  try {
    entries = readTar(plain, ENTRIES, 2);
  } catch (error) {
    throw refuse('badTar', error instanceof TarError ? error.message : undefined);
  }
  const [manifestEntry, dataEntry, sigEntry] = entries;
  const manifest = parseManifest(manifestEntry.data);
  if (dataEntry.data.length !== manifest.data.size || sha256(dataEntry.data) !== manifest.data.sha256) throw refuse('checksum');
  if (!sigEntry || !verifySignature(manifest.signer.publicKey, Buffer.from(manifestEntry.data), Buffer.from(sigEntry.data))) {
    throw refuse('badSignature', sigEntry ? undefined : 'the backup is not signed');
  }
  if (manifest.schemaVersion > loadMigrations().length) throw refuse('schemaTooNew');

  // A folder made here (the first partner import) is removed again on a refusal.
  const made = fs.mkdirSync(workDir, { recursive: true });
  const dataFile = tempName(workDir, 'sas-verified', '.sqlite');
  try {
    fs.writeFileSync(dataFile, dataEntry.data, { mode: 0o600, flag: 'wx' });
    checkDatabase(dataFile, manifest);
    return { manifest, dataFile };
  } catch (error) {
    fs.rmSync(dataFile, { force: true });
    if (made) fs.rmSync(made, { recursive: true, force: true });
    throw error;
  } finally {
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${dataFile}${suffix}`, { force: true });
  }
}

/** Checks everything and keeps nothing: the manifest of a backup that would be accepted. */
export async function verifyBackup(file: string, secret: Secret): Promise<Manifest> {
  const scratch = scratchDir();
  try {
    return (await openBackup(file, secret, scratch)).manifest;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
