import { z } from 'zod';

/**
 * The installation's private keys (an age X25519 identity and an Ed25519 signing pair) as they
 * are stored, and where: behind a KeyStore, so Electron keeps them with safeStorage and the
 * command line in an owner-only file. The backup feature creates and uses them (see
 * db/features/backup/keys.ts); the core only knows their shape, because every installation has one.
 */
export const storedKeys = z.object({
  version: z.literal(1),
  createdAt: z.string(),
  /** `AGE-SECRET-KEY-1…`: decrypts what partners (and the automatic backups) encrypt to `recipient`. */
  identity: z.string().startsWith('AGE-SECRET-KEY-1'),
  recipient: z.string().startsWith('age1'),
  signing: z.object({
    /** Raw 32-byte Ed25519 public key, base64: what the manifest carries. */
    publicKey: z.string(),
    /** PKCS#8 DER, base64: Node's standard encoding of the private key. */
    privateKey: z.string(),
  }),
});
export type StoredKeys = z.infer<typeof storedKeys>;

export interface KeyStore {
  /** The keys, or null when none were made yet. */
  read(): Promise<StoredKeys | null>;
  write(keys: StoredKeys): Promise<void>;
}

/** A key store in memory (tests, and a shell that has no safe place yet). */
export function memoryKeyStore(initial: StoredKeys | null = null): KeyStore {
  let keys = initial;
  return {
    read: () => Promise.resolve(keys),
    write: (k) => {
      keys = k;
      return Promise.resolve();
    },
  };
}
