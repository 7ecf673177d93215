import type { Family } from '../../model/finding.ts';
import { filterMatcher, prepareSubject } from '../filter/match.ts';
import { parseFilter, type FilterKey, type ParsedFilter } from '../filter/parse.ts';
import { recordSubject } from '../filter/subjects.ts';
import { decodeCursor, isOlderThan, type Position } from './order.ts';
import type { HistoryQuery, HistoryRecord } from './record.ts';

export const DEFAULT_QUERY_LIMIT = 100;

/** A query as both stores read it: text, code and host trimmed and lower-cased, empty ones dropped. */
export interface NormalizedQuery {
  text: string | undefined;
  code: string | undefined;
  host: string | undefined;
  family: Family | undefined;
  status: number | undefined;
  since: string | undefined;
  until: string | undefined;
  /** The filter's valid terms; undefined when none. */
  filter: ParsedFilter | undefined;
  limit: number;
  /** From the cursor: the page holds only records older than this. */
  after: Position | undefined;
}

// An empty search box means no filter, not "matches nothing".
const lowered = (value: string | undefined) => value?.trim().toLowerCase() || undefined;

/** Throws a TypeError for a cursor that no store made. */
export function normalizeQuery(query: HistoryQuery): NormalizedQuery {
  const limit = query.limit;
  const filter = parseFilter(query.filter ?? '');
  return {
    text: lowered(query.text),
    code: lowered(query.code),
    host: lowered(query.host),
    family: query.family,
    status: query.status,
    since: query.since,
    until: query.until,
    filter: filter.active.length > 0 ? filter : undefined,
    limit:
      limit === undefined || !Number.isFinite(limit) ? DEFAULT_QUERY_LIMIT : Math.max(1, Math.floor(limit)),
    after: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
  };
}

/** Whether the query keeps every record: no field, no valid filter term, no dates. */
export function keepsEverything(query: NormalizedQuery): boolean {
  const { text, code, host, family, status, since, until, filter } = query;
  return [text, code, host, family, status, since, until, filter].every((value) => value === undefined);
}

function containsText(record: HistoryRecord, text: string): boolean {
  return (
    record.idValues.some((value) => value.includes(text)) ||
    [record.code, record.host, record.url, record.message].some((field) =>
      field?.toLowerCase().includes(text),
    )
  );
}

/** A single digit is a status class (4 → 400-499); anything else is one exact status. */
const statusMatches = (status: number, wanted: number) =>
  wanted >= 0 && wanted < 10 ? Math.floor(status / 100) === wanted : status === wanted;

/**
 * The one definition of what a query matches, for the IndexedDB store and its fake alike. When the
 * text equals a stored id value (`exactId`), it stands for that id alone: pasting a request id from a
 * ticket finds that request, not every URL that happens to contain the same characters.
 */
export function queryMatcher(query: NormalizedQuery, exactId: boolean): (record: HistoryRecord) => boolean {
  const { text, code, host, family, status, since, until, after, filter } = query;
  const filtered = filter && filterMatcher(filter);
  return (record) =>
    (text === undefined ||
      (exactId ? record.idValues.some((value) => value === text) : containsText(record, text))) &&
    (code === undefined || record.code?.toLowerCase() === code) &&
    (host === undefined || record.host.toLowerCase() === host) &&
    (family === undefined || record.family === family) &&
    (status === undefined || statusMatches(record.status, status)) &&
    (since === undefined || record.time >= since) &&
    (until === undefined || record.time <= until) &&
    (after === undefined || isOlderThan(record, after)) &&
    (filtered === undefined || filtered(prepareSubject(recordSubject(record))));
}

/**
 * The one value a filter requires of `key` exactly (`code:Throttled`, not negated, no `*`, no list),
 * which an index can look up; undefined when the filter does not pin it.
 */
export function pinnedValue(filter: ParsedFilter | undefined, key: FilterKey): string | undefined {
  const term = filter?.active.find(
    (t) => t.key === key && !t.negated && t.values.length === 1 && !t.values[0]!.includes('*'),
  );
  return term?.values[0];
}
