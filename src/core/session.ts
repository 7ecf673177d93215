import type { ExchangePreview } from './exchange-preview.ts';
import type { Finding } from './finding.ts';

export interface SessionEntry {
  /** Increasing per session; the panel keys rows by it. */
  seq: number;
  finding: Finding;
  exchange?: ExchangePreview;
}

/** What the panel reads: the findings of one DevTools session, pushed as they arrive. */
export interface SessionSource {
  readonly startedAt: string;
  entries(): SessionEntry[];
  subscribe(listener: (added: SessionEntry[]) => void): () => void;
  clear(): void;
}

export interface Session extends SessionSource {
  add(finding: Finding, exchange?: ExchangePreview): void;
}

/** Findings of this DevTools window, oldest dropped past `cap` so a flood cannot grow memory forever. */
export function createSession(options: { cap?: number; now?: () => Date } = {}): Session {
  const cap = options.cap ?? 5000;
  const startedAt = (options.now?.() ?? new Date()).toISOString();
  let list: SessionEntry[] = [];
  let seq = 0;
  const listeners = new Set<(added: SessionEntry[]) => void>();

  return {
    startedAt,
    entries: () => list.slice(),
    add(finding, exchange) {
      const entry: SessionEntry = exchange ? { seq: ++seq, finding, exchange } : { seq: ++seq, finding };
      list.push(entry);
      if (list.length > cap) list = list.slice(list.length - cap);
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
