import type { HistoryPage, HistoryRecord } from './record.ts';

/** Where a record sits in the history's one order: newest `time` first, then the larger `id`. */
export interface Position {
  time: string;
  id: string;
}

// Plain string comparison, code unit by code unit: the order IndexedDB gives string keys.
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sort comparator for newest first. */
export function compareNewestFirst(a: Position, b: Position): number {
  return compareStrings(b.time, a.time) || compareStrings(b.id, a.id);
}

/** True when `record` comes after `position` in newest-first order, i.e. is older. */
export function isOlderThan(record: Position, position: Position): boolean {
  return compareNewestFirst(record, position) > 0;
}

export function encodeCursor(position: Position): string {
  return JSON.stringify([position.time, position.id]);
}

/** The position a cursor was made from; a cursor this store did not make is a caller's bug. */
export function decodeCursor(cursor: string): Position {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw new TypeError('Not a history page cursor');
  const [time, id] = parsed as unknown[];
  if (typeof time !== 'string' || typeof id !== 'string') throw new TypeError('Not a history page cursor');
  return { time, id };
}

/**
 * A page of `limit` records from matches already sorted newest first; a store reads `limit + 1`
 * matches, so that one more than fits says there is a next page.
 */
export function pageOf(sorted: HistoryRecord[], limit: number): HistoryPage {
  const records = sorted.slice(0, limit);
  const last = records.at(-1);
  return sorted.length > limit && last ? { records, next: encodeCursor(last) } : { records };
}
