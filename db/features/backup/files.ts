import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';

/** Small file helpers shared by the backup modules: temp names, atomic writes, data folders. */

/** `2024-05-01T10-20-30-123Z`: sortable, and valid in file names on every platform. */
export const stamp = (d = new Date()): string => d.toISOString().replace(/[:.]/g, '-');

export const tempName = (dir: string, prefix: string, ext: string): string =>
  path.join(dir, `.${prefix}-${crypto.randomBytes(6).toString('hex')}${ext}`);

/**
 * A private scratch folder and how to remove it: inside `parent` when given (the backups folder,
 * on the database's disk: /tmp may be memory, and a database copy must not live there), else in
 * the system's temp folder (`sas backup verify`, which has no installation). A parent made for
 * it is removed with it, when nothing else was put there meanwhile.
 */
export function scratchDir(parent?: string): { dir: string; remove: () => void } {
  const made = parent ? fs.mkdirSync(parent, { recursive: true }) : undefined;
  const dir = fs.mkdtempSync(path.join(parent ?? os.tmpdir(), parent ? '.sas-scratch-' : 'sas-backup-'));
  const remove = () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (made && !fs.readdirSync(made).length) fs.rmdirSync(made);
  };
  return { dir, remove };
}

/** Pieces of 1 MiB: large enough for speed, small enough that a file never sits in memory. */
export const PIECE = 1024 * 1024;
export const fileChunks = (file: string): AsyncIterable<Buffer> => fs.createReadStream(file, { highWaterMark: PIECE });

/** Told how far a long operation has gone (bytes done out of bytes in all): the interface shows it. */
export type Progress = (done: number, total: number) => void;

/** The same chunks, reporting the bytes that went through. */
export async function* withProgress<T extends Uint8Array>(chunks: AsyncIterable<T>, total: number, progress?: Progress): AsyncGenerator<T> {
  let done = 0;
  for await (const chunk of chunks) {
    done += chunk.length;
    progress?.(done, total);
    yield chunk;
  }
}

/** SHA-256 and size of a file, read in pieces. */
export async function digestFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  for await (const piece of fileChunks(file)) {
    hash.update(piece);
    size += piece.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** A file written piece by piece with back-pressure; flushed to disk before it is closed. */
export async function writeChunks(file: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  await pipeline(chunks, fs.createWriteStream(file, { flags: 'wx', mode: 0o600, flush: true }));
}

/** Like writeAtomic, for a file given in pieces: the target is whole or absent. */
export async function writeChunksAtomic(file: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempName(path.dirname(file), path.basename(file), '.partial');
  try {
    await writeChunks(temp, chunks);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

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

/**
 * A file a call names, resolved; refused (nothing read or written) when the shell confines files
 * to its data folder and this one lies elsewhere (docs/ARCHITECTURE.md §4).
 */
export function allowedPath(ctx: DataContext, file: string): string {
  const resolved = path.resolve(file);
  const root = ctx.installation?.confineFilesTo;
  if (!root) return resolved;
  const inside = path.relative(path.resolve(root), resolved);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    throw new DomainError('invalid_input', 'errors.pathNotAllowed', { issues: [{ path: 'file', message: 'errors.pathNotAllowed' }] });
  }
  return resolved;
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
