import type { CorrelationId, Family } from '../../model/finding.ts';
import type { Redacted } from '../redact/redacted.ts';

/** Bumped when the stored shape changes; records of other versions are migrated or skipped on read. */
export const HISTORY_SCHEMA_VERSION = 1;

/**
 * One finding as the history keeps it: redacted before it is written (every text from the traffic is
 * `Redacted`, so a record cannot be built from a raw finding), small, and searchable by the ids a
 * support desk asks for. Times are UTC ISO strings.
 */
export interface HistoryRecord {
  schema: typeof HISTORY_SCHEMA_VERSION;
  /** Unique across DevTools windows: time-ordered, with randomness against collisions. */
  id: string;
  /** When the request started (UTC). */
  time: string;
  /** Origin of the inspected page that made the request. */
  origin: Redacted<string>;
  /** Host of the API that answered. */
  host: string;
  method: Redacted<string>;
  url: Redacted<string>;
  status: number;
  family: Family;
  code: Redacted<string> | null;
  message: Redacted<string> | null;
  /** Exact values: a plain id matches no rule; one that carries a credential is redacted. */
  correlationIds: Redacted<CorrelationId>[];
  /** The catalog's meaning in English, kept so an export reads well without the catalog. */
  meaning: string;
  /** Lower-cased id values, for the exact-id index. */
  idValues: Redacted<string>[];
}

export interface HistoryQuery {
  /** Free text: a fragment of an id, code, host, URL or message (case-insensitive). */
  text?: string;
  /** The Errors view's filter syntax (`status:5xx -host:*.test id:…`); its invalid terms are ignored. */
  filter?: string;
  code?: string;
  host?: string;
  family?: Family;
  /** Status class or exact status: 4 → 4xx, 5 → 5xx, 404 → 404. */
  status?: number;
  /** UTC ISO bounds on `time`, inclusive. */
  since?: string;
  until?: string;
  limit?: number;
  /** Opaque: from the previous page's `next`. */
  cursor?: string;
}

export interface HistoryPage {
  records: HistoryRecord[];
  /** Present when more records match. */
  next?: string;
}

export type HistoryChange =
  | { kind: 'appended'; ids: string[] }
  | { kind: 'deleted'; ids: string[] }
  | { kind: 'cleared' }
  | { kind: 'pruned'; count: number; reason: 'cap' | 'quota' }
  /**
   * This window let go of the history: another window is upgrading or deleting the database, or the
   * browser closed it. Never sent to other windows; every later call rejects with a HistoryStoreError
   * of that `reason`.
   */
  | { kind: 'closed'; reason: 'upgrade' | 'terminated' };

/** The history of every inspected tab, shared by all DevTools windows. Newest first everywhere. */
export interface HistoryStore {
  /** Appends and prunes to the cap in one transaction: all of `records` land, or none. */
  append(records: HistoryRecord[]): Promise<void>;
  query(query: HistoryQuery): Promise<HistoryPage>;
  /**
   * Every record, or with a query (its cursor and limit aside) how many records match it. A query an
   * index answers costs one request; others read every record in range, so `signal` can stop them.
   */
  count(query?: HistoryQuery, signal?: AbortSignal): Promise<number>;
  delete(ids: string[]): Promise<void>;
  clear(): Promise<void>;
  setCap(cap: number): void;
  /** Called for changes made here and in other DevTools windows. Returns an unsubscribe function. */
  subscribe(listener: (change: HistoryChange) => void): () => void;
  close(): void;
}

export const DEFAULT_HISTORY_CAP = 10_000;
export const MAX_HISTORY_CAP = 100_000;
