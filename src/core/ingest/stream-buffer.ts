/**
 * The bytes of a stream from the oldest one still needed to the newest one read, addressed by their
 * offset in the whole stream. Growing by doubling and compacting on append keeps a large value split
 * into many small chunks linear in copying.
 */
export class StreamBuffer {
  /**
   * Makes the buffer's own arrays. Node passes Buffer.allocUnsafe: Buffer's indexOf is a memchr,
   * about three times as fast as a typed array's, and the reader is mostly searching for quotes.
   */
  constructor(private readonly allocate: (size: number) => Uint8Array = (size) => new Uint8Array(size)) {}

  bytes: Uint8Array = new Uint8Array(0);
  /** `bytes` up to `length`: a search must not run on into spare room holding old bytes. */
  view: Uint8Array = this.bytes;
  /** Stream offset of `bytes[0]`. */
  base = 0;
  /** Valid bytes in `bytes`. */
  length = 0;
  /** Bytes spliced out so far less bytes spliced in: a window offset plus this is the offset in the input. */
  removed = 0;
  /** True while `bytes` is a caller's chunk, which is read but never written. */
  private borrowed = false;

  get end(): number {
    return this.base + this.length;
  }

  /** Appends a chunk; bytes before `keepFrom` (a stream offset) are no longer needed. */
  append(chunk: Uint8Array, keepFrom: number): void {
    const kept = this.end - keepFrom;
    if (kept === 0) {
      // Nothing carried over: read the chunk where it is.
      this.bytes = chunk;
      this.base = keepFrom;
      this.length = chunk.length;
      this.borrowed = true;
      this.view = chunk;
      return;
    }
    this.own(kept + chunk.length, keepFrom);
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
    this.view = this.bytes.subarray(0, this.length);
  }

  /** Replaces the bytes from stream offset `from` to `to` with `insert`; later bytes move. */
  splice(from: number, to: number, insert: Uint8Array): void {
    const tail = this.end - to;
    this.removed += to - from - insert.length;
    this.own(this.length - (to - from) + insert.length, this.base);
    const start = from - this.base;
    this.bytes.copyWithin(start + insert.length, to - this.base, to - this.base + tail);
    this.bytes.set(insert, start);
    this.length = start + insert.length + tail;
    this.view = this.bytes.subarray(0, this.length);
  }

  /** Makes `bytes` ours, start at `keepFrom`, with room for `size` bytes. */
  private own(size: number, keepFrom: number): void {
    const shift = keepFrom - this.base;
    if (!this.borrowed && this.bytes.length >= size) {
      if (shift > 0) this.bytes.copyWithin(0, shift, this.length);
    } else {
      const next = this.allocate(Math.max(size, Math.min(this.bytes.length * 2, size * 2), 1024));
      next.set(this.bytes.subarray(shift, this.length));
      this.bytes = next;
      this.borrowed = false;
    }
    this.base = keepFrom;
    this.length -= shift;
  }
}
