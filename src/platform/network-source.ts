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
 * When capture reads DevTools' HAR log, which each browser fills and serves differently. Reading it
 * once at start is not enough in either; reading it freely is harmful in Firefox.
 */
export interface BackfillPolicy {
  /** Reads after capture starts, in ms. */
  at: readonly number[];
  /** Reads after each navigation of the inspected tab, in ms. */
  afterNavigation: readonly number[];
}

/**
 * Chromium serves getHAR from DevTools' own network log (ExtensionServer.onGetHAR) without touching
 * it, so reading is harmless. The log holds requests from DevTools' first second that finished before
 * Faultline's page subscribed, and a response whose body the page has not read yet, which is reported
 * finished only once read; so read at start, a little later, and after each navigation.
 */
export const CHROMIUM_BACKFILL: BackfillPolicy = {
  at: [0, 1000, 3000],
  afterNavigation: [1000, 3000],
};

/**
 * Firefox: the toolbox hands getHAR and onRequestFinished one network monitor, created for the first
 * caller and connected asynchronously (toolbox.js getNetMonitorAPI), so an early read sees an empty
 * log; requests the toolbox recorded before it connected arrive as existing resources that never fire
 * onRequestFinished (connector/index.js resume(false), firefox-data-provider.js PAYLOAD_READY only on
 * updates). And building the HAR disables the monitor's store (har-exporter.js buildHarData
 * enableActions(false)) while it fetches every response body, so requests arriving meanwhile are
 * dropped, for the Network panel too. Every later read trades requests the first one missed for
 * requests arriving while it runs (measured: the triage e2e lost 1-4 of 94 with reads 1 s and 3 s
 * later), so Firefox reads once, at once, as before; a burst fired in the moment the toolbox opens
 * can still lose its first requests.
 */
export const FIREFOX_BACKFILL: BackfillPolicy = {
  at: [0],
  afterNavigation: [],
};

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

export interface SourceOptions {
  policy: BackfillPolicy;
  schedule?: (run: () => void, ms: number) => void;
}

export function createNetworkSource(network: DevtoolsNetwork, options: SourceOptions): NetworkSource {
  const { policy } = options;
  const schedule = options.schedule ?? ((run, ms) => void setTimeout(run, ms));
  return {
    subscribe(listener) {
      let live = true;
      // One read at a time: two reads due together would build the same log twice.
      let reading = false;
      const onFinished = (request: unknown) => listener(captured(request as RawEntry, false));
      const read = () => {
        if (!live || reading) return;
        reading = true;
        network
          .getHAR()
          .then((har) => {
            const entries = (har as { entries?: RawEntry[] } | undefined)?.entries ?? [];
            for (const entry of entries) if (live) listener(captured(entry, true));
          })
          .catch(() => undefined)
          .finally(() => (reading = false));
      };
      const readAt = (ms: number) => (ms === 0 ? read() : schedule(read, ms));
      const onNavigated = () => policy.afterNavigation.forEach(readAt);
      // The live listener first: a request finishing while the log is read is then reported live.
      network.onRequestFinished.addListener(onFinished);
      // Firefox needs no reads after navigations; its onNavigated is not listened to for nothing.
      if (policy.afterNavigation.length > 0) network.onNavigated.addListener(onNavigated);
      policy.at.forEach(readAt);
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
