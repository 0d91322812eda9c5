import crypto from 'node:crypto';
import type { StoredKeys } from '../backup/keys';
import { verifySignature } from '../backup/keys';

/**
 * The pure part of attestations (no database): the canonical text that is signed, the signature,
 * and the verification code printed on the paper. Kept apart so the issuing and the checking sides
 * (this installation, a partner's coordinator) cannot drift.
 */

/**
 * JSON with every object's keys sorted and no spaces: the same content always gives the same
 * bytes, so a signature made here verifies wherever the row is read again.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Base64 Ed25519 signature of the canonical content, by the installation's signing key. */
export function signContent(keys: StoredKeys, content: string): string {
  const privateKey = crypto.createPrivateKey({ key: Buffer.from(keys.signing.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return crypto.sign(null, Buffer.from(content, 'utf8'), privateKey).toString('base64');
}

/** Whether `signature` (base64) is `publicKey`'s (raw, base64) over `content`; false on anything malformed. */
export const contentSigned = (publicKey: string, content: string, signature: string): boolean =>
  verifySignature(publicKey, Buffer.from(content, 'utf8'), Buffer.from(signature, 'base64'));

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding (the alphabet has no 0/O or 1/I pairs to confuse on paper). */
export function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/**
 * What is printed on the paper: the signature's first 10 bytes (80 bits) in base32, 16 characters
 * shown as 4 groups of 4 to be read and typed back without error.
 */
export function verificationCode(signatureBase64: string): string {
  return base32(Buffer.from(signatureBase64, 'base64').subarray(0, 10))
    .match(/.{1,4}/g)!
    .join('-');
}

/** A typed code compared as written on paper, whatever the case, spaces or dashes. */
export const normalizeCode = (code: string): string => code.toUpperCase().replace(/[\s-]+/g, '');

/** A typed number (`sas-2026-0042 `) as stored (`SAS-2026-0042`). */
export const normalizeNumber = (number: string): string => number.toUpperCase().replace(/\s+/g, '');

/** `SAS-2026-0042`: the year of the issue date and the sequence within it, on 4 digits at least. */
export const attestationNumber = (year: number, sequence: number): string => `SAS-${year}-${String(sequence).padStart(4, '0')}`;
