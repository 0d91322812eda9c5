import { PASSPHRASE_MIN } from '../../api/channels/backup';
import type { AppError, ErrorCode } from '../../api/result';
import { REFUSALS } from '../../db/features/backup/refusals';

/** What a sentence may name from the call's input: the file the user gave. */
export interface Subject {
  file?: unknown;
  out?: unknown;
}
type Sentence = string | ((s: Subject) => string);
const named = (value: unknown, fallback: string) => (typeof value === 'string' && value ? value : fallback);

/**
 * The English `sas` prints for a refused call. A Result carries an i18n key and a code, never a
 * sentence (the interface says it in French or Arabic): this is the command line's own wording
 * of those keys, and of the keys zod issues carry.
 */
const SENTENCES: Record<string, Sentence> = {
  ...Object.fromEntries(Object.entries(REFUSALS).map(([reason, text]) => [`errors.backup.${reason}`, text])),
  // The interface asks for a confirmation; the command line has an option for it.
  'errors.backup.signerChanged': "this partner's backups were signed by another key until now (use --accept-new-key to accept the change)",
  'errors.backup.otherSource':
    'this backup is not one of this installation: it comes from another installation or was signed by another key (use --accept-other-source to restore it over this database)',
  'errors.backup.olderBackup': 'this backup is older than the one already imported for this partner (use --allow-older to go back)',
  'errors.backup.ownDatasetOnly': "backups and partners are managed on the installation's own database",
  'errors.backup.restoreUnsupported': 'this database cannot be replaced here',
  'errors.backup.nothingToUndo': 'there is no restore to undo',
  'errors.backup.fileExists': (s) => `${named(s.out, 'the file')} already exists`,
  'errors.backup.passphraseTooShort': `the passphrase needs at least ${PASSPHRASE_MIN} characters`,
  'errors.backup.unknownPartner': 'no partner dataset of that id has been imported',
  'errors.backup.ownBackup': 'this backup comes from this installation: restore it instead',
  'errors.backup.keyFileOpen': 'the key file sas-keys.json next to the database can be read by other users: run chmod 600 on it',
  'errors.backup.badKeyFile': 'sas-keys.json next to the database is not a key file of this application',
  'errors.backup.fileMissing': (s) => `${named(s.file, 'the file')} does not exist`,
  'errors.backup.badIdentity': 'not an age identity (AGE-SECRET-KEY-1…)',
  'errors.backup.badRecipient': 'not an age X25519 recipient (age1… and 58 characters)',
  'errors.backup.passphraseOrRecipients': 'give a passphrase or at least one recipient',
  'errors.backup.recipientKnown': 'this recipient is already known',
  'errors.importUnreadable': 'the file could not be read (a CSV, an XLSX workbook or an HSDS JSON export is expected)',
  'errors.demoNeedsEmpty': 'demo data is only loaded into an empty database',
  'errors.readOnly': 'this dataset is read-only: nothing in it can be changed',
  'errors.notADatabase': 'the file is not an SQLite database',
  'errors.notAppDatabase': 'the file is not a database of this application',
  'errors.databaseTooNew': 'the database comes from a newer version of the application: install it to open the database',
  'errors.fileMissing': 'the file does not exist',
  'errors.notFound': 'no such record',
  'errors.constraint': 'this change conflicts with existing data',
  'errors.unknownChannel': 'unknown operation',
  'errors.required': 'a value is needed',
  'errors.tooLong': 'too long',
  'errors.tooSmall': 'too short or too small',
  'errors.tooBig': 'too long or too large',
  'errors.invalidChoice': 'not one of the allowed values',
  'errors.invalidValue': 'invalid value',
  'errors.controlCharacter':
    'holds a control character or half of a character (NUL, a line break in a one-line text…), which no text may hold',
  'errors.unitUnknown': 'no unit has that code',
  'errors.importMissingColumns': 'the file lacks a required column',
  'errors.campaignClosed': 'this campaign is closed: reopen it (with a reason) in the application before changing its reviews',
  'errors.noPlanThatYear': 'no training plan for that year',
  'errors.alreadySetUp': 'the installation is already set up: change its settings with settings.update',
};

/** When a Result names no key this command line knows, its code still says what happened. */
const BY_CODE: Record<ErrorCode, string> = {
  invalid_input: 'the input was refused',
  not_found: 'not found',
  conflict: 'this conflicts with existing data',
  read_only: 'this dataset is read-only: nothing in it can be changed',
  bad_file: 'the file was refused',
  internal: 'an unexpected error occurred',
};

function say(key: string | undefined, subject: Subject): string | undefined {
  const known = key === undefined ? undefined : SENTENCES[key];
  return typeof known === 'function' ? known(subject) : known;
}

/**
 * One English sentence for a refused call: what was refused, then each field and its problem.
 * An issue's message is an i18n key, or already a sentence (a file reader's own words).
 */
export function describeError(error: AppError, subject: Subject = {}): string {
  const known = say(error.messageKey, subject);
  const sentence = known ?? (error.messageKey ? `${BY_CODE[error.code]} (${error.messageKey})` : BY_CODE[error.code]);
  const head = error.detail ? `${sentence} (${error.detail})` : sentence;
  const issues = (error.issues ?? []).map((i) => `${i.path || 'input'}: ${say(i.message, subject) ?? i.message}`);
  return issues.length ? `${head}: ${issues.join('; ')}` : head;
}
