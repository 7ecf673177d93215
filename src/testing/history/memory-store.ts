import { clampCap } from '../../core/history/cap.ts';
import { createChangeListeners, type ChangeListener } from '../../core/history/listeners.ts';
import { compareNewestFirst, pageOf } from '../../core/history/order.ts';
import { normalizeQuery, queryMatcher, type NormalizedQuery } from '../../core/history/query-match.ts';
import {
  DEFAULT_HISTORY_CAP,
  type HistoryChange,
  type HistoryRecord,
  type HistoryStore,
} from '../../core/history/record.ts';
import { checkRecords, validateRecord } from '../../core/history/validate.ts';
import { HistoryStoreError } from '../../core/history/store-error.ts';

/** What several memory stores share, as DevTools windows share one IndexedDB database. */
export interface MemoryHistory {
  /** Rows by id, validated on read like the database's: a test may put a corrupted one here. */
  readonly rows: Map<string, unknown>;
  /** One entry per open store, as each window has its own BroadcastChannel. */
  readonly windows: Set<ChangeListener>;
}

export function createMemoryHistory(): MemoryHistory {
  return { rows: new Map(), windows: new Set() };
}

export interface MemoryHistoryStoreOptions {
  cap?: number;
  /** Share rows with other stores, which then hear each other's changes as remote ones. */
  history?: MemoryHistory;
}

const isRecord = (record: HistoryRecord | null): record is HistoryRecord => record !== null;

/** The rows the time index would hold, oldest first: those whose `time` and `id` are strings. */
function oldestFirst(rows: Map<string, unknown>): string[] {
  const keyed: { time: string; id: string }[] = [];
  for (const [id, row] of rows) {
    const time = (row as { time?: unknown } | null)?.time;
    if (typeof time === 'string') keyed.push({ time, id });
  }
  return keyed.sort((a, b) => compareNewestFirst(b, a)).map((row) => row.id);
}

/**
 * The fake of the IndexedDB history store for panel tests: the same validation, cap, ordering, paging
 * and change notices, in memory. Every operation is atomic, as a readwrite transaction is.
 */
export function createMemoryHistoryStore(options: MemoryHistoryStoreOptions = {}): HistoryStore {
  const history = options.history ?? createMemoryHistory();
  let cap = clampCap(options.cap ?? DEFAULT_HISTORY_CAP);
  let closed = false;
  const listeners = createChangeListeners();
  const fromOtherWindow: ChangeListener = (change) => listeners.emit(change);
  history.windows.add(fromOtherWindow);

  const publish = (change: HistoryChange) => {
    listeners.emit(change);
    for (const other of history.windows) {
      if (other === fromOtherWindow) continue;
      // A BroadcastChannel message arrives in a later task, never during the writer's call.
      void Promise.resolve().then(() => history.windows.has(other) && other(change));
    }
  };
  const ensureOpen = () => {
    if (closed) throw new HistoryStoreError({ kind: 'closed' });
  };

  const pruneOldest = (count: number): number => {
    const victims = count > 0 ? oldestFirst(history.rows).slice(0, count) : [];
    for (const id of victims) history.rows.delete(id);
    return victims.length;
  };

  const matching = (normalized: NormalizedQuery): HistoryRecord[] => {
    const valid = [...history.rows.values()].map(validateRecord).filter(isRecord);
    const text = normalized.text;
    const exactId =
      text !== undefined && valid.some((record) => record.idValues.some((value) => value === text));
    return valid.filter(queryMatcher(normalized, exactId));
  };

  return {
    async append(records) {
      ensureOpen();
      const rows = checkRecords(records);
      if (rows.length === 0) return;
      for (const row of rows) history.rows.set(row.id, row);
      const pruned = pruneOldest(history.rows.size - cap);
      publish({ kind: 'appended', ids: rows.map((row) => row.id) });
      if (pruned > 0) publish({ kind: 'pruned', count: pruned, reason: 'cap' });
    },
    async query(query) {
      ensureOpen();
      const normalized = normalizeQuery(query);
      return pageOf(matching(normalized).sort(compareNewestFirst), normalized.limit);
    },
    async count(query) {
      ensureOpen();
      return query ? matching({ ...normalizeQuery(query), after: undefined }).length : history.rows.size;
    },
    async delete(ids) {
      ensureOpen();
      if (ids.length === 0) return;
      for (const id of ids) history.rows.delete(id);
      publish({ kind: 'deleted', ids: [...ids] });
    },
    async clear() {
      ensureOpen();
      history.rows.clear();
      publish({ kind: 'cleared' });
    },
    setCap(next) {
      // Applies at the next append, as in the IndexedDB store, which prunes only inside a write.
      cap = clampCap(next);
    },
    subscribe(listener) {
      return listeners.subscribe(listener);
    },
    close() {
      closed = true;
      history.windows.delete(fromOtherWindow);
      listeners.clear();
    },
  };
}
