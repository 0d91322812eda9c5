import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataContext } from '../../core/context';

/** Small file helpers shared by the backup modules: temp names, atomic writes, data folders. */

/** `2024-05-01T10-20-30-123Z`: sortable, and valid in file names on every platform. */
export const stamp = (d = new Date()): string => d.toISOString().replace(/[:.]/g, '-');

export const tempName = (dir: string, prefix: string, ext: string): string =>
  path.join(dir, `.${prefix}-${crypto.randomBytes(6).toString('hex')}${ext}`);

/** A private scratch folder, removed by the caller. */
export const scratchDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'sas-backup-'));

/** Writes next to the target, flushes to disk, then renames: the target is whole or absent. */
export function writeAtomic(file: string, data: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempName(path.dirname(file), path.basename(file), '.partial');
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Removes a database file's companions (a stale -wal would be replayed into the new file). */
export function removeCompanions(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

export const dataDirOf = (ctx: DataContext): string => ctx.installation?.dataDir ?? path.dirname(path.resolve(ctx.file));
export const backupsDirOf = (ctx: DataContext): string => path.join(dataDirOf(ctx), 'backups');
export const partnersDirOf = (ctx: DataContext): string => path.join(dataDirOf(ctx), 'partners');

/** `Berkane` → `berkane`, `Aïn Béni Mathar` → `ain-beni-mathar`; Arabic-only names fall back to `commune`. */
export function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'commune';
}

const two = (n: number) => String(n).padStart(2, '0');
/** Local time, as the user reads it on the clock: YYYY-MM-DD-HHmm. */
export const fileDate = (d: Date): string =>
  `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
