import fs from 'node:fs';
import path from 'node:path';
import type { DataContext } from '../../core/context';
import { type Created, createBackup } from './create';
import type { StoredKeys } from './keys';

/**
 * Automatic local backups. They are encrypted to the installation's own X25519 recipient: the
 * copies in the data folder are no easier to read than the key store, yet restorable without a
 * passphrase. They protect against mistakes and damage on this computer, not against its loss
 * (a lost key store makes them unreadable): for that, the user makes passphrase backups.
 */
export interface LocalBackup {
  name: string;
  file: string;
  kind: 'auto' | 'before-restore' | 'before-undo' | 'before-migration' | 'other';
  createdAt: string;
  size: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** The time written in a name made by `stamp()` (2024-05-01T10-20-30-123Z), if any. */
function stampedDate(name: string): Date | null {
  const m = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
}

function kindOf(name: string): LocalBackup['kind'] {
  if (name.startsWith('auto-')) return 'auto';
  if (name.startsWith('before-restore-')) return 'before-restore';
  if (name.startsWith('before-undo-')) return 'before-undo';
  if (name.startsWith('before-migration-')) return 'before-migration';
  return 'other';
}

/** The backups in the folder, newest first (temp files of a backup being written are skipped). */
export function listLocalBackups(dir: string): LocalBackup[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.') && /\.(sasbackup|sqlite)$/.test(name))
    .map((name) => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      return { name, file, kind: kindOf(name), createdAt: (stampedDate(name) ?? stat.mtime).toISOString(), size: stat.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Which of the given times to keep: every one of the last 24 hours, the newest of each day for
 * 7 days, the newest of each week for 8 weeks. Buckets count back from `now`, so the rule does
 * not depend on the time zone. The newest is always kept.
 */
export function retained(times: Date[], now: Date): Set<number> {
  const keep = new Set<number>();
  const newestIn = new Map<string, number>();
  const order = times.map((t, i) => ({ t: t.getTime(), i })).sort((a, b) => b.t - a.t);
  if (order.length) keep.add(order[0].i);
  for (const { t, i } of order) {
    const age = now.getTime() - t;
    if (age < DAY) keep.add(i);
    const buckets = [age < 7 * DAY ? `d${Math.floor(age / DAY)}` : null, age < 8 * WEEK ? `w${Math.floor(age / WEEK)}` : null];
    for (const b of buckets) {
      if (b && !newestIn.has(b)) {
        newestIn.set(b, i);
        keep.add(i);
      }
    }
  }
  return keep;
}

/**
 * How many safety copies (taken before a restore, an undo or a migration) are kept of each kind.
 * Undo needs only the newest; a few more cover a user who restores several times in a row.
 */
export const SAFETY_COPIES_KEPT = 5;

/**
 * Applies the retention rule to the automatic backups of `dir`, and keeps the newest safety
 * copies of each kind; returns the files removed.
 */
export function pruneAutoBackups(dir: string, now = new Date()): string[] {
  const all = listLocalBackups(dir);
  const autos = all.filter((b) => b.kind === 'auto');
  const keep = retained(
    autos.map((b) => new Date(b.createdAt)),
    now,
  );
  const removed = autos.filter((_, i) => !keep.has(i)).map((b) => b.file);
  for (const kind of ['before-restore', 'before-undo', 'before-migration'] as const) {
    // listLocalBackups is newest first.
    removed.push(
      ...all
        .filter((b) => b.kind === kind)
        .slice(SAFETY_COPIES_KEPT)
        .map((b) => b.file),
    );
  }
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

/**
 * One automatic backup (at start-up, every few hours, before a migration or a restore), then
 * the retention rule. Names carry a UTC stamp, so the list sorts and reads back their time.
 */
export async function autoBackup(
  ctx: DataContext,
  dir: string,
  keys: StoredKeys,
  now = new Date(),
): Promise<{ created: Created; removed: string[] }> {
  const out = path.join(dir, `auto-${now.toISOString().replace(/[:.]/g, '-')}.sasbackup`);
  const created = await createBackup(ctx, { to: { recipients: [keys.recipient] }, profile: 'complete', keys, out, now });
  return { created, removed: pruneAutoBackups(dir, now) };
}
