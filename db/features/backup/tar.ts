import { ByteReader } from './byte-reader';

/**
 * A small POSIX ustar writer and a strict reader, for exactly the entries of a backup, over
 * streams. Written by hand rather than with node-tar: the reader must refuse anything unexpected
 * (links, long-name extensions, extra or reordered entries, oversized members) and hand each
 * entry to the caller, never extracting by names the file chooses; node-tar is built to be
 * lenient and to extract. GNU tar, bsdtar and Python's tarfile read what this writes.
 */
const BLOCK = 512;

export interface TarEntry {
  name: string;
  data: Uint8Array;
}

export class TarError extends Error {
  override name = 'TarError';
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtime: Date): Buffer {
  const h = Buffer.alloc(BLOCK);
  if (Buffer.byteLength(name) > 100) throw new TarError(`name too long: ${name}`);
  h.write(name, 0, 'utf8');
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\u000000', 257, 'ascii');
  h.write(' '.repeat(8), 148, 'ascii');
  const sum = h.reduce((a, b) => a + b, 0);
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** An entry whose bytes come as a stream of `size` bytes in all (a database file read in pieces). */
export interface TarStreamEntry {
  name: string;
  size: number;
  data: Uint8Array | AsyncIterable<Uint8Array>;
}

/** The archive, piece by piece: only one piece of one entry is in memory at a time. */
export async function* tarStream(entries: TarStreamEntry[], mtime: Date): AsyncGenerator<Uint8Array> {
  for (const e of entries) {
    yield header(e.name, e.size, mtime);
    let written = 0;
    for await (const piece of e.data instanceof Uint8Array ? [e.data] : e.data) {
      written += piece.length;
      yield piece;
    }
    if (written !== e.size) throw new TarError(`${e.name} changed while it was archived`);
    yield padding(e.size);
  }
  yield Buffer.alloc(BLOCK * 2);
}

/** The whole archive in memory (small archives: tests, hand-made backups). */
export function writeTar(entries: TarEntry[], mtime: Date): Buffer {
  const parts: Uint8Array[] = [];
  for (const e of entries) parts.push(header(e.name, e.data.length, mtime), e.data, padding(e.data.length));
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

function field(h: Buffer, start: number, length: number): string {
  const raw = h.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('latin1');
}

function parseOctal(h: Buffer, start: number, length: number): number {
  const text = field(h, start, length).trim();
  // Base-256 (GNU, for huge sizes) and anything else non-octal is refused.
  if (!/^[0-7]{1,12}$/.test(text)) throw new TarError('bad numeric field');
  return parseInt(text, 8);
}

function checksumOk(h: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i];
  return parseOctal(h, 148, 8) === sum;
}

const isZero = (b: Uint8Array) => b.every((x) => x === 0);

/** Where the bytes of an expected entry go: kept in memory (small entries) or handed to `write` piece by piece. */
export interface Expected {
  name: string;
  max: number;
  write?: (piece: Buffer) => void | Promise<void>;
}

function entryHeader(h: Buffer, want: Expected): { name: string; size: number } {
  if (!checksumOk(h)) throw new TarError('header checksum mismatch');
  const magic = h.subarray(257, 265).toString('latin1');
  if (magic !== 'ustar\u000000' && magic !== 'ustar  \u0000') throw new TarError('not a ustar header');
  const type = String.fromCharCode(h[156]);
  if (type !== '0' && type !== '\0') throw new TarError(`entry of type ${JSON.stringify(type)} not allowed`);
  if (field(h, 345, 155)) throw new TarError('prefixed names not allowed');
  const name = field(h, 0, 100).replace(/^\.\//, '');
  if (name !== want.name) throw new TarError(`expected ${want.name}, found ${JSON.stringify(name)}`);
  const size = parseOctal(h, 124, 12);
  if (size > want.max) throw new TarError(`${name} is larger than ${want.max} bytes`);
  return { name, size };
}

/**
 * Reads the entries named in `expected`, in that order, each within its size limit, from a
 * stream. The entries after the first `required` ones are optional (they may be absent, never
 * replaced by others). What follows the last entry must be the zero blocks that end an archive,
 * up to the end of the stream. Entries without `write` come back with their bytes.
 */
export async function readTarStream(
  input: ByteReader,
  expected: Expected[],
  required = expected.length,
): Promise<{ name: string; size: number; data?: Buffer }[]> {
  const entries: { name: string; size: number; data?: Buffer }[] = [];
  let zero: Buffer | null = null;
  while (entries.length < expected.length) {
    if ((await input.fill(BLOCK)) < BLOCK) throw new TarError('archive ends inside a header');
    const h = input.take(BLOCK);
    if (isZero(h)) {
      zero = h;
      break;
    }
    const want = expected[entries.length];
    const { name, size } = entryHeader(h, want);
    const parts: Buffer[] = [];
    const whole = await input.forEach(size, (piece) => (want.write ? want.write(piece) : void parts.push(Buffer.from(piece))));
    if (!whole) throw new TarError(`${name} is cut short`);
    entries.push({ name, size, ...(want.write ? {} : { data: Buffer.concat(parts) }) });
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if ((await input.fill(pad)) < pad) throw new TarError(`${name} is cut short`);
    input.take(pad);
  }
  if (entries.length < required) throw new TarError(`expected ${expected.map((e) => e.name).join(', ')}`);
  // The end: zero blocks (at least two, whole blocks), nothing else.
  let rest = zero ? BLOCK : 0;
  let clean = true;
  for await (const piece of input.rest()) {
    rest += piece.length;
    if (clean && !isZero(piece)) clean = false;
  }
  if (rest < BLOCK * 2 || rest % BLOCK !== 0 || !clean) throw new TarError('unexpected data after the last entry');
  return entries;
}
