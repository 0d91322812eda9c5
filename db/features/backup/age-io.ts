import { Decrypter, Encrypter } from 'age-encryption';
import { domainError, refuse } from './refusals';

/**
 * age v1 encryption (typage, by age's author) with each failure mapped to one reason of
 * docs/ARCHITECTURE.md §6. Decrypting arbitrary bytes must end in a refusal, never in a crash: every error
 * the library can throw on a bad file lands in one of the branches below.
 */
const MAGIC = Buffer.from('age-encryption.org/v1\n', 'latin1');
const MAC_LINE = Buffer.from('\n--- ', 'latin1');
const TAG = 16; // ChaCha20-Poly1305 tag
const NONCE = 16; // payload nonce after the header

/** How to open a file: the passphrase it was encrypted with, or age identities (`AGE-SECRET-KEY-1…`). */
export type Secret = { passphrase: string } | { identities: string[] };
/** Whom to encrypt to: one passphrase (scrypt, alone as the spec requires) or X25519 recipients. */
export type Target = { passphrase: string; scryptLogN?: number } | { recipients: string[] };

/** Full check of an `age1…` recipient (bech32 checksum included), as a form-level refusal. */
export function assertRecipient(recipient: string): void {
  try {
    new Encrypter().addRecipient(recipient);
    if (!recipient.startsWith('age1') || recipient.startsWith('age1pq') || recipient.startsWith('age1tag')) throw new Error('not X25519');
  } catch {
    throw domainError('invalid_input', 'errors.backup.badRecipient', `not an age X25519 recipient: ${recipient}`);
  }
}

export async function encrypt(plaintext: Uint8Array, target: Target): Promise<Uint8Array> {
  const e = new Encrypter();
  if ('passphrase' in target) {
    // 18 is age's default; tests may lower it (the work factor is in the file, read back from there).
    if (target.scryptLogN) e.setScryptWorkFactor(target.scryptLogN);
    e.setPassphrase(target.passphrase);
  } else {
    if (!target.recipients.length) throw domainError('invalid_input', 'errors.backup.passphraseOrRecipients', 'no recipient given');
    for (const r of target.recipients) assertRecipient(r);
    for (const r of target.recipients) e.addRecipient(r);
  }
  return e.encrypt(plaintext);
}

function decrypterFor(secret: Secret): Decrypter {
  const d = new Decrypter();
  if ('passphrase' in secret) {
    d.addPassphrase(secret.passphrase);
    return d;
  }
  for (const identity of secret.identities) {
    try {
      d.addIdentity(identity);
    } catch {
      throw domainError('invalid_input', 'errors.backup.badIdentity', 'not an age identity (AGE-SECRET-KEY-1…)');
    }
  }
  return d;
}

export async function decrypt(file: Uint8Array, secret: Secret): Promise<Uint8Array> {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length < MAGIC.length)
    throw MAGIC.subarray(0, bytes.length).equals(bytes) && bytes.length ? refuse('truncated') : refuse('notAge');
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw refuse('notAge');
  const d = decrypterFor(secret);
  const macAt = bytes.indexOf(MAC_LINE);
  const headerEnd = macAt === -1 ? -1 : bytes.indexOf(0x0a, macAt + MAC_LINE.length);
  if (headerEnd === -1) throw refuse('truncated', 'the header is incomplete');
  const payload = bytes.length - headerEnd - 1 - NONCE;
  try {
    return await d.decrypt(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/no identity matched/.test(message)) throw refuse('wrongKey');
    if (payload < TAG) throw refuse('truncated');
    throw refuse('altered', message);
  }
}
