import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HistoryRecord } from '../core/history/record.ts';
import { HistoryStoreError } from '../core/history/store-error.ts';

/** The database's own version: bumped when stores or indexes change, not when the record shape does. */
export const HISTORY_DB_VERSION = 3;
export const RECORDS = 'records';
export const META = 'meta';
/**
 * How many records the history holds, kept by every write in its own transaction: IndexedDB counts by
 * reading every key (at 10^5 records 100 ms in Chromium, 340 ms through an index), which held up the
 * first page of the History view and every append, pruned to the cap by a count.
 */
export const RECORD_COUNT = 'recordCount';

/**
 * A record as stored: with lower-cased copies of code and host, because an index cannot lower-case and
 * the code and host filters are case-insensitive. A null code has no key, so no entry in its index.
 */
export type HistoryRow = HistoryRecord & { codeKey?: string; hostKey: string };

/**
 * Every ordered index ends in (time, id), the history's one order, so a page starts with a key range
 * bounded by the previous page's last (time, id) and a filter by code, host or family reads only
 * its own records, newest first.
 */
export interface HistoryDb extends DBSchema {
  records: {
    key: string;
    value: HistoryRow;
    indexes: {
      time: [string, string];
      code: [string, string, string];
      host: [string, string, string];
      family: [string, string, string];
      /** Counts a status or status class filter without reading a record; not an order to page by. */
      status: [number, string, string];
      idValues: string;
    };
  };
  meta: {
    key: typeof RECORD_COUNT;
    value: number;
  };
}

/** The DOMException name, read without instanceof: errors may come from another realm or a fake. */
export const errorName = (error: unknown): unknown => (error as { name?: unknown } | null)?.name;

export type OrderedIndex = 'time' | 'code' | 'host' | 'family';

/** The records the history holds, as its writes counted them. */
export async function recordCount(db: IDBPDatabase<HistoryDb>): Promise<number> {
  return (await db.get(META, RECORD_COUNT)) ?? 0;
}

export function toRow(record: HistoryRecord): HistoryRow {
  const row: HistoryRow = { ...record, hostKey: record.host.toLowerCase() };
  if (record.code !== null) row.codeKey = record.code.toLowerCase();
  return row;
}

export interface ConnectionEvents {
  /** Another connection wants to upgrade or delete the database: this one must let go. */
  onVersionChange(): void;
  /** The browser closed the connection: storage cleared, or the disk failed. */
  onTerminated(): void;
}

/**
 * Opens (creating or upgrading) the history database. Rejects with a clear message instead of waiting
 * for ever when an older window will not let go, or when a newer Faultline already upgraded it.
 */
export function openHistoryDb(name: string, events: ConnectionEvents): Promise<IDBPDatabase<HistoryDb>> {
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    openDB<HistoryDb>(name, HISTORY_DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, transaction) {
        if (oldVersion < 1) {
          const store = db.createObjectStore(RECORDS, { keyPath: 'id' });
          store.createIndex('time', ['time', 'id']);
          store.createIndex('code', ['codeKey', 'time', 'id']);
          store.createIndex('host', ['hostKey', 'time', 'id']);
          store.createIndex('family', ['family', 'time', 'id']);
          store.createIndex('idValues', 'idValues', { multiEntry: true });
        }
        // Records of version 1 are indexed as the upgrade runs: every record has a status.
        if (oldVersion < 2) transaction.objectStore(RECORDS).createIndex('status', ['status', 'time', 'id']);
        // Counted once, as the upgrade runs; from then on each write keeps the count.
        if (oldVersion < 3) {
          const meta = db.createObjectStore(META);
          void transaction
            .objectStore(RECORDS)
            .count()
            .then((count) => meta.put(count, RECORD_COUNT));
        }
      },
      blocked() {
        gaveUp = true;
        reject(new HistoryStoreError({ kind: 'blocked' }));
      },
      blocking: () => events.onVersionChange(),
      terminated: () => events.onTerminated(),
    }).then(
      (db) => (gaveUp ? db.close() : resolve(db)),
      (error: unknown) => {
        reject(
          errorName(error) === 'VersionError'
            ? new HistoryStoreError({ kind: 'newer', version: HISTORY_DB_VERSION }, { cause: error })
            : error,
        );
      },
    );
  });
}
