import { createReadStream, fstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CliError } from './cli-error.ts';

/** A HAR's bytes as they are read, gunzipped when they are gzip, with what was read so far. */
export interface Input {
  chunks: AsyncIterable<Uint8Array>;
  /** Bytes read from the file or stdin (compressed bytes for a .har.gz). */
  read: number;
  /** The file's size, when known (a file, or stdin redirected from one); else null. */
  total: number | null;
}

const CHUNK = 1024 * 1024;

/** Opens a file, or stdin for `-`. HAR files are UTF-8 by specification; gzip is told by its magic bytes. */
export async function openInput(
  file: string,
  stdin: NodeJS.ReadableStream & AsyncIterable<Buffer>,
): Promise<Input> {
  const total = await sizeOf(file);
  const raw = file === '-' ? stdin : createReadStream(file, { highWaterMark: CHUNK });
  const input: Input = { chunks: (async function* () {})(), read: 0, total };
  input.chunks = gunzipped(counted(raw, file, (bytes) => (input.read += bytes)));
  return input;
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    const info = file === '-' ? fstatSync(0) : await stat(file);
    if (info.isDirectory()) throw new CliError({ kind: 'is-directory', file });
    return info.isFile() ? info.size : null;
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (file === '-') return null;
    throw fileError(file, error as NodeJS.ErrnoException);
  }
}

async function* counted(
  raw: AsyncIterable<Buffer | string>,
  file: string,
  onRead: (bytes: number) => void,
): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of raw) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      onRead(bytes.length);
      yield bytes;
    }
  } catch (error) {
    throw fileError(file, error as NodeJS.ErrnoException);
  }
}

/** Peeks at the first chunk: 1f 8b starts a gzip stream, which is then inflated as it is read. */
async function* gunzipped(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) return;
  const all = (async function* () {
    yield first.value;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  })();
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
    yield* all;
    return;
  }
  const gunzip = Readable.from(all).pipe(createGunzip({ chunkSize: CHUNK }));
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError({ kind: 'not-gzip', detail: (error as Error).message });
  }
}

function fileError(file: string, error: NodeJS.ErrnoException): CliError {
  if (error instanceof CliError) return error;
  if (error.code === 'ENOENT') return new CliError({ kind: 'not-found', file });
  if (error.code === 'EISDIR') return new CliError({ kind: 'is-directory', file });
  if (error.code === 'EACCES') return new CliError({ kind: 'permission-denied', file });
  return new CliError({ kind: 'cannot-read', file: file === '-' ? null : file, detail: error.message });
}
