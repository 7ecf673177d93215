import browser from 'webextension-polyfill';
import type { FetchedContent } from '../model/exchange.ts';
import type { HarEntry } from '../model/har.ts';

/** One finished request as DevTools reports it; the body is a separate, lazy round trip. */
export interface CapturedRequest {
  entry: HarEntry;
  /** True for requests that finished before DevTools opened (from getHAR). */
  backfilled: boolean;
  readBody(): Promise<FetchedContent | null>;
}

export interface NetworkSource {
  /** Live requests from now on, then the ones already in the HAR log. Returns an unsubscribe function. */
  subscribe(listener: (request: CapturedRequest) => void): () => void;
}

type RawEntry = HarEntry & { getContent?: (callback?: (body: unknown, second: unknown) => void) => unknown };

const CONTENT_TIMEOUT_MS = 5000;

/**
 * getContent differs between engines (webextension-polyfill test/test-onRequestFinished.js):
 * Chrome answers `(body, encoding)`, Firefox `[body, mimeType]`. Only the literal 'base64' means base64; the HAR entry's own
 * `content.encoding` is the fallback for engines that report a MIME type instead. Null bodies
 * (evicted from the browser's buffer) are normal.
 */
export function readContent(entry: RawEntry): Promise<FetchedContent | null> {
  const harEncoding = entry.response.content?.encoding;
  const normalize = (body: unknown, second: unknown): FetchedContent | null =>
    typeof body === 'string' ? { text: body, base64: second === 'base64' || harEncoding === 'base64' } : null;
  if (typeof entry.getContent !== 'function') {
    const text = entry.response.content?.text;
    return Promise.resolve(typeof text === 'string' ? normalize(text, harEncoding) : null);
  }
  const getContent = entry.getContent.bind(entry);
  return new Promise((resolve) => {
    let settled = false;
    const done = (value: FetchedContent | null) => {
      if (!settled) {
        settled = true;
        resolve(value);
      }
    };
    const settle = (result: unknown) => {
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(
          (value) => done(Array.isArray(value) ? normalize(value[0], value[1]) : normalize(value, undefined)),
          () => done(null),
        );
      }
    };
    setTimeout(() => done(null), CONTENT_TIMEOUT_MS);
    try {
      // Chrome's own method takes a callback; promise-style wrappers (the polyfill's, Firefox's) may
      // reject a callback argument outright, and then answer the call without one.
      settle(getContent((b, s) => done(normalize(b, s))));
    } catch {
      try {
        settle(getContent());
      } catch {
        done(null);
      }
    }
  });
}

function captured(entry: RawEntry, backfilled: boolean): CapturedRequest {
  return { entry, backfilled, readBody: () => readContent(entry) };
}

export function createNetworkSource(): NetworkSource {
  const network = browser.devtools.network;
  return {
    subscribe(listener) {
      const onFinished = (request: unknown) => listener(captured(request as RawEntry, false));
      network.onRequestFinished.addListener(onFinished);
      network
        .getHAR()
        .then((har) => {
          for (const entry of (har as unknown as { entries?: RawEntry[] }).entries ?? []) {
            listener(captured(entry, true));
          }
        })
        .catch(() => undefined);
      return () => network.onRequestFinished.removeListener(onFinished);
    },
  };
}
