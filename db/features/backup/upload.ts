import fs from 'node:fs';
import path from 'node:path';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { allowedPath, backupsDirOf, dataDirOf, tempName } from './files';
import { refuse } from './refusals';

/**
 * Files that cross the boundary as bytes. A sandboxed renderer (Electron) or a browser (test
 * host) can read a chosen file but cannot give its path, so the channels that open a backup
 * also take `{fileName, contentBase64}`; and a backup made here can be handed back as bytes.
 */
export interface Source {
  file?: string;
  fileName?: string;
  contentBase64?: string;
}

/** Same ceiling as the contract (70 M base64 characters): a commune's backup is far below. */
const MAX_BYTES = 52_500_000;

/**
 * Runs `use` on a path: the given one, or a private temp copy of the given bytes in the data
 * folder (same disk as the database, never a shared /tmp), removed afterwards whatever happens.
 */
export async function withSourceFile<T>(ctx: DataContext, source: Source, use: (file: string, fileName: string) => Promise<T>): Promise<T> {
  if (source.file) return use(allowedPath(ctx, source.file), path.basename(source.file));
  const bytes = Buffer.from(source.contentBase64 ?? '', 'base64');
  if (bytes.length > MAX_BYTES) throw refuse('tooLarge');
  const dir = dataDirOf(ctx);
  fs.mkdirSync(dir, { recursive: true });
  const temp = tempName(dir, 'sas-upload', '.sasbackup');
  try {
    fs.writeFileSync(temp, bytes, { mode: 0o600, flag: 'wx' });
    return await use(temp, path.basename(source.fileName ?? 'backup.sasbackup'));
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** The folders whose backups may be handed out: what this app wrote there, nothing else. */
const downloadable = (ctx: DataContext) => [backupsDirOf(ctx), path.join(dataDirOf(ctx), 'exports')];

const inside = (dir: string, file: string) => {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/**
 * The bytes of a `.sasbackup` made by this installation. Any other path (another extension, a
 * file elsewhere, a symbolic link leading out) is answered `not_found`, so the channel cannot
 * be used to read arbitrary files.
 */
export function downloadBackup(ctx: DataContext, requested: string): { fileName: string; contentBase64: string } {
  const missing = () => notFound('errors.backup.fileMissing');
  if (path.extname(requested).toLowerCase() !== '.sasbackup') throw missing();
  let real: string;
  try {
    real = fs.realpathSync(path.resolve(requested));
  } catch {
    throw missing();
  }
  const dirs = downloadable(ctx)
    .filter((d) => fs.existsSync(d))
    .map((d) => fs.realpathSync(d));
  if (!dirs.some((d) => inside(d, real)) || !fs.statSync(real).isFile()) throw missing();
  if (fs.statSync(real).size > MAX_BYTES) throw refuse('tooLarge');
  return { fileName: path.basename(real), contentBase64: fs.readFileSync(real).toString('base64') };
}
