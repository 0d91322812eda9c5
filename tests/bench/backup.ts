import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DataContext } from '../../db/core/context';
import { createBackup } from '../../db/features/backup/create';
import { generateKeys } from '../../db/features/backup/keys';
import { verifyBackup } from '../../db/features/backup/verify';

/**
 * Backup create and verify (X25519 recipient, and passphrase at age's default work factor)
 * beside the standard tools on the same database: `sqlite3 DB ".backup x"` then `age -r` / `age -p`
 * to make one, `age -d` and sqlite3's integrity_check to check one. Peak memory: create and verify
 * each run once more in a process of their own (tests/bench/backup-child.ts), the tools under
 * /usr/bin/time. The tools' figures are skipped, with a note, where sqlite3 or age is not installed.
 */
const has = (cmd: string) => !spawnSync(cmd, ['--version']).error;
const MB = 1024 * 1024;
const TIME = '/usr/bin/time';
const CHILD = path.join(import.meta.dirname, 'backup-child.ts');
const ROOT = path.resolve(import.meta.dirname, '../..');

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - t)];
}

/** A tool's wall time (process start included) and, under /usr/bin/time, its peak resident memory. */
function tool(cmd: string, args: string[]): { ms: number; peakMB: number | null } {
  const timed = fs.existsSync(TIME);
  const t = performance.now();
  const r = timed ? spawnSync(TIME, ['-f', 'maxrss=%M', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args);
  const ms = Math.round(performance.now() - t);
  const kb = timed ? /maxrss=(\d+)/.exec(String(r.stderr))?.[1] : undefined;
  return { ms, peakMB: kb ? Math.round(Number(kb) / 1024) : null };
}

/** The peak memory of one create or verify, in a fresh process (see backup-child.ts). */
function child(args: string[]): { ms: number; baselineMB: number; peakMB: number; peakAboveBaselineMB: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`backup-child ${args[0]} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

export async function backupFigures(ctx: DataContext, dir: string) {
  const keys = await generateKeys();
  const keyFile = path.join(dir, `keys-${Date.now()}.json`);
  fs.writeFileSync(keyFile, JSON.stringify(keys), { mode: 0o600 });
  const pass = 'benchmark passphrase, long enough';
  // The app and the tools read the same file: the demo's writes moved from the WAL into it first.
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const [made, createRecipientMs] = await time(() =>
    createBackup(ctx, { to: { recipients: [keys.recipient] }, keys, out: path.join(dir, `r-${Date.now()}.sasbackup`) }),
  );
  const [, verifyRecipientMs] = await time(() => verifyBackup(made.path, { identities: [keys.identity] }));
  const [made2, createPassphraseMs] = await time(() =>
    createBackup(ctx, { to: { passphrase: pass }, keys, out: path.join(dir, `p-${Date.now()}.sasbackup`) }),
  );
  const [, verifyPassphraseMs] = await time(() => verifyBackup(made2.path, { passphrase: pass }));
  const app = {
    databaseMB: Math.round(made.manifest.data.size / MB),
    fileBytes: made.size,
    createRecipientMs,
    verifyRecipientMs,
    createPassphraseMs,
    verifyPassphraseMs,
  };
  const memory = {
    create: child(['create', ctx.file, path.join(dir, `m-${Date.now()}.sasbackup`), keyFile]),
    verify: child(['verify', made.path, keyFile]),
  };
  for (const f of [made.path, made2.path]) fs.rmSync(f, { force: true });

  if (!has('sqlite3') || !has('age'))
    return { app, memory, tools: 'skipped: install sqlite3 and age (apt-get install sqlite3 age) for the comparison' };
  const copy = path.join(dir, `tool-${Date.now()}.sqlite`);
  const identity = path.join(dir, `identity-${Date.now()}.txt`);
  fs.writeFileSync(identity, `${keys.identity}\n`, { mode: 0o600 });
  const tools = {
    sqliteBackup: tool('sqlite3', [ctx.file, `.backup '${copy}'`]),
    ageEncrypt: tool('age', ['-r', keys.recipient, '-o', `${copy}.age`, copy]),
    ageDecrypt: tool('age', ['-d', '-i', identity, '-o', `${copy}.out`, `${copy}.age`]),
    sqliteIntegrityCheck: tool('sqlite3', [`${copy}.out`, 'PRAGMA integrity_check']),
    agePassphraseMs: agePassphrase(copy, pass),
    note: 'tool timings include starting each process; peakMB is the whole process (the app figures are above its baseline)',
  };
  const ratio = (ms: number, of: number) => Math.round((ms / of) * 100) / 100;
  const ratios = {
    createVsSqliteBackupPlusAge: ratio(createRecipientMs, tools.sqliteBackup.ms + tools.ageEncrypt.ms),
    verifyVsAgeDecryptPlusIntegrityCheck: ratio(verifyRecipientMs, tools.ageDecrypt.ms + tools.sqliteIntegrityCheck.ms),
  };
  for (const f of [copy, `${copy}.age`, `${copy}.out`, `${copy}.p.age`, identity, keyFile]) fs.rmSync(f, { force: true });
  return { app, memory, tools, ratios };
}

/** age -p reads the passphrase from the terminal only: it runs under `script` for a pseudo-terminal where present. */
function agePassphrase(copy: string, pass: string): number | string {
  if (!has('script')) return 'skipped: needs a terminal (script(1) not found)';
  const cmd = `printf '%s\\n%s\\n' '${pass}' '${pass}' | script -qec "age -p -o '${copy}.p.age' '${copy}'" /dev/null`;
  const t = performance.now();
  spawnSync('sh', ['-c', cmd]);
  const ms = Math.round(performance.now() - t);
  return fs.existsSync(`${copy}.p.age`) ? ms : 'skipped: age -p did not run under script(1)';
}
