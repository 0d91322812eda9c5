/**
 * A small POSIX ustar writer and a strict reader, for exactly the entries of a backup. Written by
 * hand rather than with node-tar: the reader must refuse anything unexpected (links, long-name
 * extensions, extra or reordered entries, oversized members) and work on bytes already in memory,
 * never extracting to disk; node-tar is built to be lenient and to extract. GNU tar, bsdtar and
 * Python's tarfile read what this writes.
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

/**
 * Reads the entries named in `expected`, in that order, each within its size limit. The entries
 * after the first `required` ones are optional (they may be absent, never replaced by others).
 * What follows the last entry must be the zero blocks that end an archive.
 */
export function readTar(bytes: Uint8Array, expected: { name: string; max: number }[], required = expected.length): TarEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: TarEntry[] = [];
  let at = 0;
  while (entries.length < expected.length) {
    if (at + BLOCK > buf.length) throw new TarError('archive ends inside a header');
    const h = buf.subarray(at, at + BLOCK);
    if (isZero(h)) break;
    if (!checksumOk(h)) throw new TarError('header checksum mismatch');
    const magic = h.subarray(257, 265).toString('latin1');
    if (magic !== 'ustar\u000000' && magic !== 'ustar  \u0000') throw new TarError('not a ustar header');
    const type = String.fromCharCode(h[156]);
    if (type !== '0' && type !== '\0') throw new TarError(`entry of type ${JSON.stringify(type)} not allowed`);
    if (field(h, 345, 155)) throw new TarError('prefixed names not allowed');
    const name = field(h, 0, 100).replace(/^\.\//, '');
    const want = expected[entries.length];
    if (name !== want.name) throw new TarError(`expected ${want.name}, found ${JSON.stringify(name)}`);
    const size = parseOctal(h, 124, 12);
    if (size > want.max) throw new TarError(`${name} is larger than ${want.max} bytes`);
    const start = at + BLOCK;
    if (start + size > buf.length) throw new TarError(`${name} is cut short`);
    entries.push({ name, data: buf.subarray(start, start + size) });
    at = start + size + ((BLOCK - (size % BLOCK)) % BLOCK);
  }
  if (entries.length < required) throw new TarError(`expected ${expected.map((e) => e.name).join(', ')}`);
  const rest = buf.subarray(at);
  if (rest.length < BLOCK * 2 || rest.length % BLOCK !== 0 || !isZero(rest)) throw new TarError('unexpected data after the last entry');
  return entries;
}
