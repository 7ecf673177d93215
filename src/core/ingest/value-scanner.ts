import type { StreamBuffer } from './stream-buffer.ts';
import { SKIPPED_JSON } from './held-strings.ts';
import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  NEWLINE,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
} from './json-bytes.ts';

const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();

/** Bytes that end a number or a literal: white space, a comma, a closer. */
export function isDelimiter(byte: number | undefined): boolean {
  return (
    byte === 0x20 ||
    byte === NEWLINE ||
    byte === 0x0d ||
    byte === 0x09 ||
    byte === 0x2c ||
    byte === CLOSE_OBJECT ||
    byte === CLOSE_ARRAY
  );
}

/**
 * Finds where one JSON value ends, as bytes arrive, without understanding it: JSON.parse does that on
 * the value's bytes afterwards, and reports whatever is wrong inside. It only follows strings (so
 * brackets and quotes inside them do not count) and nesting. A string longer than `stringCap` bytes is
 * replaced in the window by a marker as it streams past, so a 200 MB body never sits in memory. Strings
 * of `lazyMin` bytes or more are noted as holes: the reader decodes them only when they are wanted.
 */
export class ValueScanner {
  /** Stream offset of the value's first byte. */
  readonly start: number;
  /** Line and the input offset where that line starts, for error positions. */
  readonly line: number;
  readonly lineStart: number;
  /** Bytes of string content left out. */
  skipped = 0;
  /**
   * Strings of `lazyMin` bytes or more, in order, four numbers each: window offsets of the content's
   * start and end, then the line and the input offset of the line start where the string begins.
   */
  readonly holes: number[] = [];
  /** Newlines seen outside strings inside the value, and the input offset after the last one. */
  newlines = 0;
  lastLineStart = -1;
  readonly isScalar: boolean;
  private depth = 0;
  private inString = false;
  private contentStart = 0;
  private searchFrom = 0;
  /** Bytes of the current string already dropped, and whether they ended in an odd run of backslashes. */
  private dropped = 0;
  private oddCarry = false;

  constructor(
    private readonly win: StreamBuffer,
    first: number,
    start: number,
    line: number,
    lineStart: number,
    private readonly stringCap: number,
    private readonly lazyMin: number,
  ) {
    this.start = start;
    this.line = line;
    this.lineStart = lineStart;
    this.isScalar = first !== QUOTE && first !== OPEN_OBJECT && first !== OPEN_ARRAY;
  }

  /**
   * Scans from stream offset `from`; returns the offset just past the value, or -1 when the window ends
   * first (then call again from the window's end once more bytes are in).
   */
  scan(from: number): number {
    const win = this.win;
    let i = from - win.base;
    if (this.isScalar) {
      while (i < win.length && !isDelimiter(win.bytes[i])) i += 1;
      return i < win.length ? win.base + i : -1;
    }
    for (;;) {
      if (this.inString) {
        const after = this.closeString();
        if (after === -1) return -1;
        if (this.depth === 0) return after;
        i = after - win.base;
      }
      const bytes = win.bytes;
      const length = win.length;
      for (; i < length; i += 1) {
        const byte = bytes[i];
        if (byte === QUOTE) break;
        if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) this.depth += 1;
        else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
          this.depth -= 1;
          if (this.depth === 0) return win.base + i + 1;
        } else if (byte === NEWLINE) {
          this.newlines += 1;
          this.lastLineStart = win.base + i + 1 + win.removed;
        }
      }
      if (i >= length) return -1;
      this.inString = true;
      this.contentStart = win.base + i + 1;
      this.searchFrom = this.contentStart;
    }
  }

  /** Scans the open string; returns the offset just past its closing quote, or -1. */
  private closeString(): number {
    const win = this.win;
    for (;;) {
      const bytes = win.bytes;
      const floor = this.contentStart - win.base;
      const q = win.view.indexOf(QUOTE, this.searchFrom - win.base);
      if (q === -1) {
        this.holdOpenString();
        return -1;
      }
      let k = q - 1;
      while (k >= floor && bytes[k] === BACKSLASH) k -= 1;
      const run = q - 1 - k + (k < floor && this.oddCarry ? 1 : 0);
      if (run % 2 === 1) {
        this.searchFrom = win.base + q + 1;
        continue;
      }
      this.inString = false;
      const contentEnd = win.base + q;
      const total = contentEnd - this.contentStart + this.dropped;
      this.dropped = 0;
      this.oddCarry = false;
      if (total <= this.stringCap) {
        if (total >= this.lazyMin) {
          const lineStart = this.newlines > 0 ? this.lastLineStart : this.lineStart;
          this.holes.push(this.contentStart, contentEnd, this.line + this.newlines, lineStart);
        }
        return contentEnd + 1;
      }
      const marker = encoder.encode(`${SKIPPED_JSON}${total}`);
      win.splice(this.contentStart, contentEnd, marker);
      this.skipped += total;
      return this.contentStart + marker.length + 1;
    }
  }

  /** The window ends inside a string: once it is over the cap, its bytes so far are dropped. */
  private holdOpenString(): void {
    const win = this.win;
    this.searchFrom = win.end;
    if (this.dropped === 0 && win.end - this.contentStart <= this.stringCap) return;
    const floor = this.contentStart - win.base;
    let k = win.length - 1;
    while (k >= floor && win.bytes[k] === BACKSLASH) k -= 1;
    const run = win.length - 1 - k + (k < floor && this.oddCarry ? 1 : 0);
    this.oddCarry = run % 2 === 1;
    this.dropped += win.end - this.contentStart;
    win.splice(this.contentStart, win.end, EMPTY);
    this.searchFrom = this.contentStart;
  }
}
