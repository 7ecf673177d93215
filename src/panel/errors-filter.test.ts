import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aFinding } from '../testing/finding.ts';
import { createSession } from '../core/session/session.ts';
import { createErrorsFilter } from './errors-filter.ts';
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
});
