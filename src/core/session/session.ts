import type { ExchangePreview } from '../ingest/preview.ts';
import type { Finding } from '../../model/finding.ts';
import type { Redacted } from '../redact/redacted.ts';
import { settleHints } from '../hints/deferred-hints.ts';
import { PAGE_CHANGES_KEPT, type PageChange } from './page-change.ts';

/** Findings a session keeps: the product's stated scale, which the panel renders in bounded time. */
export const SESSION_CAP = 100_000;

/** Exchange previews (up to 32 KB per body) kept, for the newest entries only, so memory stays bounded. */
export const EXCHANGES_KEPT = 2_000;

export interface SessionEntry {
  /** Increasing per session; the panel keys rows by it. */
  seq: number;
  finding: Finding;
  /** Redacted: the sanitized HAR export is built from it. */
  exchange?: Redacted<ExchangePreview>;
}

/** What the panel reads: the findings of one DevTools session, pushed as they arrive. */
export interface SessionSource {
  readonly startedAt: string;
  entries(): SessionEntry[];
  /** The preview of one entry, read when the panel shows it rather than copied with every finding. */
  exchange(seq: number): Redacted<ExchangePreview> | undefined;
  subscribe(listener: (added: SessionEntry[]) => void): () => void;
  /** Told of findings read again (the team packs changed), with their seqs unchanged. */
  subscribeReplaced(listener: (replaced: SessionEntry[]) => void): () => void;
  /** Reloads and navigations of the inspected tab, oldest first: findings are kept across them. */
  pageChanges(): PageChange[];
  subscribePageChanges(listener: (changes: PageChange[]) => void): () => void;
  clear(): void;
}

export interface Session extends SessionSource {
  add(finding: Finding, exchange?: Redacted<ExchangePreview>): void;
  /** Puts new readings of existing entries in place; seqs the session no longer holds are ignored. */
  replace(findings: ReadonlyMap<number, Finding>): void;
  pageChanged(change: PageChange): void;
}

interface SessionOptions {
  cap?: number;
  exchangesKept?: number;
  now?: () => Date;
}

/** Findings of this DevTools window, oldest dropped past `cap` so a flood cannot grow memory forever. */
export function createSession(options: SessionOptions = {}): Session {
  const cap = options.cap ?? SESSION_CAP;
  const kept = options.exchangesKept ?? EXCHANGES_KEPT;
  // Dropping one entry per add would copy the whole list every time at 10^5 entries: drop in bulk.
  const slack = Math.floor(cap / 16);
  const startedAt = (options.now?.() ?? new Date()).toISOString();
  // Arrival order, so seqs are consecutive: an entry's place follows from its seq.
  let list: SessionEntry[] = [];
  let seq = 0;
  const listeners = new Set<(added: SessionEntry[]) => void>();
  const replacedListeners = new Set<(replaced: SessionEntry[]) => void>();
  let changes: PageChange[] = [];
  const changeListeners = new Set<(changes: PageChange[]) => void>();
  const indexOf = (wanted: number) => {
    const newest = list.at(-1);
    const index = newest ? list.length - 1 - (newest.seq - wanted) : -1;
    return list[index]?.seq === wanted ? index : -1;
  };

  return {
    startedAt,
    entries: () => list.slice(-cap),
    exchange(wanted) {
      return list[indexOf(wanted)]?.exchange;
    },
    add(finding, exchange) {
      const entry: SessionEntry = exchange ? { seq: ++seq, finding, exchange } : { seq: ++seq, finding };
      list.push(entry);
      const aged = list.length - 1 - kept;
      const old = list[aged];
      if (old?.exchange) {
        list[aged] = { seq: old.seq, finding: old.finding };
        // Unread hints hold their request body for as long as the exchange is kept, no longer.
        settleHints(old.finding);
      }
      if (list.length > cap + slack) list = list.slice(-cap);
      tell(listeners, [entry]);
    },
    replace(findings) {
      const replaced: SessionEntry[] = [];
      for (const [seq, finding] of findings) {
        const index = indexOf(seq);
        const old = list[index];
        if (!old) continue;
        const entry = old.exchange ? { seq, finding, exchange: old.exchange } : { seq, finding };
        list[index] = entry;
        replaced.push(entry);
      }
      if (replaced.length > 0) tell(replacedListeners, replaced);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeReplaced(listener) {
      replacedListeners.add(listener);
      return () => replacedListeners.delete(listener);
    },
    pageChanges: () => changes,
    pageChanged(change) {
      // A new array each time: the panel holds the old one as a signal's value.
      changes = [...changes.slice(1 - PAGE_CHANGES_KEPT), change];
      tell(changeListeners, changes);
    },
    subscribePageChanges(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    clear() {
      list = [];
      changes = [];
    },
  };
}

function tell<T>(listeners: Set<(value: T) => void>, value: T): void {
  for (const listener of [...listeners]) {
    // A listener from a panel window that has gone away throws; drop it instead of failing capture.
    try {
      listener(value);
    } catch {
      listeners.delete(listener);
    }
  }
}
