import { StreamBuffer } from './stream-buffer.ts';
import { HarInputError, syntaxError } from './har-input-error.ts';
import { jsonErrorOffset, lineAndColumn } from '../parse/json-syntax.ts';
import { HELD_JSON, restoreHeld } from './held-strings.ts';
import {
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  NEWLINE,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  startsValue,
} from './json-bytes.ts';
import { ValueScanner } from './value-scanner.ts';

/** One element of `log.entries`, parsed, in file order. */
export interface HarItem {
  index: number;
  /**
   * What JSON.parse gives for it (usually an entry object, but a HAR may hold anything there), except
   * that a long response body is not in `response.content.text`: `body()` decodes it.
   */
  entry: unknown;
  /**
   * The response body text the reader held back, decoded now; null when it was not held back (then it
   * is in the entry, or there is none). Call it before the next `push`, which reuses the bytes.
   */
  body(): string | null;
  /** The response body was longer than the string cap and was left out: analyse the entry on metadata. */
  bodySkipped: boolean;
  /** Bytes of string values left out of this entry (bodies and any other string over the cap). */
  skippedBytes: number;
}

export interface HarReaderOptions {
  /** Strings longer than this many bytes are skipped. Above the analyser's 2 MB body cap (base64 too). */
  stringCap?: number;
  /** Strings of at least this many bytes are decoded only when wanted (a response body: `body()`). */
  lazyMin?: number;
  /** Makes the reader's buffers; `Buffer.allocUnsafe` in Node makes its searches faster. */
  allocate?: (size: number) => Uint8Array;
  /** Keep the other members of `log` (version, creator, pages…) for `takeLogMembers`, to write a HAR back. */
  keepLogMembers?: boolean;
}

/** A member of `log` other than `entries`, and whether it comes after the entries array. */
export interface LogMember {
  key: string;
  value: unknown;
  afterEntries: boolean;
}

/** Far above the 2 MB body cap (2.7 MB as base64), so skipping a string never changes a finding. */
export const DEFAULT_STRING_CAP = 8 * 1024 * 1024;
/** Bodies are most of a HAR's bytes; decoding only the wanted ones makes reading cheaper than JSON.parse. */
export const DEFAULT_LAZY_MIN = 2048;

type Role = 'root' | 'log' | 'entries' | 'other';
interface Frame {
  role: Role;
  object: boolean;
  empty: boolean;
  key: string | null;
}
type Piece = { role: 'entry' | 'key' | 'other'; scanner: ValueScanner };

const BOM = [0xef, 0xbb, 0xbf];
// ignoreBOM keeps a second BOM in view: it is a character, and an error where it stands.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Reads a HAR as bytes arrive and hands out the elements of `log.entries` one at a time, wherever the
 * array sits in `log`. Only the JSON around the entries (the "skeleton") is followed byte by byte; each
 * entry, key and other value is cut out whole and given to JSON.parse, which is both the fastest way to
 * read it and an exact check of its syntax. Memory is one entry at a time plus the current chunk.
 */
export class HarReader {
  /** Input bytes read so far. */
  bytesRead = 0;
  /** Entries handed out so far. */
  entries = 0;
  private readonly win: StreamBuffer;
  private readonly stringCap: number;
  private readonly lazyMin: number;
  /** Counts pushes, so a body asked for after its bytes are gone is a clear error, not garbage. */
  private generation = 0;
  /** Window offset of the next byte the skeleton reads. */
  private pos = 0;
  private line = 1;
  /** Input offset where the current line starts. */
  private lineStart = 0;
  private origin = -1;
  private readonly frames: Frame[] = [];
  private state: 'value' | 'key' | 'colon' | 'after' = 'value';
  private piece: Piece | null = null;
  private sawEntries = false;
  private entriesClosed = false;
  private ended = false;
  private members: LogMember[] | null;

  constructor(options: HarReaderOptions = {}) {
    this.stringCap = options.stringCap ?? DEFAULT_STRING_CAP;
    this.lazyMin = options.lazyMin ?? DEFAULT_LAZY_MIN;
    this.win = new StreamBuffer(options.allocate);
    this.members = options.keepLogMembers === true ? [] : null;
  }

  /** Reads a chunk; returns the entries it completed. Throws HarInputError at the first malformed byte. */
  push(chunk: Uint8Array): HarItem[] {
    this.bytesRead += chunk.length;
    this.generation += 1;
    this.win.append(chunk, this.piece?.scanner.start ?? this.pos);
    const items: HarItem[] = [];
    if (this.origin === -1 && !this.skipBom(false)) return items;
    this.run(items);
    return items;
  }

  /** The members of `log` read since the last call, in file order (with `keepLogMembers`). */
  takeLogMembers(): LogMember[] {
    const taken = this.members ?? [];
    if (this.members !== null) this.members = [];
    return taken;
  }

  /** The input has ended: returns the last entries, or throws when the HAR is truncated or no HAR. */
  end(): HarItem[] {
    const items: HarItem[] = [];
    this.ended = true;
    if (this.origin === -1) this.skipBom(true);
    this.run(items);
    const piece = this.piece;
    if (piece !== null) {
      const { scanner } = piece;
      const text = this.pieceText(scanner, this.win.end);
      if (!scanner.isScalar) throw this.pieceError(scanner, text);
      this.pos = this.win.end;
      this.finish(piece, text, items);
    }
    if (this.frames.length > 0 || this.state !== 'after') throw this.byteError(this.win.end);
    if (!this.sawEntries) throw new HarInputError({ kind: 'no-entries' });
    return items;
  }

  /** Decides whether the input starts with a byte order mark; false while too few bytes are in. */
  private skipBom(ended: boolean): boolean {
    const bytes = this.win.bytes.subarray(0, Math.min(3, this.win.length));
    const prefix = bytes.every((byte, i) => byte === BOM[i]);
    if (prefix && bytes.length < 3 && !ended) return false;
    // Some Windows tools write one; JSON.parse refuses it, and positions are counted after it.
    this.origin = prefix && bytes.length === 3 ? 3 : 0;
    this.pos = this.origin;
    this.lineStart = this.origin;
    return true;
  }

  private run(items: HarItem[]): void {
    const win = this.win;
    while (this.pos < win.end) {
      const piece = this.piece;
      if (piece !== null) {
        const after = piece.scanner.scan(this.pos);
        if (after === -1) {
          this.pos = win.end;
          return;
        }
        this.pos = after;
        this.finish(piece, this.pieceText(piece.scanner, after), items, win.bytes[after - win.base]);
        continue;
      }
      const byte = win.bytes[this.pos - win.base] as number;
      if (byte === 0x20 || byte === 0x09 || byte === 0x0d) this.pos += 1;
      else if (byte === NEWLINE) {
        this.pos += 1;
        this.line += 1;
        this.lineStart = this.pos + win.removed;
      } else if (byte >= 0x80 && !this.ended && win.end - this.pos < 4) {
        // Never valid here, but the error names the character: wait until all of its bytes are in.
        return;
      } else this.skeleton(byte);
    }
  }

  /** One byte of the JSON around the entries: structure is checked here, values are cut out as pieces. */
  private skeleton(byte: number): void {
    const frame = this.frames.at(-1);
    if (this.state === 'key') {
      if (byte === QUOTE) return this.startPiece('key', byte);
      if (byte === CLOSE_OBJECT && frame?.empty) return this.close();
      throw this.byteError(this.pos);
    }
    if (this.state === 'colon') {
      if (byte !== COLON) throw this.byteError(this.pos);
      this.state = 'value';
      this.pos += 1;
      return;
    }
    if (this.state === 'after') {
      if (frame === undefined) throw this.byteError(this.pos);
      if (byte === (frame.object ? CLOSE_OBJECT : CLOSE_ARRAY)) return this.close();
      if (byte !== COMMA) throw this.byteError(this.pos);
      this.state = frame.object ? 'key' : 'value';
      this.pos += 1;
      return;
    }
    if (frame !== undefined && !frame.object && frame.empty && byte === CLOSE_ARRAY) return this.close();
    if (!startsValue(byte)) throw this.byteError(this.pos);
    const role = this.roleOf(frame, byte);
    if (frame !== undefined) frame.empty = false;
    if (role === 'entry' || role === 'other') return this.startPiece(role, byte);
    if (role === 'entries') this.sawEntries = true;
    this.frames.push({ role, object: byte === OPEN_OBJECT, empty: true, key: null });
    this.state = byte === OPEN_OBJECT ? 'key' : 'value';
    this.pos += 1;
  }

  private roleOf(frame: Frame | undefined, byte: number): Role | 'entry' {
    if (frame === undefined) return byte === OPEN_OBJECT ? 'root' : 'other';
    if (frame.role === 'entries') return 'entry';
    if (frame.role === 'root' && frame.key === 'log' && byte === OPEN_OBJECT) return 'log';
    if (frame.role === 'log' && frame.key === 'entries' && byte === OPEN_ARRAY) return 'entries';
    return 'other';
  }

  private close(): void {
    if (this.frames.pop()?.role === 'entries') this.entriesClosed = true;
    this.state = 'after';
    this.pos += 1;
  }

  private startPiece(role: Piece['role'], byte: number): void {
    const frame = this.frames.at(-1);
    if (frame !== undefined) frame.empty = false;
    const { win, pos, line, lineStart, stringCap, lazyMin } = this;
    const scanner = new ValueScanner(win, byte, pos, line, lineStart, stringCap, lazyMin);
    this.piece = { role, scanner };
  }

  /** `next` is the byte after the piece, which ends a number or literal; undefined at the input's end. */
  private finish(piece: Piece, text: string, items: HarItem[], next?: number): void {
    const { scanner } = piece;
    this.piece = null;
    this.line += scanner.newlines;
    if (scanner.newlines > 0) this.lineStart = scanner.lastLineStart;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw this.pieceError(scanner, text, next);
    }
    if (piece.role === 'key') {
      (this.frames.at(-1) as Frame).key = value as string;
      this.state = 'colon';
      return;
    }
    this.state = 'after';
    const { holes, skipped } = scanner;
    const frame = this.frames.at(-1);
    if (piece.role === 'other' && this.members !== null && frame?.role === 'log') {
      const held = holes.length > 0 ? restoreHeld(value, (n) => this.heldString(scanner, n)).value : value;
      this.members.push({ key: frame.key ?? '', value: held, afterEntries: this.entriesClosed });
    }
    if (piece.role !== 'entry') return;
    const index = this.entries;
    this.entries += 1;
    if (holes.length === 0 && skipped === 0) {
      items.push({ index, entry: value, body: () => null, bodySkipped: false, skippedBytes: 0 });
      return;
    }
    const restored = restoreHeld(value, (held) => this.heldString(scanner, held));
    const generation = this.generation;
    const body = () => {
      if (restored.heldBody === -1) return null;
      if (generation !== this.generation) throw new Error('HarItem.body() called after the next push');
      return this.heldString(scanner, restored.heldBody);
    };
    items.push({
      index,
      entry: restored.value,
      body,
      bodySkipped: restored.bodySkipped,
      skippedBytes: skipped,
    });
  }

  /** The piece's text for JSON.parse, with each held string's content replaced by a numbered marker. */
  private pieceText(scanner: ValueScanner, end: number): string {
    const { bytes, base } = this.win;
    const { holes } = scanner;
    let text = '';
    let from = scanner.start;
    for (let h = 0; h < holes.length; h += 4) {
      text += decoder.decode(bytes.subarray(from - base, (holes[h] as number) - base)) + HELD_JSON + h / 4;
      from = holes[h + 1] as number;
    }
    return text + decoder.decode(bytes.subarray(from - base, end - base));
  }

  /** A held string, decoded and checked now: JSON.parse of it alone is exact and fast. */
  private heldString(scanner: ValueScanner, held: number): string {
    const [start, end, line, lineStart] = scanner.holes.slice(held * 4, held * 4 + 4);
    if (start === undefined || end === undefined || line === undefined || lineStart === undefined) return '';
    const { bytes, base, removed } = this.win;
    const content = decoder.decode(bytes.subarray(start - base, end - base));
    const text = `"${content}"`;
    try {
      return JSON.parse(text) as string;
    } catch {
      const at = (jsonErrorOffset(text) ?? text.length) - 1;
      const before = new TextEncoder().encode(content.slice(0, at)).length;
      const column = start + removed - lineStart + 1 + at;
      throw syntaxError(text[at + 1], line, column, start + removed + before - this.origin);
    }
  }

  /** Malformed JSON inside a piece: JSON.parse's walk again finds the spot, mapped back into the file. */
  private pieceError(scanner: ValueScanner, text: string, next?: number): HarInputError {
    const at = jsonErrorOffset(text) ?? text.length;
    // A literal cut short (`tru}`) is reported, as JSON.parse does, at the byte that ended it.
    const found = at === text.length && next !== undefined ? String.fromCharCode(next) : text[at];
    const inPiece = lineAndColumn(text, at);
    const startColumn = scanner.start + this.win.removed - scanner.lineStart + 1;
    const line = scanner.line + inPiece.line - 1;
    const column = inPiece.line === 1 ? startColumn + inPiece.column - 1 : inPiece.column;
    const bytes = new TextEncoder().encode(text.slice(0, at)).length;
    const offset = scanner.start + this.win.removed + bytes - this.origin;
    return syntaxError(found, line, column, offset);
  }

  /** Malformed JSON in the skeleton, at window offset `at` (the window's end: the input ended). */
  private byteError(at: number): HarInputError {
    const win = this.win;
    const found = decoder.decode(win.bytes.subarray(at - win.base, Math.min(at - win.base + 4, win.length)));
    const input = at + win.removed;
    const character = String.fromCodePoint(found.codePointAt(0) ?? 0);
    return syntaxError(
      found === '' ? undefined : character,
      this.line,
      input - this.lineStart + 1,
      input - Math.max(this.origin, 0),
    );
  }
}
