import fs from 'node:fs';
import path from 'node:path';
import type { Profile } from '../../../api/channels/backup';
import { PASSPHRASE_MIN } from '../../../api/channels/backup';
import type { DataContext } from '../../core/context';
import { type Target, encrypt } from './age-io';
import { fileDate, scratchDir, slug, writeAtomic } from './files';
import { type StoredKeys, signManifest } from './keys';
import { type Manifest, buildManifest } from './manifest';
import { readSettings } from '../settings/settings-service';
import { domainError } from './refusals';
import { takeSnapshot } from './snapshot';
import { writeTar } from './tar';

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
 * Makes a backup (docs/ARCHITECTURE.md §6): snapshot → manifest → signature → tar → age → temp file →
 * rename. The database is only read; on any failure no backup file is left behind.
 */
export async function createBackup(ctx: DataContext, options: CreateOptions): Promise<Created> {
  const profile = options.profile ?? 'complete';
  if ('passphrase' in options.to && options.to.passphrase.length < PASSPHRASE_MIN) {
    throw domainError('invalid_input', 'errors.backup.passphraseTooShort', `the passphrase needs at least ${PASSPHRASE_MIN} characters`);
  }
  const now = options.now ?? new Date();
  const file = targetFile(options, readSettings(ctx).communeFr, now);
  const scratch = scratchDir();
  try {
    const snapFile = path.join(scratch, 'data.sqlite');
    const snap = takeSnapshot(ctx, snapFile, profile);
    const data = fs.readFileSync(snapFile);
    const manifest = buildManifest(snap, data, profile, options.keys, now);
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    const tar = writeTar(
      [
        { name: 'manifest.json', data: manifestBytes },
        { name: 'data.sqlite', data },
        { name: 'manifest.sig', data: signManifest(options.keys, manifestBytes) },
      ],
      now,
    );
    const encrypted = await encrypt(tar, options.to);
    writeAtomic(file, encrypted);
    return { path: file, size: encrypted.length, counts: manifest.counts, manifest };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
