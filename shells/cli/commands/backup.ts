import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../../../api/channels/backup';
import { type DataContext, closeContext } from '../../../db/core/context';
import { openAppDatabase } from '../../../db/installation/open-database';
import type { Target } from '../../../db/features/backup/age-io';
import { createBackup } from '../../../db/features/backup/create';
import { fileKeyStore } from '../../../db/features/backup/key-file';
import { ensureKeys } from '../../../db/features/backup/keys';
import { restoreBackup } from '../../../db/features/backup/restore';
import { verifyBackup } from '../../../db/features/backup/verify';
import { type Io, UsageError } from '../cli-error';
import { passphraseFrom, secretFrom } from './secrets';

/** The CLI's own keys: `sas-keys.json` next to the database, mode 0600 (Electron uses safeStorage). */
export const KEY_FILE = 'sas-keys.json';

export type Values = Record<string, string | boolean | string[] | undefined>;
const str = (v: Values, name: string) => (typeof v[name] === 'string' ? (v[name] as string) : undefined);

/** Opens the database as the installation's own, with its CLI key store. */
export function openOwn(db: string): DataContext {
  const dataDir = path.dirname(path.resolve(db));
  // A coordinator's first command may be a partner import: the database is created, like `sas demo` does.
  fs.mkdirSync(dataDir, { recursive: true });
  const ctx = openAppDatabase(db, { backupDir: path.join(dataDir, 'backups') });
  return { ...ctx, installation: { dataDir, keyStore: fileKeyStore(path.join(dataDir, KEY_FILE)) } };
}

const kib = (n: number) => `${(n / 1024).toFixed(n < 10_240 ? 1 : 0)} KiB`;
const countsLine = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');

export async function runBackupCreate(v: Values & { db: string }, io: Io): Promise<number> {
  const out = str(v, 'out');
  if (!out) throw new UsageError('backup create needs --out FILE');
  const recipients = (v.recipient as string[] | undefined) ?? [];
  const passphrase = passphraseFrom(v as { 'passphrase-file'?: string });
  if (recipients.length && v['passphrase-file'])
    throw new UsageError('give --passphrase-file or --recipient, not both (age allows a passphrase only alone)');
  const to: Target | null = recipients.length ? { recipients } : passphrase !== undefined ? { passphrase } : null;
  if (!to) throw new UsageError('give --passphrase-file FILE (or SAS_PASSPHRASE) or one or more --recipient age1…');
  const profile = str(v, 'profile') ?? 'complete';
  if (profile !== 'complete' && profile !== 'no-contacts')
    throw new UsageError(`--profile must be "complete" or "no-contacts", not "${profile}"`);
  const ctx = openOwn(v.db);
  try {
    const keys = await ensureKeys(ctx.installation!.keyStore);
    const made = await createBackup(ctx, { to, profile, keys, out });
    io.out(`Backup written: ${made.path}`);
    io.out(`Size: ${kib(made.size)} (${made.size} bytes)`);
    io.out(`Records: ${countsLine(made.counts)}`);
    return 0;
  } finally {
    closeContext(ctx);
  }
}

function printManifest(m: Manifest, io: Io): void {
  io.out(`Commune: ${[m.source.communeFr, m.source.communeAr].filter(Boolean).join(' / ') || '(not set)'}`);
  io.out(`Created: ${m.createdAt} by ${m.app.name} ${m.app.version}, schema version ${m.schemaVersion}`);
  io.out(`Profile: ${m.profile}`);
  io.out(`Signer fingerprint: ${m.signer.fingerprint}`);
  io.out(`Records: ${countsLine(m.counts)}`);
}

export async function runBackupVerify(file: string, v: Values, io: Io): Promise<number> {
  const manifest = await verifyBackup(file, secretFrom(v as { identity?: string; 'passphrase-file'?: string }));
  if (v.json) io.out(JSON.stringify({ ok: true, ...manifest }));
  else {
    io.out(`OK: ${file} decrypts, and its manifest, checksum, signature and integrity check out.`);
    printManifest(manifest, io);
  }
  return 0;
}

export async function runBackupRestore(file: string, v: Values & { db: string }, io: Io): Promise<number> {
  const secret = secretFrom(v as { identity?: string; 'passphrase-file'?: string });
  let ctx = openOwn(v.db);
  try {
    const done = await restoreBackup(ctx, file, secret, (next) => {
      ctx = next;
    });
    io.out(`Restored ${file} into ${v.db}.`);
    io.out(`The previous database is kept as ${done.beforeRestore}.`);
    printManifest(done.manifest, io);
    return 0;
  } finally {
    closeContext(ctx);
  }
}
