import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareNewestFirst } from '../../../src/core/history/order.ts';
import {
  DEFAULT_HISTORY_CAP,
  type HistoryChange,
  type HistoryRecord,
  type HistoryStore,
} from '../../../src/core/history/record.ts';
import { sampleRecord } from '../../../src/testing/history/sample-record.ts';
import { queryCases, readAll } from './store-contract-queries.ts';

export interface OpenedHistory {
  store: HistoryStore;
  /** Another handle on the same history, as a second DevTools window opens. */
  connect(): Promise<HistoryStore>;
  /** Writes a row as it is, past validation: a corrupted row, or one of another schema. */
  writeRaw(row: unknown): Promise<void>;
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const records = (ns: number[]) => ns.map((n) => sampleRecord(n));
const idsOf = (rs: HistoryRecord[]) => rs.map((r) => r.id);
const newestFirst = (rs: HistoryRecord[]) => idsOf([...rs].sort(compareNewestFirst));

function recorder(store: HistoryStore): HistoryChange[] {
  const changes: HistoryChange[] = [];
  store.subscribe((change) => changes.push(change));
  return changes;
}

/**
 * What every HistoryStore does, asserted on outcomes, so the IndexedDB store and the fake the panel
 * tests use cannot drift apart. `openHistory` gives a new, empty history with the given cap.
 */
export function historyStoreContract(
  name: string,
  openHistory: (cap: number) => Promise<OpenedHistory>,
): void {
  describe(`HistoryStore contract: ${name}`, () => {
    const opened: HistoryStore[] = [];
    afterEach(() => opened.splice(0).forEach((store) => store.close()));
    const open = async (cap = DEFAULT_HISTORY_CAP) => {
      const history = await openHistory(cap);
      opened.push(history.store);
      const connect = async () => {
        const other = await history.connect();
        opened.push(other);
        return other;
      };
      return { ...history, connect };
    };

    it('starts empty', async () => {
      const { store } = await open();
      expect(await store.query({})).toEqual({ records: [] });
      expect(await store.count()).toBe(0);
    });

    it('lists newest first by time, then by id, whatever the order of appends', async () => {
      const { store } = await open();
      const tied = [
        sampleRecord(10, { id: 'tie-b' }),
        sampleRecord(11, { id: 'tie-a', time: sampleRecord(10).time }),
      ];
      await store.append(records([5, 1, 3]));
      await store.append([tied[1]!, ...records([0, 4])]);
      await store.append([tied[0]!, sampleRecord(2)]);
      const expected = ['tie-b', 'tie-a', ...idsOf(records([5, 4, 3, 2, 1, 0]))];
      expect(idsOf((await store.query({})).records)).toEqual(expected);
    });

    it.each([
      ['a batch over the cap keeps its newest', 3, [], range(0, 5), range(2, 3)],
      ['old records make room for new ones', 5, range(0, 3), range(3, 4), range(2, 5)],
      ['records older than all kept ones go at once', 5, range(10, 5), range(0, 2), range(10, 5)],
    ])('prunes to the cap in the same append: %s', async (_name, cap, before, batch, kept) => {
      const { store } = await open(cap);
      await store.append(records(before));
      const changes = recorder(store);
      await store.append(records(batch));
      expect(await store.count()).toBe(kept.length);
      expect(idsOf((await store.query({})).records)).toEqual(newestFirst(records(kept)));
      const pruned = before.length + batch.length - kept.length;
      expect(changes).toEqual([
        { kind: 'appended', ids: idsOf(records(batch)) },
        { kind: 'pruned', count: pruned, reason: 'cap' },
      ]);
    });

    it('applies a lowered cap at the next append', async () => {
      const { store } = await open(10);
      await store.append(records(range(0, 8)));
      store.setCap(5);
      expect(await store.count()).toBe(8);
      await store.append(records([8]));
      expect(idsOf((await store.query({})).records)).toEqual(newestFirst(records(range(4, 5))));
    });

    it('refuses a batch with one invalid record whole', async () => {
      const { store } = await open();
      const changes = recorder(store);
      const bad = { ...sampleRecord(1), status: '500' } as unknown as HistoryRecord;
      await expect(store.append([sampleRecord(0), bad])).rejects.toThrow(TypeError);
      expect(await store.count()).toBe(0);
      expect(changes).toEqual([]);
    });

    it('pages through every record exactly once, ties in time included', async () => {
      const { store } = await open();
      const tiedTime = sampleRecord(100).time;
      const all = [
        ...records(range(0, 200)),
        ...range(0, 57).map((i) => sampleRecord(100, { id: `tie-${i}`, time: tiedTime })),
      ];
      // 101 and 257 are coprime: a fixed permutation of all 257 records.
      const shuffled = all.map((_, i) => all[(i * 101) % all.length]!);
      for (let i = 0; i < shuffled.length; i += 50) await store.append(shuffled.slice(i, i + 50));
      expect(await readAll(store, {}, 40)).toEqual(newestFirst(all));
      const denied = all.filter((r) => r.code === 'AuthorizationFailed');
      expect(await readAll(store, { code: 'AuthorizationFailed' }, 7)).toEqual(newestFirst(denied));
    });

    it('keeps a cursor valid while newer records arrive', async () => {
      const { store } = await open();
      await store.append(records(range(0, 30)));
      const first = await store.query({ limit: 10 });
      await store.append(records(range(30, 5)));
      const second = await store.query({ limit: 10, cursor: first.next! });
      expect(idsOf(second.records)).toEqual(newestFirst(records(range(0, 30))).slice(10, 20));
    });

    it('rejects a cursor it did not make', async () => {
      const { store } = await open();
      await expect(store.query({ cursor: 'not-a-cursor' })).rejects.toThrow(TypeError);
    });

    describe('filters and search', () => queryCases(async () => (await open()).store));

    it('deletes records by id and clears, telling subscribers', async () => {
      const { store } = await open();
      await store.append(records(range(0, 5)));
      const changes = recorder(store);
      const [a, b] = idsOf(records([1, 3]));
      await store.delete([a!, b!, 'no-such-id']);
      await store.delete([]);
      expect(idsOf((await store.query({})).records)).toEqual(newestFirst(records([0, 2, 4])));
      await store.clear();
      expect(await store.count()).toBe(0);
      expect(changes).toEqual([{ kind: 'deleted', ids: [a, b, 'no-such-id'] }, { kind: 'cleared' }]);
    });

    it('counts exactly what it holds through every kind of write', async () => {
      const { store } = await open(30);
      const holds = async (n: number) => {
        expect(await store.count()).toBe(n);
        expect(await store.count({})).toBe(n);
        expect(await readAll(store, {}, 7)).toHaveLength(n);
      };
      await store.append(records(range(0, 10)));
      await holds(10);
      // Appended again, and twice in one batch: a record is stored once, and counted once.
      await store.append(records([...range(5, 10), 12, 12]));
      await holds(15);
      await store.delete([...idsOf(records([0, 1, 1])), 'no-such-id']);
      await holds(13);
      // Past the cap of 30: the oldest go, in the same write.
      await store.append(records(range(100, 25)));
      await holds(30);
      await store.clear();
      await holds(0);
      await store.append(records([7]));
      await holds(1);
    });

    it('tells a listener once per change, until it unsubscribes', async () => {
      const { store } = await open();
      const listener = vi.fn();
      const unsubscribe = store.subscribe(listener);
      store.subscribe(listener);
      await store.append(records([0]));
      expect(listener).toHaveBeenCalledTimes(1);
      unsubscribe();
      unsubscribe();
      await store.append(records([1]));
      expect(listener).toHaveBeenCalledTimes(1);
    });

    it("hears another window's changes, once each, and sees its records", async () => {
      const history = await open();
      const other = await history.connect();
      const mine = recorder(history.store);
      const theirs = recorder(other);
      await history.store.append(records([0, 1]));
      await history.store.delete([sampleRecord(0).id]);
      await history.store.clear();
      const expected = [
        { kind: 'appended', ids: idsOf(records([0, 1])) },
        { kind: 'deleted', ids: [sampleRecord(0).id] },
        { kind: 'cleared' },
      ];
      await vi.waitFor(() => expect(theirs).toEqual(expected));
      expect(mine).toEqual(expected);
      await other.append(records([2]));
      expect(idsOf((await history.store.query({})).records)).toEqual(idsOf(records([2])));
    });

    it('loses nothing when two windows append 1 000 records each at once', async () => {
      const history = await open();
      const other = await history.connect();
      const write = async (store: HistoryStore, from: number) => {
        for (let i = 0; i < 1000; i += 50) await store.append(records(range(from + i, 50)));
      };
      await Promise.all([write(history.store, 0), write(other, 1000)]);
      expect(await history.store.count()).toBe(2000);
      expect(new Set(await readAll(other, {}, 500)).size).toBe(2000);
    });

    it('pages a filter that skips most records, each match once, in order', async () => {
      const { store } = await open(5000);
      const all = range(0, 1200).map((n) => sampleRecord(n, n % 41 === 0 ? { message: 'rare' } : {}));
      await store.append(all);
      const rare = all.filter((_, n) => n % 41 === 0);
      expect(await readAll(store, { filter: 'rare' }, 5)).toEqual(newestFirst(rare));
      expect(await readAll(store, { status: 5 }, 50)).toEqual(
        newestFirst(all.filter((r) => r.status === 503)),
      );
      expect(await readAll(store, { filter: 'nothing-matches-this' }, 5)).toEqual([]);
    });

    it('skips rows it cannot read, never failing the query', async () => {
      const history = await open();
      await history.store.append(records([0, 3]));
      const corrupted = [
        { ...sampleRecord(1), status: 'oops' },
        { ...sampleRecord(2), schema: 99 },
        { ...sampleRecord(4), correlationIds: [{ name: 1 }] },
        { id: 'bare', time: sampleRecord(5).time },
      ];
      for (const row of corrupted) await history.writeRaw(row);
      expect(await readAll(history.store, {}, 1)).toEqual(newestFirst(records([0, 3])));
      expect((await history.store.query({ text: sampleRecord(1).idValues[0]! })).records).toEqual([]);
      expect((await history.store.query({ status: 4 })).records.length).toBe(1);
    });

    it('refuses every call once closed', async () => {
      const { store } = await open();
      store.close();
      await expect(store.append(records([0]))).rejects.toThrow(/closed/);
      await expect(store.query({})).rejects.toThrow(/closed/);
    });
  });
}
