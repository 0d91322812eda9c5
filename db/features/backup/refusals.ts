import type { ErrorCode } from '../../../api/result';
import { DomainError } from '../../core/errors';

/**
 * Every refusal of docs/ARCHITECTURE.md §6 has its own reason, so the interface can say precisely what is
 * wrong (`errors.backup.<reason>` in the i18n files); the English sentence is what `sas` prints.
 */
export const REFUSALS = {
  notAge: 'this file is not an age-encrypted backup',
  wrongKey: "wrong passphrase or key: check the passphrase, or that the file was encrypted for this installation's key",
  truncated: 'the file is truncated (incomplete copy or download)',
  altered: 'the file was altered or damaged: its encryption does not authenticate',
  badTar: 'the backup does not hold manifest.json, data.sqlite and manifest.sig in a valid tar',
  badManifest: 'the manifest of the backup is invalid',
  checksum: "data.sqlite does not match the manifest's checksum and size",
  schemaTooNew: 'the backup was made by a newer version of the application: install it to open this backup',
  integrity: "the database in the backup fails SQLite's integrity check",
  badSignature: 'the signature of the manifest is missing or invalid',
  signerChanged: "this partner's backups were signed by another key until now (confirm the change to accept it)",
  olderBackup: 'this backup is older than the one already imported for this partner (confirm to go back)',
  tooLarge: 'the file is too large to be a backup of this application',
  workFactor: "the passphrase protection of this file asks for more memory than age's default (scrypt work factor above 2^18)",
  schema: "the database in the backup does not have this application's schema",
  manifestMismatch: 'the manifest does not describe the data in the backup',
} as const;
export type RefusalReason = keyof typeof REFUSALS;

/**
 * A DomainError whose message is a plain sentence (for `sas`), with an i18n key for the interface;
 * `detail` (what exactly is wrong, in English) travels in the Result for both.
 */
export function domainError(code: ErrorCode, messageKey: string, message: string, detail?: string): DomainError {
  const error = new DomainError(code, messageKey, detail ? { detail } : {});
  error.message = detail ? `${message} (${detail})` : message;
  return error;
}

export const refuse = (reason: RefusalReason, detail?: string): DomainError =>
  domainError('bad_file', `errors.backup.${reason}`, REFUSALS[reason], detail);
