import { HarReader, type HarItem, type HarReaderOptions } from './har-reader.ts';

/** Bytes as Node streams (Buffer chunks) and `File.stream()` (a ReadableStream) give them. */
export type ByteSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

/**
 * Reads a HAR from a byte source and calls `onItems` with the entries of each chunk, in order, before
 * the next chunk is read (a held body can be decoded then). Throws HarInputError on malformed input.
 */
export async function readHar(
  source: ByteSource,
  onItems: (items: HarItem[], reader: HarReader) => void | Promise<void>,
  options: HarReaderOptions = {},
): Promise<HarReader> {
  const reader = new HarReader(options);
  for await (const chunk of chunks(source)) await onItems(reader.push(chunk), reader);
  await onItems(reader.end(), reader);
  return reader;
}

async function* chunks(source: ByteSource): AsyncIterable<Uint8Array> {
  if (!('getReader' in source)) {
    yield* source;
    return;
  }
  // Not every browser iterates a ReadableStream with for await yet.
  const stream = source.getReader();
  try {
    for (;;) {
      const { done, value } = await stream.read();
      if (done) return;
      yield value;
    }
  } finally {
    stream.releaseLock();
  }
}
