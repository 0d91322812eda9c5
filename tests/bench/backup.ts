import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DataContext } from '../../db/core/context';
import { createBackup } from '../../db/features/backup/create';
import { generateKeys } from '../../db/features/backup/keys';
import { verifyBackup } from '../../db/features/backup/verify';

/**
 * Backup create and verify (X25519 recipient, and passphrase at age's default work factor)
 * beside the standard tools on the same database: `sqlite3 DB ".backup x"` then `age -r` / `age -p`.
 * The tools' figures are skipped, with a note, where sqlite3 or age is not installed.
 */
const has = (cmd: string) => !spawnSync(cmd, ['--version']).error;

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - t)];
}

export async function backupFigures(ctx: DataContext, dir: string) {
  const keys = await generateKeys();
  const pass = 'benchmark passphrase, long enough';
  const [made, createRecipientMs] = await time(() =>
    createBackup(ctx, { to: { recipients: [keys.recipient] }, keys, out: path.join(dir, `r-${Date.now()}.sasbackup`) }),
  );
  const [, verifyRecipientMs] = await time(() => verifyBackup(made.path, { identities: [keys.identity] }));
  const [made2, createPassphraseMs] = await time(() =>
    createBackup(ctx, { to: { passphrase: pass }, keys, out: path.join(dir, `p-${Date.now()}.sasbackup`) }),
  );
  const [, verifyPassphraseMs] = await time(() => verifyBackup(made2.path, { passphrase: pass }));
  const app = {
    databaseBytes: made.manifest.data.size,
    fileBytes: made.size,
    createRecipientMs,
    verifyRecipientMs,
    createPassphraseMs,
    verifyPassphraseMs,
  };

  if (!has('sqlite3') || !has('age'))
    return { app, tools: 'skipped: install sqlite3 and age (apt-get install sqlite3 age) for the comparison' };
  const copy = path.join(dir, `tool-${Date.now()}.sqlite`);
  const [, sqliteBackupMs] = await time(() => spawnSync('sqlite3', [ctx.file, `.backup '${copy}'`]));
  const [, ageRecipientMs] = await time(() => spawnSync('age', ['-r', keys.recipient, '-o', `${copy}.age`, copy]));
  // age -p reads the passphrase from the terminal only: it runs under `script` for a pseudo-terminal where present.
  let agePassphraseMs: number | string = 'skipped: needs a terminal (script(1) not found)';
  if (has('script')) {
    const cmd = `printf '%s\\n%s\\n' '${pass}' '${pass}' | script -qec "age -p -o '${copy}.p.age' '${copy}'" /dev/null`;
    agePassphraseMs = (await time(() => spawnSync('sh', ['-c', cmd])))[1];
    if (!fs.existsSync(`${copy}.p.age`)) agePassphraseMs = 'skipped: age -p did not run under script(1)';
  }
  return { app, tools: { sqliteBackupMs, ageRecipientMs, agePassphraseMs, note: 'tool timings include starting each process' } };
}
