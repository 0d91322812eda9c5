import { Readable } from 'node:stream';
import { Decrypter, Encrypter } from 'age-encryption';
import { FileKeyTap, NATIVE, NativeScryptRecipient, openStream, payloadKey, sealStream } from './age-stream';
import { ByteReader } from './byte-reader';
import { domainError, refuse } from './refusals';

/**
 * age v1 encryption over streams (docs/ARCHITECTURE.md §6), with each failure mapped to one
 * refusal reason. Decrypting arbitrary bytes must end in a refusal, never in a crash: every error
 * the library can throw on a bad file lands in one of the branches below. Only authenticated
 * plaintext leaves `decryptStream`; a file cut or altered further on fails when that chunk comes.
 */
const MAGIC = Buffer.from('age-encryption.org/v1\n', 'latin1');
const MAC_LINE = Buffer.from('\n--- ', 'latin1');
const TAG = 16; // ChaCha20-Poly1305 tag
const NONCE = 16; // payload nonce after the header
/** A header with twenty recipients is a few kilobytes; anything far longer is not a backup. */
const HEADER_MAX = 64 * 1024;
/**
 * age's default scrypt work factor, and the most this app accepts: 2^18 costs 256 MiB of memory,
 * 2^20 (what typage would go up to) a full gigabyte for a file anyone can make.
 */
export const SCRYPT_LOG_N_MAX = 18;

/** How to open a file: the passphrase it was encrypted with, or age identities (`AGE-SECRET-KEY-1…`). */
export type Secret = { passphrase: string } | { identities: string[] };
/** Whom to encrypt to: one passphrase (scrypt, alone as the spec requires) or X25519 recipients. */
export type Target = { passphrase: string; scryptLogN?: number } | { recipients: string[] };

let native = NATIVE;
/** Tests run both paths: Node's cipher, and typage's streams (what Electron's BoringSSL falls back to). */
export function useNativeCipher(on: boolean): void {
  native = on && NATIVE;
}

/** Full check of an `age1…` recipient (bech32 checksum included), as a form-level refusal. */
export function assertRecipient(recipient: string): void {
  try {
    new Encrypter().addRecipient(recipient);
    if (!recipient.startsWith('age1') || recipient.startsWith('age1pq') || recipient.startsWith('age1tag')) throw new Error('not X25519');
  } catch {
    throw domainError('invalid_input', 'errors.backup.badRecipient', `not an age X25519 recipient: ${recipient}`);
  }
}

function recipientsOf(target: Target): string[] {
  if ('passphrase' in target) return [];
  if (!target.recipients.length) throw domainError('invalid_input', 'errors.backup.passphraseOrRecipients', 'no recipient given');
  for (const r of target.recipients) assertRecipient(r);
  return target.recipients;
}

/** The encrypted file, chunk by chunk, for a plaintext given chunk by chunk. */
export async function* encryptStream(plain: AsyncIterable<Uint8Array>, target: Target): AsyncGenerator<Uint8Array> {
  const recipients = recipientsOf(target);
  const e = new Encrypter();
  // 18 is age's default; tests may lower it (the work factor is in the file, read back from there).
  const logN = 'passphrase' in target ? (target.scryptLogN ?? SCRYPT_LOG_N_MAX) : 0;
  if (!native) {
    if ('passphrase' in target) {
      e.setScryptWorkFactor(logN);
      e.setPassphrase(target.passphrase);
    }
    for (const r of recipients) e.addRecipient(r);
    yield* Readable.fromWeb(
      (await e.encrypt(Readable.toWeb(Readable.from(plain)) as ReadableStream<Uint8Array>)) as never,
    ) as AsyncIterable<Uint8Array>;
    return;
  }
  const tap = 'passphrase' in target ? new NativeScryptRecipient(target.passphrase, logN) : new FileKeyTap();
  e.addRecipient(tap);
  for (const r of recipients) e.addRecipient(r);
  // An empty file is header, nonce and one 16-byte tag: the header and nonce are ours to reuse.
  const empty = await e.encrypt(new Uint8Array(0));
  const headerAndNonce = Buffer.from(empty.subarray(0, empty.length - TAG));
  yield headerAndNonce;
  yield* sealStream(plain, payloadKey(tap.fileKey!, headerAndNonce.subarray(headerAndNonce.length - NONCE)));
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

/** Reads the header (up to and including the MAC line), refusing what is not a whole age header. */
async function readHeader(input: ByteReader): Promise<Buffer> {
  const have = Math.min(await input.fill(MAGIC.length), MAGIC.length);
  const head = input.peek(have);
  if (have < MAGIC.length) throw have && MAGIC.subarray(0, have).equals(head) ? refuse('truncated') : refuse('notAge');
  if (!head.equals(MAGIC)) throw refuse('notAge');
  for (;;) {
    const bytes = input.peek(input.length);
    const macAt = bytes.indexOf(MAC_LINE);
    const end = macAt === -1 ? -1 : bytes.indexOf(0x0a, macAt + MAC_LINE.length);
    if (end !== -1) return bytes.subarray(0, end + 1);
    if (input.length > HEADER_MAX) throw refuse('notAge', 'the header does not end');
    if (!(await input.pull())) throw refuse('truncated', 'the header is incomplete');
  }
}

function assertWorkFactor(header: Buffer): void {
  const m = /^-> scrypt \S+ (\d+)$/m.exec(header.toString('latin1'));
  if (m && Number(m[1]) > SCRYPT_LOG_N_MAX) throw refuse('workFactor', `2^${m[1]}`);
}

/** Maps a failure to its refusal: a payload shorter than one tag tells a cut from an alteration. */
function failure(error: unknown, short: boolean): Error {
  if (error instanceof Error && error.name === 'DomainError') return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/no identity matched/.test(message)) return refuse('wrongKey');
  if (/work factor/.test(message)) return refuse('workFactor');
  return short ? refuse('truncated') : refuse('altered', message);
}

/**
 * The plaintext of an age file given chunk by chunk, each chunk authenticated before it is
 * yielded. Wrong keys, truncation and alterations become refusals (docs/ARCHITECTURE.md §6).
 */
export async function* decryptStream(file: AsyncIterable<Uint8Array>, secret: Secret): AsyncGenerator<Buffer> {
  const input = new ByteReader(file);
  const header = await readHeader(input);
  assertWorkFactor(header);
  const d = decrypterFor(secret);
  const start = header.length + NONCE;
  const short = (await input.fill(start + TAG)) < start + TAG;
  let plain: AsyncIterable<Uint8Array>;
  try {
    if (native) {
      const key = payloadKey(await d.decryptHeader(header), input.peek(start).subarray(header.length));
      input.take(start);
      plain = openStream(input.rest(), key);
    } else {
      const web = await d.decrypt(Readable.toWeb(Readable.from(input.rest())) as ReadableStream<Uint8Array>);
      plain = Readable.fromWeb(web as never) as AsyncIterable<Uint8Array>;
    }
  } catch (error) {
    throw failure(error, short);
  }
  try {
    for await (const chunk of plain) yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } catch (error) {
    throw failure(error, short);
  }
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

/** Whole-buffer forms, for small files (tests, hand-made backups). */
async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
export const encrypt = (plaintext: Uint8Array, target: Target): Promise<Buffer> => collect(encryptStream(once(plaintext), target));
export const decrypt = (file: Uint8Array, secret: Secret): Promise<Buffer> => collect(decryptStream(once(file), secret));
