import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryQuery, HistoryStore } from '../core/history/record.ts';
import { createMemoryHistoryStore } from '../testing/history/memory-store.ts';
import { sampleRecord } from '../testing/history/sample-record.ts';
import { createHistoryState } from './history-state.ts';

/** A store whose queries wait until the test lets each one through, to interleave them at will. */
function heldStore(inner: HistoryStore) {
  const held: { query: HistoryQuery; release: () => void }[] = [];
  const store: HistoryStore = {
    ...inner,
    query: (query) =>
      new Promise((resolve, reject) => {
        held.push({ query, release: () => inner.query(query).then(resolve, reject) });
      }),
  };
  return { store, held };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createHistoryState', () => {
  beforeEach(() => vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0)));
  afterEach(() => vi.unstubAllGlobals());

  it('reads page after page as the table comes near the end, until every record is loaded', async () => {
    const inner = createMemoryHistoryStore();
    await inner.append(Array.from({ length: 450 }, (_, n) => sampleRecord(n)));
    const state = createHistoryState(inner);
    await state.reload();
    expect(state.records.value).toHaveLength(200);
    expect(state.more.value).toBe(true);
    state.reach(10);
    await settle();
    expect(state.records.value).toHaveLength(200);
    for (let i = 0; i < 3; i++) {
      state.reach(state.records.value.length - 1);
      await settle();
    }
    expect(state.records.value).toHaveLength(450);
    expect(state.more.value).toBe(false);
    expect(new Set(state.records.value.map((r) => r.id)).size).toBe(450);
    state.records.value.forEach((record, i) => expect(state.indexOf(record.id)).toBe(i));
    expect([state.indexOf(null), state.indexOf('not-a-record')]).toEqual([-1, -1]);
    state.setFilterText('status:503');
    await settle();
    expect(state.indexOf(state.records.value[0]!.id)).toBe(0);
    expect(state.records.value.map((r) => state.indexOf(r.id))).toEqual(state.records.value.map((_, i) => i));
  });

  it('knows how many records match before they are read', async () => {
    const inner = createMemoryHistoryStore();
    await inner.append(Array.from({ length: 3000 }, (_, n) => sampleRecord(n)));
    const state = createHistoryState(inner);
    await state.reload();
    expect([state.records.value.length, state.matching.value]).toEqual([200, 3000]);
    state.setFilterText('items/1');
    expect(state.matching.value).toBeNull();
    await settle();
    // items/1, 10-19, 100-199, 1000-1999
    expect([state.records.value.length, state.matching.value]).toEqual([200, 1111]);
  });

  it('stops the count of a filter the user has moved on from', async () => {
    const inner = createMemoryHistoryStore();
    await inner.append(Array.from({ length: 450 }, (_, n) => sampleRecord(n)));
    const signals: (AbortSignal | undefined)[] = [];
    const state = createHistoryState({
      ...inner,
      count: (query, signal) => {
        if (query) signals.push(signal);
        // The first filter's count is still going when the user types the next one.
        return query && signals.length === 1
          ? new Promise<number>(() => undefined)
          : inner.count(query, signal);
      },
    });
    await state.reload();
    // Nothing filters: the history's own count, with the first page, and no count of matches.
    expect(state.matching.value).toBe(450);
    expect(signals).toEqual([]);
    state.setFilterText('status:5xx');
    await settle();
    state.setFilterText('status:4xx');
    await settle();
    expect(signals.map((s) => s?.aborted)).toEqual([true, false]);
    expect(state.matching.value).toBe(338);
  });

  it('drops a page that comes back after the filter changed', async () => {
    const inner = createMemoryHistoryStore();
    await inner.append(Array.from({ length: 400 }, (_, n) => sampleRecord(n)));
    const { store, held } = heldStore(inner);
    const state = createHistoryState(store);
    const first = state.reload();
    held.shift()!.release();
    await first;
    state.reach(199);
    const stale = held.shift()!;
    expect(stale.query.cursor).toBeDefined();
    state.setFilterText('status:503');
    const fresh = held.shift()!;
    fresh.release();
    await settle();
    stale.release();
    await settle();
    expect(state.records.value.length).toBe(100);
    expect(state.records.value.every((r) => r.status === 503)).toBe(true);
  });

  it('says why a page could not be read, instead of rejecting unseen', async () => {
    const inner = createMemoryHistoryStore();
    await inner.append(Array.from({ length: 300 }, (_, n) => sampleRecord(n)));
    const state = createHistoryState({
      ...inner,
      query: (q) => (q.cursor ? Promise.reject(new Error('disk on fire')) : inner.query(q)),
    });
    await state.reload();
    state.reach(199);
    await settle();
    expect(state.notice.value).toEqual({ kind: 'failed', detail: 'disk on fire' });
    expect(state.records.value).toHaveLength(200);
  });

  it("tells the store's own problems as data, for the view to word in the user's language", async () => {
    const inner = createMemoryHistoryStore();
    const state = createHistoryState(inner);
    inner.close();
    await state.reload();
    expect(state.notice.value).toEqual({ kind: 'problem', problem: { kind: 'closed' } });
  });

  it('selects with the gestures of a list, and keeps what is still there after a reload', async () => {
    const inner = createMemoryHistoryStore();
    await inner.append(Array.from({ length: 5 }, (_, n) => sampleRecord(n)));
    const state = createHistoryState(inner);
    await state.reload();
    const [a, b, c] = state.records.value.map((r) => r.id);
    state.pick(a!, 'only');
    state.pick(c!, 'range');
    expect([...state.selection.value.chosen].sort()).toEqual([a, b, c].sort());
    await state.remove([b!]);
    expect([...state.selection.value.chosen].sort()).toEqual([a, c].sort());
    state.selectAll();
    expect(state.selection.value.chosen.size).toBe(4);
  });
});
