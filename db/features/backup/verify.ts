import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { loadMigrations } from '../../core/migrate';
import { type Secret, decryptStream } from './age-io';
import { ByteReader } from './byte-reader';
import { checkDatabase } from './check-data';
import { PIECE, type Progress, fileChunks, removeCompanions, scratchDir, tempName, withProgress } from './files';
import { verifySignature } from './keys';
import { type Manifest, parseManifest } from './manifest';
import { domainError, refuse } from './refusals';
import { TarError, readTarStream } from './tar';

export interface OpenedBackup {
  manifest: Manifest;
  /** The verified data.sqlite, extracted into the caller's folder; the caller moves or removes it. */
  dataFile: string;
}

interface Extracted {
  manifestBytes: Buffer;
  signature: Buffer | undefined;
  data: { sha256: string; size: number };
}

/**
 * Decrypts and unpacks in one pass: manifest and signature in memory (small, bounded), the
 * database straight into `dataFile` with its SHA-256 taken on the way. A tar that goes wrong
 * is only reported once the rest has been decrypted: a file cut or altered further on is
 * refused as such, whatever its plaintext looks like.
 */
async function extract(file: string, secret: Secret, dataFile: string, progress?: Progress): Promise<Extracted> {
  const out = fs.createWriteStream(dataFile, { flags: 'wx', mode: 0o600, highWaterMark: PIECE });
  const hash = crypto.createHash('sha256');
  let size = 0;
  const write = async (piece: Buffer) => {
    hash.update(piece);
    size += piece.length;
    if (!out.write(piece)) await once(out, 'drain');
  };
  const plain = new ByteReader(decryptStream(withProgress(fileChunks(file), fs.statSync(file).size, progress), secret));
  try {
    let entries;
    try {
      entries = await readTarStream(
        plain,
        [
          { name: 'manifest.json', max: 1024 * 1024 },
          { name: 'data.sqlite', max: Number.MAX_SAFE_INTEGER, write },
          { name: 'manifest.sig', max: 1024 },
        ],
        2,
      );
    } catch (error) {
      if (!(error instanceof TarError)) throw error;
      await plain.drain();
      throw refuse('badTar', error.message);
    }
    out.end();
    await finished(out);
    return { manifestBytes: entries[0].data!, signature: entries[2]?.data, data: { sha256: hash.digest('hex'), size } };
  } catch (error) {
    // Closed before the caller removes the file; writes still queued fail quietly, the refusal says why.
    out.destroy();
    await finished(out).catch(() => undefined);
    throw error;
  }
}

/**
 * Decrypts and checks a backup in the order of docs/ARCHITECTURE.md §6: age → tar → manifest →
 * checksum → signature → schema → integrity → the manifest against the data. On success
 * `dataFile` (in `workDir`) holds the verified database; on any refusal nothing is left behind.
 */
export async function openBackup(file: string, secret: Secret, workDir: string, progress?: Progress): Promise<OpenedBackup> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw domainError('not_found', 'errors.backup.fileMissing', `${file} does not exist`);
  // A folder made here (the first partner import) is removed again on a refusal.
  const made = fs.mkdirSync(workDir, { recursive: true });
  const dataFile = tempName(workDir, 'sas-verified', '.sqlite');
  try {
    const { manifestBytes, signature, data } = await extract(file, secret, dataFile, progress);
    const manifest = parseManifest(manifestBytes);
    if (data.size !== manifest.data.size || data.sha256 !== manifest.data.sha256) throw refuse('checksum');
    if (!signature || !verifySignature(manifest.signer.publicKey, manifestBytes, signature)) {
      throw refuse('badSignature', signature ? undefined : 'the backup is not signed');
    }
    if (manifest.schemaVersion > loadMigrations().length) throw refuse('schemaTooNew');
    checkDatabase(dataFile, manifest);
    return { manifest, dataFile };
  } catch (error) {
    fs.rmSync(dataFile, { force: true });
    if (made) fs.rmSync(made, { recursive: true, force: true });
    throw error;
  } finally {
    removeCompanions(dataFile);
  }
}

/**
 * Checks everything and keeps nothing: the manifest of a backup that would be accepted. The
 * database is extracted into `parent` (the backups folder of an installation), else into the
 * system's temp folder.
 */
export async function verifyBackup(file: string, secret: Secret, parent?: string, progress?: Progress): Promise<Manifest> {
  const scratch = scratchDir(parent);
  try {
    return (await openBackup(file, secret, scratch.dir, progress)).manifest;
  } finally {
    scratch.remove();
  }
}
