import { type Manifest, type Origin, PROFILES } from '../../../api/channels/backup';
import type { Target } from '../../../db/features/backup/age-io';
import { call, withInstallation, withScratch } from '../call';
import { type Io, UsageError } from '../cli-error';
import { type Values, choice, str } from '../options';
import { passphraseFrom, secretFrom } from './secrets';

const kib = (n: number) => `${(n / 1024).toFixed(n < 10_240 ? 1 : 0)} KiB`;
const countsLine = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');

/** `sas backup create` → `backup.create`, with `out` (the exact file a script names). */
export async function runBackupCreate(v: Values & { db: string }, io: Io): Promise<number> {
  const out = str(v, 'out');
  if (!out) throw new UsageError('backup create needs --out FILE');
  const recipients = (v.recipient as string[] | undefined) ?? [];
  const passphrase = passphraseFrom(v as { 'passphrase-file'?: string });
  if (recipients.length && v['passphrase-file'])
    throw new UsageError('give --passphrase-file or --recipient, not both (age allows a passphrase only alone)');
  const to: Target | null = recipients.length ? { recipients } : passphrase !== undefined ? { passphrase } : null;
  if (!to) throw new UsageError('give --passphrase-file FILE (or SAS_PASSPHRASE) or one or more --recipient age1…');
  const profile = choice(v, 'profile', PROFILES, 'complete');
  const made = await withInstallation(v.db, (ctx) => call('backup.create', { ...to, profile, out }, ctx));
  io.out(`Backup written: ${made.path}`);
  io.out(`Size: ${kib(made.size)} (${made.size} bytes)`);
  io.out(`Records: ${countsLine(made.counts)}`);
  return 0;
}

function printManifest(m: Manifest, io: Io): void {
  io.out(`Commune: ${[m.source.communeFr, m.source.communeAr].filter(Boolean).join(' / ') || '(not set)'}`);
  io.out(`Created: ${m.createdAt} by ${m.app.name} ${m.app.version}, schema version ${m.schemaVersion}`);
  io.out(`Profile: ${m.profile}`);
  io.out(`Signer fingerprint: ${m.signer.fingerprint}`);
  io.out(`Records: ${countsLine(m.counts)}`);
}

/**
 * `sas backup verify FILE` → `backup.verify`. It checks a file and needs none of the user's data:
 * the call runs on a private in-memory database, so `--db` (or the default database) is never
 * opened, created or changed.
 */
export async function runBackupVerify(file: string, v: Values, io: Io): Promise<number> {
  const secret = secretFrom(v as { identity?: string; 'passphrase-file'?: string });
  const { manifest } = await withScratch((ctx) => call('backup.verify', { file, ...secret }, ctx));
  if (v.json) io.out(JSON.stringify({ ok: true, ...manifest }));
  else {
    io.out(`OK: ${file} decrypts, and its manifest, checksum, signature and integrity check out.`);
    printManifest(manifest, io);
  }
  return 0;
}

const ORIGIN_WORDS: Record<Origin, string> = {
  own: 'this installation',
  otherInstallation: 'another installation',
  unknownSigner: "this installation's id, signed by another key",
};

/**
 * `sas backup restore FILE` → `backup.restore` (the installation swaps its database in place).
 * A file that is not this installation's own is refused unless --accept-other-source.
 */
export async function runBackupRestore(file: string, v: Values & { db: string }, io: Io): Promise<number> {
  const secret = secretFrom(v as { identity?: string; 'passphrase-file'?: string });
  const input = { file, ...secret, acceptOtherSource: Boolean(v['accept-other-source']) };
  const done = await withInstallation(v.db, (ctx) => call('backup.restore', input, ctx));
  io.out(`Restored ${file} into ${v.db}.`);
  io.out(`The previous database is kept as ${done.beforeRestore}.`);
  printManifest(done.manifest, io);
  io.out(`Source installation: ${done.manifest.source.installationId} (${ORIGIN_WORDS[done.origin]})`);
  return 0;
}
