import fs from 'node:fs';
import type { Secret } from '../../../db/features/backup/age-io';
import { readAgeIdentities } from '../../../db/features/backup/key-file';
import { UsageError } from '../cli-error';

/**
 * Where `sas` gets a passphrase: a file (`--passphrase-file`) or SAS_PASSPHRASE. Never an
 * argument: arguments show in `ps` and in shell history.
 */
export function passphraseFrom(values: { 'passphrase-file'?: string }, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = values['passphrase-file'];
  if (file) {
    if (!fs.existsSync(file)) throw new UsageError(`--passphrase-file: ${file} does not exist`);
    // One trailing newline is what `echo` or an editor adds: not part of the passphrase.
    return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  }
  return env.SAS_PASSPHRASE || undefined;
}

/** The way to open a backup: exactly one of an identity file or a passphrase. */
export function secretFrom(values: { identity?: string; 'passphrase-file'?: string }): Secret {
  const passphrase = passphraseFrom(values);
  if (values.identity && values['passphrase-file']) throw new UsageError('give --identity or --passphrase-file, not both');
  if (values.identity) return { identities: readAgeIdentities(values.identity) };
  if (passphrase !== undefined) return { passphrase };
  throw new UsageError('give --identity KEYFILE, --passphrase-file FILE or the SAS_PASSPHRASE variable');
}
