import type { ExchangePreview } from '../ingest/preview.ts';
import type { Finding } from '../../model/finding.ts';
import type { Redacted } from '../redact/redacted.ts';

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
  clear(): void;
}

export interface Session extends SessionSource {
  add(finding: Finding, exchange?: Redacted<ExchangePreview>): void;
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

  return {
    startedAt,
    entries: () => list.slice(-cap),
    exchange(wanted) {
      const newest = list.at(-1);
      const entry = newest && list[list.length - 1 - (newest.seq - wanted)];
      return entry?.seq === wanted ? entry.exchange : undefined;
    },
    add(finding, exchange) {
      const entry: SessionEntry = exchange ? { seq: ++seq, finding, exchange } : { seq: ++seq, finding };
      list.push(entry);
      const aged = list.length - 1 - kept;
      const old = list[aged];
      if (old?.exchange) list[aged] = { seq: old.seq, finding: old.finding };
      if (list.length > cap + slack) list = list.slice(-cap);
      for (const listener of [...listeners]) {
        // A listener from a panel window that has gone away throws; drop it instead of failing capture.
        try {
          listener([entry]);
        } catch {
          listeners.delete(listener);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      list = [];
    },
  };
}
