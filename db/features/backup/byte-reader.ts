/**
 * Reads a stream of byte chunks as a parser needs it: "at least n bytes", "exactly the next n
 * bytes, in pieces", "is this the end". It holds only what the parser asked for beyond the
 * chunk being read, so the age header, the tar headers and the payload pass through in bounded
 * memory whatever the size of the file (docs/ARCHITECTURE.md §6).
 */
export class ByteReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private readonly source: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
    this.source = (async function* () {
      yield* source;
    })();
  }

  get length(): number {
    return this.buffered;
  }

  /** True once the source has no more bytes (what is buffered may still be read). */
  get sourceEnded(): boolean {
    return this.ended;
  }

  /** Pulls one more chunk; false when the source is exhausted. */
  async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    if (chunk.length) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    return true;
  }

  /** Buffers at least `n` bytes, or everything left when the source ends first; returns what is buffered. */
  async fill(n: number): Promise<number> {
    while (this.buffered < n && (await this.pull()));
    return this.buffered;
  }

  /** The first `n` buffered bytes (n ≤ length), left in place. */
  peek(n: number): Buffer {
    if (this.chunks.length > 1 && this.chunks[0].length < n) this.chunks = [Buffer.concat(this.chunks)];
    return (this.chunks[0] ?? Buffer.alloc(0)).subarray(0, n);
  }

  /** Removes and returns the first `n` buffered bytes (n ≤ length). */
  take(n: number): Buffer {
    const out = Buffer.from(this.peek(n));
    this.skip(n);
    return out;
  }

  private skip(n: number): void {
    this.buffered -= n;
    while (n > 0) {
      const first = this.chunks[0];
      if (first.length <= n) {
        n -= first.length;
        this.chunks.shift();
      } else {
        this.chunks[0] = first.subarray(n);
        n = 0;
      }
    }
  }

  /** Hands the next `n` bytes to `each` piece by piece; false when the source ends before. */
  async forEach(n: number, each: (piece: Buffer) => void | Promise<void>): Promise<boolean> {
    while (n > 0) {
      if (!this.buffered && !(await this.pull())) return false;
      const first = this.chunks[0];
      if (!first) continue;
      const piece = first.subarray(0, Math.min(n, first.length));
      this.skip(piece.length);
      n -= piece.length;
      await each(piece);
    }
    return true;
  }

  /** Everything left: the buffered bytes, then the rest of the source. */
  async *rest(): AsyncGenerator<Buffer> {
    while (this.buffered || (await this.pull())) {
      const first = this.chunks.shift();
      if (!first) continue;
      this.buffered -= first.length;
      yield first;
    }
  }

  /** Reads to the end and discards (so that an error further on, e.g. a failed authentication, surfaces). */
  async drain(): Promise<void> {
    for await (const _ of this.rest());
  }
}
