import crypto from 'node:crypto';
import { generateIdentity, identityToRecipient } from 'age-encryption';

/**
 * The installation's two key pairs (docs/ARCHITECTURE.md §6): an age X25519 identity that partners encrypt
 * backups to, and an Ed25519 pair that signs the manifests of the backups it makes. They are
 * created on first need and kept behind a KeyStore, so Electron can keep them with safeStorage
 * and `sas` in an owner-only file, while this module never knows where they live.
 */
import { type KeyStore, type StoredKeys, storedKeys } from '../../core/key-store';

export { type KeyStore, type StoredKeys, memoryKeyStore, storedKeys } from '../../core/key-store';

// An Ed25519 SubjectPublicKeyInfo is this fixed prefix followed by the 32 raw bytes.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function ed25519PublicKey(rawBase64: string): crypto.KeyObject {
  const raw = Buffer.from(rawBase64, 'base64');
  if (raw.length !== 32) throw new Error('an Ed25519 public key has 32 bytes');
  return crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

const privateKeyOf = (keys: StoredKeys) =>
  crypto.createPrivateKey({ key: Buffer.from(keys.signing.privateKey, 'base64'), format: 'der', type: 'pkcs8' });

/** Short enough to read aloud over the phone: the first 16 bytes of SHA-256, hex in groups of 4. */
export function fingerprintOf(publicKey: string | Buffer): string {
  const hex = crypto.createHash('sha256').update(publicKey).digest('hex').slice(0, 32);
  return hex.match(/.{4}/g)!.join(' ');
}

/** The fingerprint of a raw Ed25519 key given in base64 (computed over the 32 bytes). */
export const signerFingerprint = (rawBase64: string): string => fingerprintOf(Buffer.from(rawBase64, 'base64'));

/** Fingerprint of an age recipient: over its `age1…` text, which is what people compare. */
export const recipientFingerprint = (recipient: string): string => fingerprintOf(Buffer.from(recipient, 'utf8'));

export async function generateKeys(now = new Date()): Promise<StoredKeys> {
  const identity = await generateIdentity();
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    version: 1,
    createdAt: now.toISOString(),
    identity,
    recipient: await identityToRecipient(identity),
    signing: {
      publicKey: spki.subarray(SPKI_PREFIX.length).toString('base64'),
      privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    },
  };
}

// Two first calls at once (start-up backup and the settings screen) must not make two key pairs.
const pending = new WeakMap<KeyStore, Promise<StoredKeys>>();
const known = new WeakMap<KeyStore, StoredKeys>();

/**
 * The keys if this process already read them (else null), without waiting: for synchronous work
 * inside one transaction, such as the demo's attestations, whose shells ask ensureKeys first.
 */
export const keysAtHand = (store: KeyStore): StoredKeys | null => known.get(store) ?? null;

/** The installation's keys, created and stored on first need. */
export function ensureKeys(store: KeyStore): Promise<StoredKeys> {
  const running = pending.get(store);
  if (running) return running;
  const work = (async () => {
    const found = await store.read();
    const keys = found ? storedKeys.parse(found) : await generateKeys();
    if (!found) await store.write(keys);
    known.set(store, keys);
    return keys;
  })().finally(() => pending.delete(store));
  pending.set(store, work);
  return work;
}

export const signManifest = (keys: StoredKeys, bytes: Buffer): Buffer => crypto.sign(null, bytes, privateKeyOf(keys));

/** False on any malformed key or signature: a signature check never throws. */
export function verifySignature(rawPublicKeyBase64: string, bytes: Buffer, signature: Buffer): boolean {
  try {
    return signature.length === 64 && crypto.verify(null, bytes, ed25519PublicKey(rawPublicKeyBase64), signature);
  } catch {
    return false;
  }
}

export const publicKeysOf = (keys: StoredKeys) => ({
  recipient: keys.recipient,
  recipientFingerprint: recipientFingerprint(keys.recipient),
  signingPublicKey: keys.signing.publicKey,
  signingFingerprint: signerFingerprint(keys.signing.publicKey),
  createdAt: keys.createdAt,
});
