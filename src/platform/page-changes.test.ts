import { describe, expect, it } from 'vitest';
import type { PageChange } from '../core/session/page-change.ts';
import { placePageChange, watchPageChanges } from './page-changes.ts';

const url = 'https://app.example/orders?tab=2';
const at = Date.parse('2026-12-01T10:00:00.000Z');
const book = { receivedAt: at + 800, notBefore: at - 60_000, previousUrl: null };

describe('placePageChange', () => {
  it("takes the page's own start time and navigation type", () => {
    expect(placePageChange(url, { type: 'navigate', timeOrigin: at + 0.7, href: url }, book)).toEqual({
      at: at + 0.7,
      kind: 'navigate',
    });
    expect(placePageChange(url, { type: 'reload', timeOrigin: at, href: `${url}#top` }, book)).toEqual({
      at,
      kind: 'reload',
    });
    expect(placePageChange(url, { type: 'back_forward', timeOrigin: at, href: url }, book).kind).toBe(
      'navigate',
    );
  });

  it('falls back to when it heard of the change, and to the URL, when the answer cannot be believed', () => {
    const fallback = { at: book.receivedAt, kind: 'navigate' };
    // No answer (a page where scripts cannot run), nonsense, or a later document answering.
    expect(placePageChange(url, null, book)).toEqual(fallback);
    expect(placePageChange(url, 'x', book)).toEqual(fallback);
    expect(
      placePageChange(url, { type: 'reload', timeOrigin: at, href: 'https://app.example/next' }, book),
    ).toEqual(fallback);
    // Restored from the back/forward cache: the time origin of its first load, before the last change.
    expect(placePageChange(url, { type: 'navigate', timeOrigin: at - 120_000, href: url }, book)).toEqual(
      fallback,
    );
    // A clock far ahead.
    expect(placePageChange(url, { type: 'navigate', timeOrigin: at + 5000, href: url }, book)).toEqual(
      fallback,
    );
    expect(placePageChange(url, null, { ...book, previousUrl: `${url}#a` })).toEqual({
      at: book.receivedAt,
      kind: 'reload',
    });
  });
});

function fakeApi(answers: unknown[]) {
  const listeners = new Set<(url: string) => void>();
  let clock = at;
  return {
    api: {
      onNavigated: {
        addListener: (l: (url: string) => void) => listeners.add(l),
        removeListener: (l: (url: string) => void) => listeners.delete(l),
      },
      probe: () => {
        const answer = answers.shift();
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
      },
      now: () => clock,
    },
    navigate(to: string, after = 1000) {
      clock += after;
      listeners.forEach((l) => l(to));
    },
    listeners,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('watchPageChanges', () => {
  it('tells each change in order, placed and redacted, and stops when asked', async () => {
    const secret = 'https://app.example/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz';
    const fake = fakeApi([
      // The page shown when DevTools opened: loaded long before, no change to tell.
      { type: 'navigate', timeOrigin: at - 600_000, href: 'https://app.example/' },
      { type: 'navigate', timeOrigin: at + 900, href: secret },
      new Error('eval refused'),
      { type: 'reload', timeOrigin: at + 2500, href: url },
    ]);
    const seen: PageChange[] = [];
    const stop = watchPageChanges(fake.api, (c) => seen.push(c));
    fake.navigate(secret);
    fake.navigate(url);
    fake.navigate(url);
    await settle();
    expect(seen.map((c) => [c.kind, c.at])).toEqual([
      ['navigate', new Date(at + 900).toISOString()],
      ['navigate', new Date(at + 2000).toISOString()],
      ['reload', new Date(at + 2500).toISOString()],
    ]);
    expect(seen[0]?.url).not.toContain('SplxlOBeZQQYbYS6WxSbIA');
    expect(seen[0]?.url).toContain('https://app.example/cb?');
    stop();
    expect(fake.listeners.size).toBe(0);
  });

  it('tells the page DevTools opened on when it had only just started, once, not one from the cache', async () => {
    const started = { type: 'navigate', timeOrigin: at - 4000, href: url };
    const fake = fakeApi([started, started]);
    const seen: PageChange[] = [];
    watchPageChanges(fake.api, (c) => seen.push(c));
    await settle();
    expect(seen.map((c) => [c.kind, c.at])).toEqual([['navigate', new Date(at - 4000).toISOString()]]);
    // Its navigation announced late, as DevTools does on a busy machine: the same page, not told again.
    fake.navigate(url);
    await settle();
    expect(seen).toHaveLength(1);
    const later = fakeApi([
      new Error('eval refused'),
      { type: 'navigate', timeOrigin: at - 60_000, href: url },
    ]);
    const cached: PageChange[] = [];
    watchPageChanges(later.api, (c) => cached.push(c));
    later.navigate(url);
    await settle();
    expect(cached.map((c) => c.at)).toEqual([new Date(at + 1000).toISOString()]);
  });

  it('never places a change before the one it follows', async () => {
    const fake = fakeApi([
      null,
      { type: 'navigate', timeOrigin: at + 900, href: url },
      { type: 'navigate', timeOrigin: at + 500, href: url },
    ]);
    const seen: PageChange[] = [];
    watchPageChanges(fake.api, (c) => seen.push(c));
    fake.navigate(url);
    fake.navigate(url);
    await settle();
    expect(seen.map((c) => c.at)).toEqual([
      new Date(at + 900).toISOString(),
      new Date(at + 2000).toISOString(),
    ]);
    expect(seen[1]?.kind).toBe('reload');
  });
});
