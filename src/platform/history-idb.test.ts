import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryChange, HistoryStore } from '../core/history/record.ts';
import { sampleRecord } from '../testing/history/sample-record.ts';
import { historyStoreContract } from '../../e2e/support/history-store/store-contract.ts';
import { HISTORY_DB_VERSION, toRow } from './history-idb-schema.ts';
import { openHistoryStore } from './history-idb.ts';

let databases = 0;
/** A database and channel of its own, so tests running side by side never hear each other. */
const fresh = () => {
  const name = `history-test-${++databases}`;
  return { name, channel: `${name}-channel` };
};

historyStoreContract('IndexedDB (fake-indexeddb)', async (cap) => {
  const where = fresh();
  return {
    store: await openHistoryStore({ ...where, cap }),
    connect: () => openHistoryStore({ ...where, cap }),
    writeRaw: async (row) => {
      const db = await openDB(where.name);
      await db.put('records', row);
      db.close();
    },
  };
});

const opened: HistoryStore[] = [];
afterEach(() => {
  opened.splice(0).forEach((store) => store.close());
  vi.restoreAllMocks();
});
async function open(options: { name: string; channel: string; cap?: number }) {
  const store = await openHistoryStore(options);
  opened.push(store);
  const changes: HistoryChange[] = [];
  store.subscribe((change) => changes.push(change));
  return { store, changes };
}
const batch = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => sampleRecord(from + i));

/**
 * Makes the next `times` puts of records fail as a full disk does: the request errors with
 * QuotaExceededError and, that error not being handled, the transaction aborts with it. The count's
 * one number, written after the oldest records are deleted, still fits.
 */
function refusePuts(times: number) {
  let left = times;
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name !== 'records' || left-- <= 0) return put.apply(this, args);
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    // fake-indexeddb's own way to run a request: the error then takes the path a real one does.
    const tx = this.transaction as unknown as { _execRequestAsync(r: object): ReturnType<typeof put> };
    return tx._execRequestAsync({ operation: refuse, source: this });
  });
}

describe('IndexedDB history: quota', () => {
  it('prunes the oldest, retries once and tells why', async () => {
    const where = fresh();
    const { store, changes } = await open({ ...where, cap: 100 });
    await store.append(batch(0, 50));
    changes.length = 0;
    refusePuts(1);
    await store.append(batch(50, 5));
    expect(await store.count()).toBe(45);
    expect(changes).toEqual([
      { kind: 'pruned', count: 10, reason: 'quota' },
      { kind: 'appended', ids: batch(50, 5).map((r) => r.id) },
    ]);
  });

  it('rejects with a clear message when the retry is refused too, the history intact', async () => {
    const where = fresh();
    const { store, changes } = await open({ ...where, cap: 100 });
    await store.append(batch(0, 50));
    changes.length = 0;
    refusePuts(Infinity);
    await expect(store.append(batch(50, 20))).rejects.toThrow(
      /history is full.*20 new records.*20 oldest were removed.*Nothing from this batch was saved/,
    );
    vi.restoreAllMocks();
    const left = (await store.query({ limit: 100 })).records.map((r) => r.id);
    expect(left).toEqual(
      batch(20, 30)
        .map((r) => r.id)
        .reverse(),
    );
    expect(changes).toEqual([{ kind: 'pruned', count: 20, reason: 'quota' }]);
  });

  it('writes nothing of a batch whose transaction fails half-way', async () => {
    const { store, changes } = await open(fresh());
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 3) throw new DOMException('Injected failure', 'UnknownError');
      return put.apply(this, args);
    });
    await expect(store.append(batch(0, 5))).rejects.toThrow('Injected failure');
    expect(await store.count()).toBe(0);
    expect(changes).toEqual([]);
  });
});

describe('IndexedDB history: versions and lost connections', () => {
  it('indexes the statuses of a version 1 history as it upgrades it, and counts them', async () => {
    const where = fresh();
    const v1 = await openDB(where.name, 1, {
      upgrade(db) {
        const store = db.createObjectStore('records', { keyPath: 'id' });
        store.createIndex('time', ['time', 'id']);
        store.createIndex('code', ['codeKey', 'time', 'id']);
        store.createIndex('host', ['hostKey', 'time', 'id']);
        store.createIndex('family', ['family', 'time', 'id']);
        store.createIndex('idValues', 'idValues', { multiEntry: true });
      },
    });
    for (const record of batch(0, 40)) await v1.put('records', toRow(record));
    v1.close();
    const { store } = await open(where);
    expect(await store.count({ status: 4 })).toBe(30);
    expect(await store.count({ status: 503 })).toBe(10);
    expect((await store.query({ status: 5, limit: 100 })).records).toHaveLength(10);
    expect(await store.count()).toBe(40);
  });

  it('counts the records of a version 2 history once, as it upgrades it, and keeps the count from then on', async () => {
    const where = fresh();
    const v2 = await openDB(where.name, 2, {
      upgrade(db) {
        const store = db.createObjectStore('records', { keyPath: 'id' });
        store.createIndex('time', ['time', 'id']);
        store.createIndex('status', ['status', 'time', 'id']);
      },
    });
    for (const record of batch(0, 25)) await v2.put('records', toRow(record));
    v2.close();
    const { store } = await open(where);
    expect(await store.count()).toBe(25);
    expect(await store.count({})).toBe(25);
    await store.append(batch(20, 10));
    expect(await store.count()).toBe(30);
  });

  it('stops a count that reads every record when told to', async () => {
    const { store } = await open(fresh());
    await store.append(batch(0, 1200));
    const stop = new AbortController();
    const counting = store.count({ filter: 'items' }, stop.signal);
    stop.abort(new Error('filter changed'));
    await expect(counting).rejects.toThrow('filter changed');
    expect(await store.count({ filter: 'items/11' })).toBe(111);
  });

  it('refuses to open a database a newer Faultline wrote, without hanging', async () => {
    const where = fresh();
    (await openDB(where.name, HISTORY_DB_VERSION + 1)).close();
    await expect(openHistoryStore(where)).rejects.toThrow(/written by a newer Faultline/);
  });

  it('lets go when another window upgrades, and says so', async () => {
    const where = fresh();
    const { store, changes } = await open(where);
    const newer = await openDB(where.name, HISTORY_DB_VERSION + 1);
    newer.close();
    expect(changes).toEqual([{ kind: 'closed', reason: 'upgrade' }]);
    await expect(store.count()).rejects.toThrow(/upgrading or deleting/);
  });

  it('says so when the browser closes the connection', async () => {
    const connections: IDBDatabase[] = [];
    const realOpen = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open').mockImplementation((name, version) => {
      const request = realOpen(name, version);
      request.addEventListener('success', () => connections.push(request.result));
      return request;
    });
    const { store, changes } = await open(fresh());
    connections.forEach((db) => forceCloseDatabase(db as never));
    expect(changes).toEqual([{ kind: 'closed', reason: 'terminated' }]);
    await expect(store.query({})).rejects.toThrow(/The browser closed/);
  });
});

describe('IndexedDB history: the channel between windows', () => {
  it('ignores messages that are not changes', async () => {
    const where = fresh();
    const { changes } = await open(where);
    const other = new BroadcastChannel(where.channel);
    other.postMessage({ kind: 'appended', ids: 'not-a-list' });
    other.postMessage({ kind: 'closed', reason: 'upgrade', message: 'spoofed' });
    other.postMessage('hello');
    other.postMessage({ kind: 'cleared' });
    await vi.waitFor(() => expect(changes).toEqual([{ kind: 'cleared' }]));
    other.close();
  });
});
