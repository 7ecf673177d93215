import { describe, expect, it } from 'vitest';
import type { HarEntry } from '../model/har.ts';
import {
  CHROMIUM_BACKFILL,
  FIREFOX_BACKFILL,
  createNetworkSource,
  type BackfillPolicy,
  type CapturedRequest,
  type DevtoolsNetwork,
} from './network-source.ts';

const entry = (url: string, status = 404): HarEntry => ({
  startedDateTime: '2026-01-01T00:00:00.000Z',
  request: { method: 'GET', url, headers: [] },
  response: { status, headers: [], content: { mimeType: 'application/json', size: 10 } },
});

/** A DevTools network API whose HAR log the test fills, on a clock the test moves. */
function fakeDevtools(policy: BackfillPolicy) {
  const log: HarEntry[] = [];
  const finished = new Set<(r: unknown) => void>();
  const navigated = new Set<(url: string) => void>();
  let timers: { due: number; run: () => void }[] = [];
  let clock = 0;
  const readTimes: number[] = [];
  const network: DevtoolsNetwork = {
    getHAR: async () => {
      readTimes.push(clock);
      return { entries: [...log] };
    },
    onRequestFinished: { addListener: (l) => finished.add(l), removeListener: (l) => finished.delete(l) },
    onNavigated: { addListener: (l) => navigated.add(l), removeListener: (l) => navigated.delete(l) },
  };
  const source = createNetworkSource(network, {
    policy,
    schedule: (run, ms) => timers.push({ due: clock + ms, run }),
  });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    source,
    log,
    finish: (e: unknown) => finished.forEach((l) => l(e)),
    navigate: (url: string) => navigated.forEach((l) => l(url)),
    /** Moves the clock to `t`, running every timer due on the way, in order. */
    async advanceTo(t: number) {
      await flush();
      for (;;) {
        const next = timers.filter((x) => x.due <= t).sort((a, b) => a.due - b.due)[0];
        if (!next) break;
        timers = timers.filter((x) => x !== next);
        clock = next.due;
        next.run();
        await flush();
      }
      clock = t;
      await flush();
    },
    readTimes,
    listeners: () => finished.size + navigated.size,
  };
}

describe('createNetworkSource in Chromium', () => {
  it('reads the HAR log at once and again later, so requests the first read missed still arrive', async () => {
    const devtools = fakeDevtools(CHROMIUM_BACKFILL);
    const seen: CapturedRequest[] = [];
    devtools.source.subscribe((r) => seen.push(r));
    await devtools.advanceTo(0);
    expect(seen).toHaveLength(0);
    // A response the page had not read yet was missing at first; the log has it now.
    devtools.log.push(entry('http://127.0.0.1/api/a'));
    await devtools.advanceTo(10_000);
    expect(devtools.readTimes).toEqual([...CHROMIUM_BACKFILL.at]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.backfilled && r.entry.request.url === 'http://127.0.0.1/api/a')).toBe(true);
  });

  it('reports live requests with the id Chromium puts on the prototype', () => {
    const devtools = fakeDevtools(CHROMIUM_BACKFILL);
    const seen: CapturedRequest[] = [];
    devtools.source.subscribe((r) => seen.push(r));
    devtools.finish(Object.assign(Object.create({ _id: 7 }) as object, entry('http://127.0.0.1/api/live')));
    devtools.finish(entry('http://127.0.0.1/api/no-id'));
    expect(seen.map((r) => [r.backfilled, r.id])).toEqual([
      [false, '7'],
      [false, undefined],
    ]);
  });

  it('reads the log again after a navigation, and stops everything on unsubscribe', async () => {
    const devtools = fakeDevtools(CHROMIUM_BACKFILL);
    const navigations: string[] = [];
    const unsubscribe = devtools.source.subscribe(() => undefined);
    devtools.source.onNavigated((url) => navigations.push(url));
    await devtools.advanceTo(20_000);
    devtools.navigate('http://127.0.0.1/next');
    await devtools.advanceTo(40_000);
    expect(navigations).toEqual(['http://127.0.0.1/next']);
    expect(devtools.readTimes.slice(CHROMIUM_BACKFILL.at.length)).toEqual(
      CHROMIUM_BACKFILL.afterNavigation.map((ms) => 20_000 + ms),
    );
    const reads = devtools.readTimes.length;
    unsubscribe();
    devtools.navigate('http://127.0.0.1/again');
    await devtools.advanceTo(60_000);
    expect(devtools.readTimes).toHaveLength(reads);
    // Only the navigation listener the test added itself remains.
    expect(devtools.listeners()).toBe(1);
  });
});

describe('createNetworkSource in Firefox', () => {
  it('reads the log once, at once, and never again: not during a burst, not after a navigation', async () => {
    const devtools = fakeDevtools(FIREFOX_BACKFILL);
    devtools.log.push(entry('http://127.0.0.1/api/before-faultline'));
    const seen: CapturedRequest[] = [];
    devtools.source.subscribe((r) => seen.push(r));
    for (let t = 300; t <= 4000; t += 400) {
      await devtools.advanceTo(t);
      devtools.finish(entry(`http://127.0.0.1/api/live-${t}`));
    }
    devtools.navigate('http://127.0.0.1/next');
    await devtools.advanceTo(60_000);
    expect(devtools.readTimes).toEqual([0]);
    expect(seen.filter((r) => r.backfilled).map((r) => r.entry.request.url)).toEqual([
      'http://127.0.0.1/api/before-faultline',
    ]);
    expect(seen.filter((r) => !r.backfilled)).toHaveLength(10);
  });
});
