import fs from 'node:fs';
import path from 'node:path';
import type { Profile } from '../../../api/channels/backup';
import { PASSPHRASE_MIN } from '../../../api/channels/backup';
import type { DataContext } from '../../core/context';
import { type Target, encryptStream } from './age-io';
import { type Progress, backupsDirOf, digestFile, fileChunks, fileDate, scratchDir, slug, withProgress, writeChunksAtomic } from './files';
import { type StoredKeys, signManifest } from './keys';
import { type Manifest, buildManifest } from './manifest';
import { readSettings } from '../settings/settings-service';
import { domainError } from './refusals';
import { takeSnapshot } from './snapshot';
import { tarStream } from './tar';

export interface CreateOptions {
  to: Target;
  profile?: Profile;
  keys: StoredKeys;
  /** The exact file to write; else a default name in `folder`. */
  out?: string;
  folder?: string;
  /** Name prefix in `folder` (the automatic backups use `auto`). */
  prefix?: string;
  /** Replace an existing `out` (default: refuse). */
  overwrite?: boolean;
  now?: Date;
  /** Told as the database is archived and encrypted. */
  progress?: Progress;
}

export interface Created {
  path: string;
  size: number;
  counts: Record<string, number>;
  manifest: Manifest;
}

function targetFile(options: CreateOptions, communeFr: string, now: Date): string {
  if (options.out) {
    if (!options.overwrite && fs.existsSync(options.out))
      throw domainError('conflict', 'errors.backup.fileExists', `${options.out} already exists`);
    return path.resolve(options.out);
  }
  if (!options.folder) throw domainError('invalid_input', 'errors.required', 'no folder for the backup');
  const base = `${options.prefix ?? `sas-${slug(communeFr)}`}-${fileDate(now)}`;
  // Two backups in the same minute get -2, -3…: a backup never replaces another.
  for (let n = 1; ; n++) {
    const file = path.resolve(options.folder, `${base}${n > 1 ? `-${n}` : ''}.sasbackup`);
    if (!fs.existsSync(file)) return file;
  }
}

/**
 * Makes a backup (docs/ARCHITECTURE.md §6): snapshot → manifest → signature → tar → age → temp
 * file → rename, streamed: the snapshot is read in pieces (once for its checksum, once into the
 * archive), so memory stays bounded whatever the size of the database. The snapshot lives in
 * the backups folder, on the database's disk. The database is only read; on any failure no
 * backup file and no temporary file is left behind.
 */
export async function createBackup(ctx: DataContext, options: CreateOptions): Promise<Created> {
  const profile = options.profile ?? 'complete';
  if ('passphrase' in options.to && options.to.passphrase.length < PASSPHRASE_MIN) {
    throw domainError('invalid_input', 'errors.backup.passphraseTooShort', `the passphrase needs at least ${PASSPHRASE_MIN} characters`);
  }
  const now = options.now ?? new Date();
  const file = targetFile(options, readSettings(ctx).communeFr, now);
  const scratch = scratchDir(backupsDirOf(ctx));
  try {
    const snapFile = path.join(scratch.dir, 'data.sqlite');
    const snap = takeSnapshot(ctx, snapFile, profile);
    const data = await digestFile(snapFile);
    const manifest = buildManifest(snap, data, profile, options.keys, now);
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    const signature = signManifest(options.keys, manifestBytes);
    const tar = tarStream(
      [
        { name: 'manifest.json', size: manifestBytes.length, data: manifestBytes },
        { name: 'data.sqlite', size: data.size, data: withProgress(fileChunks(snapFile), data.size, options.progress) },
        { name: 'manifest.sig', size: signature.length, data: signature },
      ],
      now,
    );
    await writeChunksAtomic(file, encryptStream(tar, options.to));
    return { path: file, size: fs.statSync(file).size, counts: manifest.counts, manifest };
  } finally {
    scratch.remove();
  }
}
