import type { IDBPDatabase, IDBPIndex } from 'idb';
import { compareNewestFirst, pageOf } from '../core/history/order.ts';
import {
  normalizeQuery,
  pinnedValue,
  queryMatcher,
  type NormalizedQuery,
} from '../core/history/query-match.ts';
import type { HistoryPage, HistoryQuery, HistoryRecord } from '../core/history/record.ts';
import { validateRecord } from '../core/history/validate.ts';
import { RECORDS, type HistoryDb, type OrderedIndex } from './history-idb-schema.ts';

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

/**
 * Newest first, reading no more than needed: the records carrying an exact id through the multiEntry
 * index, else a walk backwards along the narrowest index that stops at `limit + 1` matches. Rows this
 * version cannot read are skipped.
 */
export async function queryRecords(db: IDBPDatabase<HistoryDb>, query: HistoryQuery): Promise<HistoryPage> {
  const normalized = normalizeQuery(query);
  const tx = db.transaction(RECORDS, 'readonly');
  const carriersOf = async (id: string) =>
    (await tx.store.index('idValues').getAll(id)).map(validateRecord).filter(isRecord);
  // `id:` names the id exactly: its carriers are all there is to read.
  const pinnedId = pinnedValue(normalized.filter, 'id');
  if (pinnedId !== undefined) {
    const matches = (await carriersOf(pinnedId)).filter(queryMatcher(normalized, false));
    return pageOf(matches.sort(compareNewestFirst), normalized.limit);
  }
  if (normalized.text !== undefined) {
    const carriers = await carriersOf(normalized.text);
    if (carriers.length > 0) {
      const matches = carriers.filter(queryMatcher(normalized, true)).sort(compareNewestFirst);
      return pageOf(matches, normalized.limit);
    }
  }
  const [index, prefix] = indexFor(normalized);
  const range = rangeFor(prefix, normalized);
  if (!range) return { records: [] };
  const matches = queryMatcher(normalized, false);
  const wanted = normalized.limit + 1;
  const found: HistoryRecord[] = [];
  await readBackwards(
    tx.store.index(index),
    range,
    (chunk) => Math.min(Math.max(wanted, MAX_CHUNK), wanted * 2 ** chunk),
    (rows) => {
      for (const row of rows) {
        const record = validateRecord(row);
        if (record && matches(record)) found.push(record);
        if (found.length >= wanted) return false;
      }
      return true;
    },
  );
  return pageOf(found, normalized.limit);
}
