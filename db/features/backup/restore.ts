import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type DataContext, closeContext } from '../../core/context';
import { openAppDatabase } from '../../installation/open-database';
import type { Secret } from './age-io';
import { migrateCopy } from './check-data';
import { type Progress, backupsDirOf, removeCompanions, stamp, tempName } from './files';
import type { Manifest } from './manifest';
import { type Origin, originOf, otherSource } from './origin';
import { domainError, refuse } from './refusals';
import { openBackup } from './verify';

/**
 * Restore and undo. The open context is closed and a new one opened on the restored file, so
 * the caller receives the new context through `onReopen` (also on a rollback, where it is the
 * original reopened): Electron main and the test host swap their open context there.
 */
export type Reopen = (next: DataContext) => void;

export interface Restored {
  ctx: DataContext;
  beforeRestore: string;
  manifest: Manifest;
  origin: Origin;
}

const reopen = (ctx: DataContext): DataContext => {
  const next = openAppDatabase(ctx.file, { dataset: ctx.dataset, backupDir: backupsDirOf(ctx) });
  return ctx.installation ? { ...next, installation: ctx.installation } : next;
};

function assertWritable(ctx: DataContext): void {
  if (ctx.readOnly || ctx.dataset !== 'own') throw domainError('read_only', 'errors.readOnly', 'a partner dataset cannot be restored into');
}

/**
 * Replaces the database by `candidate` (a checked SQLite file in the same folder, already at
 * this app's schema version): keeps the current database as `keepAs`, closes, renames (atomic), reopens.
 * If anything fails after the close, the kept copy goes back and the original is reopened.
 */
function swapIn(ctx: DataContext, candidate: string, keepAs: string, onReopen: Reopen): DataContext {
  fs.mkdirSync(path.dirname(keepAs), { recursive: true });
  ctx.sqlite.prepare('VACUUM INTO ?').run(keepAs);
  closeContext(ctx);
  try {
    removeCompanions(ctx.file);
    fs.renameSync(candidate, ctx.file);
    const next = reopen(ctx);
    onReopen(next);
    return next;
  } catch (error) {
    const back = tempName(path.dirname(ctx.file), 'sas-rollback', '.sqlite');
    fs.copyFileSync(keepAs, back);
    removeCompanions(ctx.file);
    fs.renameSync(back, ctx.file);
    onReopen(reopen(ctx));
    throw error;
  } finally {
    fs.rmSync(candidate, { force: true });
  }
}

export interface RestoreOptions {
  /** The user confirmed restoring a file from another installation, or signed by a key this one does not hold. */
  acceptOtherSource?: boolean;
  progress?: Progress;
}

/**
 * Verifies `file` completely, asks for a confirmation when it is not this installation's own,
 * brings an older schema up to date in the extracted copy, then swaps it in. A refusal changes
 * nothing at all. The copy is extracted beside the database: the final rename stays in one
 * folder, atomic on every file system.
 */
export async function restoreBackup(
  ctx: DataContext,
  file: string,
  secret: Secret,
  onReopen: Reopen,
  options: RestoreOptions = {},
): Promise<Restored> {
  assertWritable(ctx);
  const opened = await openBackup(file, secret, path.dirname(path.resolve(ctx.file)), options.progress);
  let origin: Origin;
  try {
    // An aggregates backup holds no person: restoring it would replace the Service's data by figures.
    if (opened.manifest.profile === 'aggregates')
      throw domainError('conflict', 'errors.backup.aggregatesNotRestorable', 'an aggregates backup cannot be restored: it holds no person');
    origin = await originOf(ctx, opened.manifest);
    if (origin !== 'own' && !options.acceptOtherSource) throw otherSource(origin, opened.manifest);
    migrateCopy(opened.dataFile);
  } catch (error) {
    fs.rmSync(opened.dataFile, { force: true });
    removeCompanions(opened.dataFile);
    throw error;
  }
  const beforeRestore = path.join(backupsDirOf(ctx), `before-restore-${stamp()}.sqlite`);
  const next = swapIn(ctx, opened.dataFile, beforeRestore, onReopen);
  return { ctx: next, beforeRestore, manifest: opened.manifest, origin };
}

/** The newest "before restore" copy, or null. */
export function latestBeforeRestore(ctx: DataContext): string | null {
  const dir = backupsDirOf(ctx);
  if (!fs.existsSync(dir)) return null;
  const names = fs
    .readdirSync(dir)
    .filter((n) => /^before-restore-.*\.sqlite$/.test(n))
    .sort();
  return names.length ? path.join(dir, names[names.length - 1]) : null;
}

/**
 * Puts back the database as it was before the last restore. The copy stays where it is (a
 * second undo gives the same result); the database being replaced is kept as `before-undo-…`.
 */
export function undoRestore(ctx: DataContext, onReopen: Reopen): { ctx: DataContext; restoredFrom: string; beforeUndo: string } {
  assertWritable(ctx);
  const source = latestBeforeRestore(ctx);
  if (!source) throw domainError('not_found', 'errors.backup.nothingToUndo', 'there is no restore to undo');
  const candidate = tempName(path.dirname(path.resolve(ctx.file)), 'sas-undo', '.sqlite');
  fs.copyFileSync(source, candidate);
  try {
    const db = new Database(candidate, { fileMustExist: true });
    try {
      const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      if (integrity.join() !== 'ok') throw refuse('integrity', source);
    } finally {
      db.close();
    }
  } catch (error) {
    fs.rmSync(candidate, { force: true });
    removeCompanions(candidate);
    throw error instanceof Error && error.name === 'DomainError' ? error : refuse('integrity', source);
  }
  removeCompanions(candidate);
  const beforeUndo = path.join(backupsDirOf(ctx), `before-undo-${stamp()}.sqlite`);
  const next = swapIn(ctx, candidate, beforeUndo, onReopen);
  return { ctx: next, restoredFrom: source, beforeUndo };
}
