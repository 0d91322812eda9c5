import crypto from 'node:crypto';
import { Stanza } from 'age-encryption';

/**
 * The payload of an age v1 file (the STREAM construction of age's specification: 64 KiB chunks,
 * each sealed with ChaCha20-Poly1305 under a key derived from the file key and a 16-byte nonce;
 * an 11-byte big-endian chunk counter and a last-chunk flag as the nonce) with Node's native
 * cipher. typage (age-encryption) seals chunks in JavaScript at about 50 MB/s; Node's OpenSSL
 * does about 750 MB/s on the same machine, which keeps a backup within twice the time of the
 * `age` tool. Electron's BoringSSL has no "chacha20-poly1305" for createCipheriv
 * (electron/electron#24024): there `NATIVE` is false and age-io.ts uses typage's own streams.
 * The header (recipients, scrypt, MAC) always comes from typage.
 */
const CHUNK = 64 * 1024;
const TAG = 16;
const ALGORITHM = 'chacha20-poly1305';

/** Whether this runtime's crypto has ChaCha20-Poly1305 (Node: yes; Electron's BoringSSL: no). */
export const NATIVE: boolean = (() => {
  try {
    crypto.createCipheriv(ALGORITHM, Buffer.alloc(32), Buffer.alloc(12), { authTagLength: TAG });
    return true;
  } catch {
    return false;
  }
})();

/** The payload key: HKDF-SHA-256 of the file key, salted with the payload nonce, label "payload". */
export const payloadKey = (fileKey: Uint8Array, nonce: Uint8Array): Buffer =>
  Buffer.from(crypto.hkdfSync('sha256', fileKey, nonce, 'payload', 32));

function chunkNonce(counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(counter, 5, 6); // 2^48 chunks of 64 KiB: far beyond any file
  nonce[11] = last ? 1 : 0;
  return nonce;
}

function seal(key: Buffer, plain: Buffer, counter: number, last: boolean): Buffer {
  const c = crypto.createCipheriv(ALGORITHM, key, chunkNonce(counter, last), { authTagLength: TAG });
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

/** A chunk that does not authenticate: the file was altered or cut (age-io maps it to a refusal). */
export class PayloadError extends Error {
  override name = 'PayloadError';
}

function open(key: Buffer, sealed: Buffer, counter: number, last: boolean): Buffer {
  if (sealed.length < TAG) throw new PayloadError('the last chunk is shorter than its tag');
  const d = crypto.createDecipheriv(ALGORITHM, key, chunkNonce(counter, last), { authTagLength: TAG });
  d.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
  } catch {
    throw new PayloadError(`chunk ${counter} does not authenticate`);
  }
}

/**
 * Splits `source` into `size`-byte blocks, telling the last one apart: a block is only known
 * not to be the last once a byte after it has arrived.
 */
async function* blocks(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<{ block: Buffer; last: boolean }> {
  const buffer = Buffer.allocUnsafe(size);
  let used = 0;
  for await (const piece of source) {
    let rest = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (rest.length) {
      if (used === size) {
        yield { block: buffer, last: false };
        used = 0;
      }
      const n = Math.min(size - used, rest.length);
      rest.copy(buffer, used, 0, n);
      used += n;
      rest = rest.subarray(n);
    }
  }
  yield { block: buffer.subarray(0, used), last: true };
}

/** Seals a plaintext stream into STREAM chunks (the buffer is reused: each chunk is copied by the cipher). */
export async function* sealStream(plain: AsyncIterable<Uint8Array>, key: Buffer): AsyncGenerator<Buffer> {
  let counter = 0;
  for await (const { block, last } of blocks(plain, CHUNK)) yield seal(key, block, counter++, last);
}

/** Opens STREAM chunks; throws PayloadError on the first chunk that does not authenticate. */
export async function* openStream(sealed: AsyncIterable<Uint8Array>, key: Buffer): AsyncGenerator<Buffer> {
  let counter = 0;
  for await (const { block, last } of blocks(sealed, CHUNK + TAG)) {
    // Only an empty file has an empty last chunk (age's rule): otherwise the file was cut at a boundary.
    if (last && block.length === TAG && counter > 0) throw new PayloadError('the last chunk is empty');
    yield open(key, block, counter++, last);
  }
}

/**
 * An age recipient whose only job is to learn the file key typage draws, so the payload can be
 * sealed here: it adds no stanza to the header.
 */
export class FileKeyTap {
  fileKey: Uint8Array | null = null;
  wrapFileKey(fileKey: Uint8Array): Stanza[] {
    this.fileKey = fileKey;
    return [];
  }
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

/**
 * age's scrypt recipient (specification: salt "age-encryption.org/v1/scrypt" + 16 random bytes,
 * scrypt N=2^logN r=8 p=1, the file key sealed under a zero nonce) with Node's native scrypt,
 * which runs off the main thread; typage's own runs in JavaScript on it. It keeps the file key
 * for the payload. typage reads what this writes (its ScryptIdentity opens every test's files).
 */
export class NativeScryptRecipient {
  fileKey: Uint8Array | null = null;
  constructor(
    private readonly passphrase: string,
    private readonly logN: number,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    this.fileKey = fileKey;
    const salt = crypto.randomBytes(16);
    const N = 2 ** this.logN;
    const key = await new Promise<Buffer>((resolve, reject) =>
      crypto.scrypt(
        this.passphrase,
        Buffer.concat([Buffer.from('age-encryption.org/v1/scrypt'), salt]),
        32,
        { N, r: 8, p: 1, maxmem: 128 * N * 8 + 1024 * 1024 },
        (error, derived) => (error ? reject(error) : resolve(derived)),
      ),
    );
    const c = crypto.createCipheriv(ALGORITHM, key, Buffer.alloc(12), { authTagLength: TAG });
    const body = Buffer.concat([c.update(fileKey), c.final(), c.getAuthTag()]);
    return [new Stanza(['scrypt', b64(salt), String(this.logN)], body)];
  }
}
