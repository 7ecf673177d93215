import { describe, expect, it } from 'vitest';
import type { HarEntry } from '../model/har.ts';
import {
  BACKFILL_AFTER_NAVIGATION_MS,
  BACKFILL_AT_MS,
  createNetworkSource,
  type CapturedRequest,
  type DevtoolsNetwork,
} from './network-source.ts';

const entry = (url: string, status = 404): HarEntry => ({
  startedDateTime: '2026-01-01T00:00:00.000Z',
  request: { method: 'GET', url, headers: [] },
  response: { status, headers: [], content: { mimeType: 'application/json', size: 10 } },
});

/** A DevTools network API whose HAR log the test fills, with timers the test runs by hand. */
function fakeDevtools() {
  const log: HarEntry[] = [];
  const finished = new Set<(r: unknown) => void>();
  const navigated = new Set<(url: string) => void>();
  const timers: { ms: number; run: () => void }[] = [];
  let reads = 0;
  const network: DevtoolsNetwork = {
    getHAR: async () => {
      reads++;
      return { entries: [...log] };
    },
    onRequestFinished: { addListener: (l) => finished.add(l), removeListener: (l) => finished.delete(l) },
    onNavigated: { addListener: (l) => navigated.add(l), removeListener: (l) => navigated.delete(l) },
  };
  const source = createNetworkSource(network, (run, ms) => timers.push({ ms, run }));
  return {
    source,
    log,
    finish: (e: unknown) => finished.forEach((l) => l(e)),
    navigate: (url: string) => navigated.forEach((l) => l(url)),
    /** Runs the timers due so far, in order of delay. */
    runTimers: async () => {
      const due = timers.splice(0).sort((a, b) => a.ms - b.ms);
      for (const t of due) t.run();
      await new Promise((r) => setTimeout(r, 0));
    },
    timerDelays: () => timers.map((t) => t.ms),
    reads: () => reads,
    listeners: () => finished.size + navigated.size,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createNetworkSource', () => {
  it('reads the HAR log at once and again later, so requests the first read missed still arrive', async () => {
    const devtools = fakeDevtools();
    const seen: CapturedRequest[] = [];
    devtools.source.subscribe((r) => seen.push(r));
    await settle();
    expect(seen).toHaveLength(0);
    expect(devtools.timerDelays()).toEqual(BACKFILL_AT_MS.filter((ms) => ms > 0));
    // Firefox's network monitor finished connecting after the first read: the log now has them.
    devtools.log.push(entry('http://127.0.0.1/api/a'), entry('http://127.0.0.1/api/b'));
    await devtools.runTimers();
    expect(devtools.reads()).toBe(BACKFILL_AT_MS.length);
    expect(seen.every((r) => r.backfilled)).toBe(true);
    expect(new Set(seen.map((r) => r.entry.request.url))).toEqual(
      new Set(['http://127.0.0.1/api/a', 'http://127.0.0.1/api/b']),
    );
  });

  it('reports live requests, with the id Chromium puts on the prototype', async () => {
    const devtools = fakeDevtools();
    const seen: CapturedRequest[] = [];
    devtools.source.subscribe((r) => seen.push(r));
    const live = Object.assign(Object.create({ _id: 7 }) as object, entry('http://127.0.0.1/api/live'));
    devtools.finish(live);
    expect(seen).toMatchObject([{ backfilled: false, id: '7' }]);
    devtools.finish(entry('http://127.0.0.1/api/firefox'));
    expect(seen[1]?.id).toBeUndefined();
  });

  it('reads the log again after a navigation, and stops everything on unsubscribe', async () => {
    const devtools = fakeDevtools();
    const seen: CapturedRequest[] = [];
    const navigations: string[] = [];
    const unsubscribe = devtools.source.subscribe((r) => seen.push(r));
    devtools.source.onNavigated((url) => navigations.push(url));
    await devtools.runTimers();
    const before = devtools.reads();
    devtools.navigate('http://127.0.0.1/next');
    expect(navigations).toEqual(['http://127.0.0.1/next']);
    expect(devtools.timerDelays()).toEqual([...BACKFILL_AFTER_NAVIGATION_MS]);
    await devtools.runTimers();
    expect(devtools.reads()).toBe(before + BACKFILL_AFTER_NAVIGATION_MS.length);
    unsubscribe();
    devtools.log.push(entry('http://127.0.0.1/api/late'));
    devtools.navigate('http://127.0.0.1/again');
    await devtools.runTimers();
    expect(seen).toHaveLength(0);
    // The navigation listener the test added itself remains; capture's own are gone.
    expect(devtools.listeners()).toBe(1);
  });
});
