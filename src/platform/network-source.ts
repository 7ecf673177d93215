import type { FetchedContent } from '../model/exchange.ts';
import type { HarEntry } from '../model/har.ts';

/** One finished request as DevTools reports it; the body is a separate, lazy round trip. */
export interface CapturedRequest {
  entry: HarEntry;
  /** True for requests read back from DevTools' HAR log rather than reported live. */
  backfilled: boolean;
  /**
   * DevTools' own id of the request when the browser exposes it (Chromium gives the live event and
   * the HAR log entry the same one), so both count as one request whatever their timings say.
   */
  id?: string;
  readBody(): Promise<FetchedContent | null>;
}

export interface NetworkSource {
  /**
   * Live requests from now on, plus the ones DevTools' HAR log already holds, read again a few
   * times after DevTools opens and after each navigation. Returns an unsubscribe function.
   */
  subscribe(listener: (request: CapturedRequest) => void): () => void;
  /** The inspected tab loaded a new page (reload, link, address bar); `url` is the new page. */
  onNavigated(listener: (url: string) => void): () => void;
}

/**
 * When DevTools' HAR log is read, in ms after capture starts. Reading it once is not enough:
 * Firefox's toolbox hands getHAR a network monitor that is still connecting (an empty log) while
 * requests it already recorded never fire onRequestFinished (toolbox.js getNetMonitorAPI,
 * netmonitor/src/connector/index.js resume(false)); Chromium lists a response whose body the page
 * has not read yet in the log but reports it finished only once read.
 */
export const BACKFILL_AT_MS = [0, 1000, 3000] as const;
/** After a navigation: the new page's first requests, for the same reasons. */
export const BACKFILL_AFTER_NAVIGATION_MS = [1000, 3000] as const;

type RawEntry = HarEntry & {
  getContent?: (callback?: (body: unknown, second: unknown) => void) => unknown;
  /** Chromium's request id, on the prototype of both the live request and the getHAR entry. */
  _id?: unknown;
};

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
  const id = typeof entry._id === 'number' || typeof entry._id === 'string' ? String(entry._id) : undefined;
  return { entry, backfilled, ...(id === undefined ? {} : { id }), readBody: () => readContent(entry) };
}

/** The part of `browser.devtools.network` capture uses (passed in, so tests drive it with a fake). */
export interface DevtoolsNetwork {
  getHAR(): Promise<unknown>;
  onRequestFinished: {
    addListener(l: (r: unknown) => void): void;
    removeListener(l: (r: unknown) => void): void;
  };
  onNavigated: {
    addListener(l: (url: string) => void): void;
    removeListener(l: (url: string) => void): void;
  };
}

export function createNetworkSource(
  network: DevtoolsNetwork,
  schedule: (run: () => void, ms: number) => void = (run, ms) => void setTimeout(run, ms),
): NetworkSource {
  return {
    subscribe(listener) {
      let live = true;
      const onFinished = (request: unknown) => listener(captured(request as RawEntry, false));
      const backfill = () => {
        if (!live) return;
        network
          .getHAR()
          .then((har) => {
            for (const entry of (har as { entries?: RawEntry[] } | undefined)?.entries ?? []) {
              if (live) listener(captured(entry, true));
            }
          })
          .catch(() => undefined);
      };
      const onNavigated = () => BACKFILL_AFTER_NAVIGATION_MS.forEach((ms) => schedule(backfill, ms));
      // The live listener first: a request finishing while the log is read is then reported live.
      network.onRequestFinished.addListener(onFinished);
      network.onNavigated.addListener(onNavigated);
      BACKFILL_AT_MS.forEach((ms) => (ms === 0 ? backfill() : schedule(backfill, ms)));
      return () => {
        live = false;
        network.onRequestFinished.removeListener(onFinished);
        network.onNavigated.removeListener(onNavigated);
      };
    },
    onNavigated(listener) {
      network.onNavigated.addListener(listener);
      return () => network.onNavigated.removeListener(listener);
    },
  };
}
