import fs from 'node:fs';
import path from 'node:path';
import { type KeyStore, type StoredKeys, storedKeys } from './keys';
import { domainError } from './refusals';

/**
 * Key files for the command line (Electron keeps the keys with safeStorage instead). A private
 * key that others can read is no longer private: like ssh, refuse to use such a file.
 */
const OWNER_ONLY = 0o600;

function assertOwnerOnly(file: string): void {
  // Windows has no POSIX modes (ACLs decide there): nothing meaningful to check.
  if (process.platform === 'win32') return;
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) {
    throw domainError(
      'bad_file',
      'errors.backup.keyFileOpen',
      `${file} can be read by other users (mode ${mode.toString(8)}): run chmod 600 on it`,
    );
  }
}

/** Writes a new file readable only by its owner; refuses to replace an existing one. */
export function writeOwnerOnly(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text, { mode: OWNER_ONLY, flag: 'wx' });
  fs.chmodSync(file, OWNER_ONLY); // the umask may have removed bits, never added: make it exact
}

/** The CLI's key store: one JSON file (by default `sas-keys.json` next to the database), mode 0600. */
export function fileKeyStore(file: string): KeyStore {
  return {
    read: () => {
      if (!fs.existsSync(file)) return Promise.resolve(null);
      assertOwnerOnly(file);
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        json = null;
      }
      const parsed = storedKeys.safeParse(json);
      if (!parsed.success) throw domainError('bad_file', 'errors.backup.badKeyFile', `${file} is not a key file of this application`);
      return Promise.resolve(parsed.data);
    },
    write: (keys: StoredKeys) => {
      // Written beside, then renamed: a crash never leaves half a key file.
      const temp = `${file}.${process.pid}.tmp`;
      fs.rmSync(temp, { force: true });
      writeOwnerOnly(temp, `${JSON.stringify(keys, null, 2)}\n`);
      fs.renameSync(temp, file);
      return Promise.resolve();
    },
  };
}

/** An age identity file, as `age-keygen` writes it. */
export function ageKeyFileText(identity: string, recipient: string, now = new Date()): string {
  return `# created: ${now.toISOString().replace(/\.\d+Z$/, 'Z')}\n# public key: ${recipient}\n${identity}\n`;
}

/** The identities of an age key file (comments and blank lines skipped). */
export function readAgeIdentities(file: string): string[] {
  if (!fs.existsSync(file)) throw domainError('not_found', 'errors.backup.fileMissing', `${file} does not exist`);
  const identities = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (!identities.length || identities.some((l) => !l.startsWith('AGE-SECRET-KEY-1'))) {
    throw domainError('invalid_input', 'errors.backup.badIdentity', `${file} is not an age identity file`);
  }
  return identities;
}
