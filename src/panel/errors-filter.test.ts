import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aFinding } from '../testing/finding.ts';
import { createSession } from '../core/session/session.ts';
import { createErrorsFilter } from './errors-filter.ts';
import { nextTask } from './next-task.ts';
import { createFindingsStore, type EntriesChange } from './findings-store.ts';

const finding = (status: number, url: string) => aFinding({ status, url });

const frame = () => new Promise((resolve) => setTimeout(resolve, 5));

function setup() {
  const session = createSession();
  session.add(finding(429, 'https://api.contoso.com/a'));
  session.add(finding(500, 'https://api.fabrikam.com/b'));
  session.add(finding(404, 'https://graph.contoso.com/c'));
  const store = createFindingsStore(session);
  const filter = createErrorsFilter(store);
  const changes: EntriesChange['kind'][] = [];
  filter.onChange((c) => changes.push(c.kind));
  const urls = () => filter.shown.value.map((e) => e.finding.url.split('/')[2]);
  return { session, store, filter, changes, urls };
}

describe('createErrorsFilter', () => {
  beforeEach(() => vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0)));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the store list itself while nothing filters', async () => {
    const { store, filter } = setup();
    await frame();
    expect(filter.shown.value).toBe(store.entries.value);
    filter.setText('status:abc');
    expect(filter.shown.value).toBe(store.entries.value);
  });

  it('filters what is there, newest first, and follows new arrivals live', async () => {
    const { session, filter, changes, urls } = setup();
    await frame();
    filter.setText('host:*.contoso.com');
    expect(urls()).toEqual(['graph.contoso.com', 'api.contoso.com']);
    session.add(finding(503, 'https://x.contoso.com/d'));
    session.add(finding(503, 'https://api.fabrikam.com/e'));
    await frame();
    expect(urls()).toEqual(['x.contoso.com', 'graph.contoso.com', 'api.contoso.com']);
    expect(changes).toEqual(['reset', 'added']);
    filter.setText('host:*.contoso.com -status:5xx');
    expect(urls()).toEqual(['graph.contoso.com', 'api.contoso.com']);
  });

  it('starts over when the store is cleared', async () => {
    const { store, filter, changes } = setup();
    await frame();
    filter.setText('contoso');
    store.clear();
    expect(filter.shown.value).toEqual([]);
    expect(changes.at(-1)).toBe('reset');
  });

  it('a filter that changes nothing that filters does not filter again', async () => {
    const { filter, changes } = setup();
    await frame();
    filter.setText('status:5xx');
    const before = filter.shown.value;
    filter.setText('status:5xx   code:');
    expect(filter.shown.value).toBe(before);
    expect(filter.text.value).toBe('status:5xx   code:');
    expect(changes).toEqual(['reset']);
  });

  describe('in slices, as at 10^5 findings', () => {
    async function sliced(count: number) {
      const session = createSession();
      for (let n = 0; n < count; n++)
        session.add(finding(n % 4 === 0 ? 404 : 500, `https://h${n % 3}.test/${n}`));
      const store = createFindingsStore(session);
      await vi.waitFor(() => expect(store.entries.value).toHaveLength(count));
      // Yields after every look at the clock.
      const filter = createErrorsFilter(store, { sliceMs: 0 });
      const idle = () => vi.waitFor(() => expect(filter.busy.value).toBe(false));
      const wanted = (keep: (url: string, status: number) => boolean) =>
        store.entries.value.filter((e) => keep(e.finding.url, e.finding.status));
      return { session, store, filter, idle, wanted };
    }

    it('keeps the previous rows until the pass ends, then shows exactly the matches', async () => {
      const { store, filter, idle, wanted } = await sliced(5000);
      filter.setText('status:404');
      expect(filter.busy.value).toBe(true);
      expect(filter.shown.value).toBe(store.entries.value);
      await idle();
      expect(filter.shown.value).toEqual(wanted((_, status) => status === 404));
    });

    it('drops a pass when the next keystroke comes, and shows the last filter only', async () => {
      const { filter, idle, wanted } = await sliced(5000);
      filter.setText('status:404');
      await nextTask();
      filter.setText('status:404 host:h1.test');
      await idle();
      expect(filter.shown.value).toEqual(
        wanted((url, status) => status === 404 && url.startsWith('https://h1.test/')),
      );
    });

    it('adds what arrives during a pass', async () => {
      const { session, filter, idle, wanted } = await sliced(5000);
      filter.setText('host:h2.test');
      session.add(finding(404, 'https://h2.test/late'));
      session.add(finding(404, 'https://h0.test/late'));
      await idle();
      const shown = filter.shown.value.map((e) => e.finding.url);
      expect(shown[0]).toBe('https://h2.test/late');
      expect(shown).toEqual(wanted((url) => url.startsWith('https://h2.test/')).map((e) => e.finding.url));
    });
  });
});
