import { redactUrl } from '../core/redact/redact.ts';
import type { PageChange } from '../core/session/page-change.ts';

/**
 * Read in the inspected page right after a navigation: when the page started loading, and whether
 * the browser loaded it as a reload (Navigation Timing). Both browsers announce a navigation late:
 * Chromium when the new document commits, Firefox only once it has loaded (ExtensionParent.sys.mjs,
 * DOCUMENT_EVENT "dom-complete"), after the errors a page fires while it loads. The time the page
 * itself gives places the marker before them.
 */
function probePage() {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return { type: entry ? entry.type : null, timeOrigin: performance.timeOrigin, href: location.href };
}

/** Sent as source text: it runs in the inspected page, on that page's own globals. */
export const PAGE_PROBE = `(${probePage.toString()})()`;

/** How far the page's clock may run ahead of this one and still be believed. */
const CLOCK_SLACK_MS = 1000;

/**
 * How long before the watch starts the first page may have started and still be believed: on a busy
 * machine DevTools runs its pages seconds after a navigation it then reports, and that page's
 * errors, captured meanwhile, had no marker above them. A page restored from the back/forward cache
 * keeps a time origin older than that.
 */
const FIRST_PAGE_GRACE_MS = 10_000;

interface Bookkeeping {
  /** When this page heard of the navigation, ms since the epoch. */
  receivedAt: number;
  /** The previous page change (or the start of capture): the new page cannot have started before. */
  notBefore: number;
  previousUrl: string | null;
}

const withoutFragment = (url: string) => url.split('#', 1)[0] ?? url;

/**
 * What the page answered (anything: a page can lie), when it says it started between `notBefore` and
 * `receivedAt`. A page restored from the back/forward cache keeps the time origin of its first load:
 * too old.
 */
function believedStart(
  probe: unknown,
  notBefore: number,
  receivedAt: number,
): { href: string; timeOrigin: number; type: unknown } | null {
  const answer = (typeof probe === 'object' && probe !== null ? probe : {}) as Record<string, unknown>;
  const { type, timeOrigin, href } = answer;
  if (typeof href !== 'string' || typeof timeOrigin !== 'number') return null;
  if (timeOrigin < notBefore || timeOrigin > receivedAt + CLOCK_SLACK_MS) return null;
  return { href, timeOrigin, type };
}

const kindOf = (type: unknown): PageChange['kind'] => (type === 'reload' ? 'reload' : 'navigate');

/**
 * When the new page started and whether it is a reload, from what the page answered (which can come
 * from a later document) and what this side knows.
 */
export function placePageChange(
  url: string,
  probe: unknown,
  { receivedAt, notBefore, previousUrl }: Bookkeeping,
): { at: number; kind: PageChange['kind'] } {
  const start = believedStart(probe, notBefore, receivedAt);
  const fresh = start && withoutFragment(start.href) === withoutFragment(url) ? start : null;
  if (fresh && typeof fresh.type === 'string') return { at: fresh.timeOrigin, kind: kindOf(fresh.type) };
  const reload = previousUrl !== null && withoutFragment(previousUrl) === withoutFragment(url);
  return { at: fresh ? fresh.timeOrigin : receivedAt, kind: reload ? 'reload' : 'navigate' };
}

/** The part of the devtools API page changes are read from (passed in, so tests drive it with a fake). */
export interface PageChangeApi {
  onNavigated: {
    addListener(l: (url: string) => void): void;
    removeListener(l: (url: string) => void): void;
  };
  /** devtools.inspectedWindow.eval of PAGE_PROBE; rejects or answers nonsense as pages may. */
  probe(): Promise<unknown>;
  now?: () => number;
}

/**
 * Each reload or navigation of the inspected tab, placed and with its URL redacted, in order. The page
 * shown when the watch starts is asked too: when it started loading within the grace period, its
 * navigation may have been announced before anyone listened, and it is told as one.
 */
export function watchPageChanges(api: PageChangeApi, listener: (change: PageChange) => void): () => void {
  const now = api.now ?? Date.now;
  const startedAt = now();
  let notBefore = startedAt - FIRST_PAGE_GRACE_MS;
  let previousUrl: string | null = null;
  const tell = (url: string, at: number, kind: PageChange['kind']) => {
    // The page the first look found, announced after all: told once.
    if (previousUrl !== null && withoutFragment(url) === withoutFragment(previousUrl) && at === notBefore)
      return;
    notBefore = at;
    previousUrl = url;
    listener({ at: new Date(at).toISOString(), url: redactUrl(url), kind });
  };
  // One at a time, so each change is placed after the one before it.
  let queue = api
    .probe()
    .then((probe) => {
      const start = believedStart(probe, notBefore, startedAt);
      if (start) tell(start.href, start.timeOrigin, kindOf(start.type));
    })
    .catch(() => undefined);
  const onNavigated = (url: string) => {
    const receivedAt = now();
    queue = queue
      .then(async () => {
        const probe = await api.probe().catch(() => null);
        const { at, kind } = placePageChange(url, probe, { receivedAt, notBefore, previousUrl });
        tell(url, at, kind);
      })
      .catch(() => undefined);
  };
  api.onNavigated.addListener(onNavigated);
  return () => api.onNavigated.removeListener(onNavigated);
}
