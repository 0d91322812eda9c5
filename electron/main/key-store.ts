import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { fileKeyStore } from '../../db/features/backup/key-file';
import { type KeyStore, storedKeys } from '../../db/core/key-store';

/**
 * The installation's private keys, encrypted with the operating system's key store through
 * Electron's safeStorage (DPAPI on Windows, Keychain on macOS, libsecret on Linux). Where no
 * such store exists (a Linux desktop without a keyring), they fall back to an owner-only key
 * file, as the `sas` command line keeps them.
 */
export function safeKeyStore(file: string): KeyStore {
  return {
    read: async () => {
      if (!fs.existsSync(file)) return null;
      const parsed = storedKeys.safeParse(JSON.parse(safeStorage.decryptString(fs.readFileSync(file))));
      if (!parsed.success) throw new Error('the key store is damaged');
      return parsed.data;
    },
    write: async (keys) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, safeStorage.encryptString(JSON.stringify(keys)), { mode: 0o600 });
      fs.renameSync(temp, file);
    },
  };
}

/** Call after `ready`: safeStorage can only tell whether it works once the app is ready. */
export const installationKeyStore = (userData: string): KeyStore =>
  safeStorage.isEncryptionAvailable() ? safeKeyStore(path.join(userData, 'keys.safe')) : fileKeyStore(path.join(userData, 'sas-keys.json'));
