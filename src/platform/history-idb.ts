import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { clampCap, quotaPruneCount } from '../core/history/cap.ts';
import { createChangeListeners } from '../core/history/listeners.ts';
import {
  DEFAULT_HISTORY_CAP,
  type HistoryChange,
  type HistoryRecord,
  type HistoryStore,
} from '../core/history/record.ts';
import { checkRecords, validateRemoteChange } from '../core/history/validate.ts';
import { HistoryStoreError } from '../core/history/store-error.ts';
import { countRecords, queryRecords } from './history-idb-query.ts';
import {
  errorName,
  META,
  openHistoryDb,
  RECORD_COUNT,
  recordCount,
  RECORDS,
  toRow,
  type HistoryDb,
} from './history-idb-schema.ts';

export const DEFAULT_HISTORY_DB = 'faultline-history';
export const DEFAULT_HISTORY_CHANNEL = 'faultline-history';

export interface HistoryStoreOptions {
  /** Database name; tests use their own. */
  name?: string;
  cap?: number;
  /** BroadcastChannel name the DevTools windows share. */
  channel?: string;
}

type Db = IDBPDatabase<HistoryDb>;
type Scope = (typeof RECORDS | typeof META)[];
type Store = IDBPObjectStore<HistoryDb, Scope, typeof RECORDS, 'readwrite'>;

/** The record count, changed in the transaction that adds or removes the records. */
interface Tally {
  read(): Promise<number>;
  write(count: number): Promise<unknown>;
}

/**
 * One readwrite transaction: it commits whole or not at all, records and count together. On failure the
 * transaction's own error is the one that says why (a quota refusal aborts it at commit, and its
 * requests then fail with AbortError).
 */
async function inTransaction<T>(db: Db, work: (store: Store, tally: Tally) => Promise<T>): Promise<T> {
  // Relaxed: the history is a convenience, and flushing to disk on every batch costs more than a crash
  // of the whole machine could lose.
  const tx = db.transaction([RECORDS, META], 'readwrite', { durability: 'relaxed' });
  const meta = tx.objectStore(META);
  const tally: Tally = {
    read: async () => (await meta.get(RECORD_COUNT)) ?? 0,
    write: (count) => meta.put(count, RECORD_COUNT),
  };
  try {
    const result = await work(tx.objectStore(RECORDS), tally);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request, or already committed.
    }
    await tx.done.catch(() => undefined);
    throw tx.error ?? error;
  }
}

/** Issues one request per item without waiting between them, then waits for them all. */
async function requestEach<T>(items: readonly T[], request: (item: T) => Promise<unknown>): Promise<void> {
  const issued: Promise<unknown>[] = [];
  try {
    for (const item of items) issued.push(request(item));
  } catch (error) {
    // A request that throws (a key or clone error) aborts the transaction, and those already issued then
    // fail with AbortError: they are handled here, as no one else waits for them.
    issued.forEach((pending) => pending.catch(() => undefined));
    throw error;
  }
  await Promise.all(issued);
}

/** Deletes the `count` oldest records through the time index; returns how many there were. */
async function deleteOldest(store: Store, count: number): Promise<number> {
  if (count <= 0) return 0;
  const ids = await store.index('time').getAllKeys(null, count);
  await requestEach(ids, (id) => store.delete(id));
  return ids.length;
}

/** How many of `ids` (each once) the store holds. */
async function heldOf(store: Store, ids: ReadonlySet<string>): Promise<number> {
  const counts = await Promise.all([...ids].map((id) => store.count(id)));
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Puts the batch and prunes to the cap in the same transaction; returns how many were pruned. */
const writeBatch = (db: Db, records: HistoryRecord[], cap: number) =>
  inTransaction(db, async (store, tally) => {
    const ids = new Set(records.map((record) => record.id));
    const [before, held] = await Promise.all([tally.read(), heldOf(store, ids)]);
    await requestEach(records, (record) => store.put(toRow(record)));
    const count = before + ids.size - held;
    const pruned = await deleteOldest(store, count - cap);
    await tally.write(count - pruned);
    return pruned;
  });

/** Deletes the `count` oldest records and counts them out. */
const pruneOldest = (db: Db, count: number) =>
  inTransaction(db, async (store, tally) => {
    const [before, freed] = await Promise.all([tally.read(), deleteOldest(store, count)]);
    await tally.write(before - freed);
    return freed;
  });

const historyFull = (batch: number, freed: number, cause: unknown) =>
  new HistoryStoreError({ kind: 'full', batch, freed }, { cause });

/**
 * The history in IndexedDB, shared by every DevTools window of the profile: writes are serialized by
 * IndexedDB, and each window hears the others' changes over a BroadcastChannel.
 */
export async function openHistoryStore(options: HistoryStoreOptions = {}): Promise<HistoryStore> {
  let cap = clampCap(options.cap ?? DEFAULT_HISTORY_CAP);
  const listeners = createChangeListeners();
  let closedBecause: 'upgrade' | 'terminated' | 'closed' | undefined;
  const db: Db = await openHistoryDb(options.name ?? DEFAULT_HISTORY_DB, {
    onVersionChange: () => letGo('upgrade'),
    onTerminated: () => letGo('terminated'),
  });
  const channel = new BroadcastChannel(options.channel ?? DEFAULT_HISTORY_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const change = validateRemoteChange(event.data);
    if (change) listeners.emit(change);
  };

  function letGo(reason: 'upgrade' | 'terminated') {
    if (closedBecause !== undefined) return;
    closedBecause = reason;
    db.close();
    channel.close();
    listeners.emit({ kind: 'closed', reason });
  }
  const live = (): Db => {
    if (closedBecause !== undefined) throw new HistoryStoreError({ kind: closedBecause });
    return db;
  };
  const publish = (change: HistoryChange) => {
    listeners.emit(change);
    // The write has committed even if this window let go of the database meanwhile.
    if (closedBecause === undefined) channel.postMessage(change);
  };

  const appendWithQuotaRetry = async (records: HistoryRecord[]): Promise<number> => {
    try {
      return await writeBatch(live(), records, cap);
    } catch (error) {
      if (errorName(error) !== 'QuotaExceededError') throw error;
    }
    let freed = 0;
    try {
      freed = await pruneOldest(live(), quotaPruneCount(cap, records.length));
      if (freed > 0) publish({ kind: 'pruned', count: freed, reason: 'quota' });
      return await writeBatch(live(), records, cap);
    } catch (error) {
      throw errorName(error) === 'QuotaExceededError' ? historyFull(records.length, freed, error) : error;
    }
  };

  return {
    async append(records) {
      const rows = checkRecords(records);
      if (rows.length === 0) return;
      const pruned = await appendWithQuotaRetry(rows);
      publish({ kind: 'appended', ids: rows.map((row) => row.id) });
      if (pruned > 0) publish({ kind: 'pruned', count: pruned, reason: 'cap' });
    },
    async query(query) {
      return queryRecords(live(), query);
    },
    async count(query, signal) {
      return query ? countRecords(live(), query, signal) : recordCount(live());
    },
    async delete(ids) {
      if (ids.length === 0) return;
      await inTransaction(live(), async (store, tally) => {
        const [before, held] = await Promise.all([tally.read(), heldOf(store, new Set(ids))]);
        await requestEach(ids, (id) => store.delete(id));
        await tally.write(before - held);
      });
      publish({ kind: 'deleted', ids: [...ids] });
    },
    async clear() {
      await inTransaction(live(), async (store, tally) => {
        await store.clear();
        await tally.write(0);
      });
      publish({ kind: 'cleared' });
    },
    setCap(next) {
      // Applies at the next append, which prunes in the same transaction as it writes.
      cap = clampCap(next);
    },
    subscribe(listener) {
      return listeners.subscribe(listener);
    },
    close() {
      if (closedBecause === undefined) {
        closedBecause = 'closed';
        db.close();
        channel.close();
      }
      listeners.clear();
    },
  };
}
