import type { IDBPDatabase, IDBPIndex, IDBPTransaction } from 'idb';
import { compareNewestFirst, pageOf } from '../core/history/order.ts';
import {
  keepsEverything,
  normalizeQuery,
  pinnedValue,
  queryMatcher,
  type NormalizedQuery,
} from '../core/history/query-match.ts';
import type { HistoryPage, HistoryQuery, HistoryRecord } from '../core/history/record.ts';
import { validateRecord } from '../core/history/validate.ts';
import { recordCount, RECORDS, type HistoryDb, type OrderedIndex } from './history-idb-schema.ts';

// In IndexedDB's key order an array sorts after every string: [..., []] is above any (time, id). A new
// array each time: one key may not hold the same array twice.
const aboveAll = (): IDBValidKey => [];

const isRecord = (record: HistoryRecord | null): record is HistoryRecord => record !== null;

/** The narrowest ordered index for the query, and the key prefix that selects its records. */
function indexFor(query: NormalizedQuery): [OrderedIndex, IDBValidKey[]] {
  const code = query.code ?? pinnedValue(query.filter, 'code');
  if (code !== undefined) return ['code', [code]];
  const host = query.host ?? pinnedValue(query.filter, 'host');
  if (host !== undefined) return ['host', [host]];
  if (query.family !== undefined) return ['family', [query.family]];
  return ['time', []];
}

/** Keys from `since` up to the earlier of `until` and the previous page's last record; null when empty. */
function rangeFor(prefix: IDBValidKey[], query: NormalizedQuery): IDBKeyRange | null {
  const lower = query.since === undefined ? prefix : [...prefix, query.since];
  const { after, until } = query;
  const [upper, open] =
    after && (until === undefined || after.time <= until)
      ? [[...prefix, after.time, after.id], true]
      : [until === undefined ? [...prefix, aboveAll()] : [...prefix, until, aboveAll()], false];
  const order = indexedDB.cmp(lower, upper);
  return order > 0 || (order === 0 && open) ? null : IDBKeyRange.bound(lower, upper, false, open);
}

/** Records per request when a filter may skip some: the first read is a page, then each doubles up to this. */
const MAX_CHUNK = 1000;

type Index = IDBPIndex<HistoryDb, [typeof RECORDS], typeof RECORDS, OrderedIndex, 'readonly'>;

/**
 * Reads `range` of `index` backwards, `size` rows per request, handing each chunk newest first to
 * `take` until it returns false. A key cursor only finds where each chunk ends (`advance` skips
 * keys without reading values) and one `getAll` reads the chunk: a request per chunk, not per record,
 * which costs a page 2-3 round trips instead of 201.
 */
async function readBackwards(
  index: Index,
  range: IDBKeyRange,
  size: (chunk: number) => number,
  take: (rows: unknown[]) => boolean,
): Promise<void> {
  const cursor = await index.openKeyCursor(range, 'prev');
  if (!cursor) return;
  let upper: IDBValidKey = range.upper as IDBValidKey;
  let upperOpen = range.upperOpen;
  let rows = size(0);
  // Where the first chunk ends: its `rows`-th key from the top, or none when fewer are left.
  let end = rows > 1 ? await cursor.advance(rows - 1) : cursor;
  for (let chunk = 0; ; chunk++) {
    const lower = end ? end.key : range.lower;
    const read = index.getAll(IDBKeyRange.bound(lower, upper, end ? false : range.lowerOpen, upperOpen));
    const last = end;
    if (last) {
      upper = last.key;
      upperOpen = true;
      rows = size(chunk + 1);
    }
    // Asked for together: the next chunk's end is found while this chunk is read.
    const [values, next] = await Promise.all([read, last ? last.advance(rows) : null]);
    if (!take(values.reverse()) || !last) return;
    end = next;
  }
}

type Tx = IDBPTransaction<HistoryDb, [typeof RECORDS], 'readonly'>;

/**
 * How a query's matches are found: the records carrying the exact id it names, or a walk backwards
 * along the narrowest index within `range`, each record tried with `matches`.
 */
type Plan =
  | { kind: 'carriers'; records: HistoryRecord[] }
  | { kind: 'walk'; index: OrderedIndex; range: IDBKeyRange | null; matches: (r: HistoryRecord) => boolean };

async function planFor(tx: Tx, normalized: NormalizedQuery): Promise<Plan> {
  const carriersOf = async (id: string) =>
    (await tx.store.index('idValues').getAll(id)).map(validateRecord).filter(isRecord);
  // `id:` names the id exactly: its carriers are all there is to read.
  const pinnedId = pinnedValue(normalized.filter, 'id');
  if (pinnedId !== undefined) {
    const records = (await carriersOf(pinnedId)).filter(queryMatcher(normalized, false));
    return { kind: 'carriers', records };
  }
  if (normalized.text !== undefined) {
    const carriers = await carriersOf(normalized.text);
    if (carriers.length > 0)
      return { kind: 'carriers', records: carriers.filter(queryMatcher(normalized, true)) };
  }
  const [index, prefix] = indexFor(normalized);
  return {
    kind: 'walk',
    index,
    range: rangeFor(prefix, normalized),
    matches: queryMatcher(normalized, false),
  };
}

/**
 * Newest first, reading no more than needed: the records carrying an exact id through the multiEntry
 * index, else a walk backwards along the narrowest index that stops at `limit + 1` matches. Rows this
 * version cannot read are skipped.
 */
export async function queryRecords(db: IDBPDatabase<HistoryDb>, query: HistoryQuery): Promise<HistoryPage> {
  const normalized = normalizeQuery(query);
  const tx = db.transaction(RECORDS, 'readonly');
  const plan = await planFor(tx, normalized);
  if (plan.kind === 'carriers') return pageOf(plan.records.sort(compareNewestFirst), normalized.limit);
  if (!plan.range) return { records: [] };
  const wanted = normalized.limit + 1;
  const found: HistoryRecord[] = [];
  await readBackwards(
    tx.store.index(plan.index),
    plan.range,
    (chunk) => Math.min(Math.max(wanted, MAX_CHUNK), wanted * 2 ** chunk),
    (rows) => {
      for (const row of rows) {
        const record = validateRecord(row);
        if (record && plan.matches(record)) found.push(record);
        if (found.length >= wanted) return false;
      }
      return true;
    },
  );
  return pageOf(found, normalized.limit);
}

/**
 * The index range that holds exactly the query's matches, when there is one: no filter at all, or one
 * code, host, family or status, with dates except for a status (its index orders by status first).
 */
function countingRange(normalized: NormalizedQuery): [OrderedIndex | 'status', IDBKeyRange | null] | null {
  const { text, code, host, family, status, since, until, filter } = normalized;
  if (text !== undefined) return null;
  const terms = filter?.active ?? [];
  const pinned = terms.length === 1 && (pinnedValue(filter, 'code') ?? pinnedValue(filter, 'host'));
  const fields = [code, host, family, status].filter((f) => f !== undefined).length;
  if (
    fields + terms.length === 0 ||
    (fields === 1 && status === undefined && terms.length === 0) ||
    (fields === 0 && pinned)
  ) {
    const [index, prefix] = indexFor(normalized);
    return [index, rangeFor(prefix, normalized)];
  }
  if (status === undefined || fields > 1 || terms.length > 0 || since !== undefined || until !== undefined)
    return null;
  // 4 → 400-499, as the matcher reads a single digit; anything else is one status.
  const [low, high] = status >= 0 && status < 10 ? [status * 100, status * 100 + 99] : [status, status];
  return ['status', IDBKeyRange.bound([low], [high, aboveAll()])];
}

/**
 * How many records match, exactly. One IDBIndex.count when an index range holds them; otherwise every
 * record in the narrowest range is read (in chunks, each its own task) and matched, which at 10^5
 * records takes a second or two: `signal` stops it between chunks, rejecting with its reason.
 */
export async function countRecords(
  db: IDBPDatabase<HistoryDb>,
  query: HistoryQuery,
  signal?: AbortSignal,
): Promise<number> {
  // A count is of every page at once.
  const normalized = { ...normalizeQuery(query), after: undefined };
  if (keepsEverything(normalized)) return recordCount(db);
  const tx = db.transaction(RECORDS, 'readonly');
  const counting = countingRange(normalized);
  if (counting) {
    const [index, range] = counting;
    return range ? tx.store.index(index).count(range) : 0;
  }
  const plan = await planFor(tx, normalized);
  if (plan.kind === 'carriers') return plan.records.length;
  if (!plan.range) return 0;
  let count = 0;
  await readBackwards(
    tx.store.index(plan.index),
    plan.range,
    () => MAX_CHUNK,
    (rows) => {
      for (const row of rows) {
        const record = validateRecord(row);
        if (record && plan.matches(record)) count++;
      }
      return !signal?.aborted;
    },
  );
  signal?.throwIfAborted();
  return count;
}
