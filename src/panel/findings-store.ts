import { batch, signal, type Signal } from '@preact/signals';
import type { SessionEntry, SessionSource } from '../core/session.ts';

/** As many as the session keeps: the panel must not outgrow the capture side in a flood. */
const SHOWN_CAP = 5000;

export interface FindingsStore {
  startedAt: string;
  /** Newest first. */
  entries: Signal<SessionEntry[]>;
  selected: Signal<number | null>;
  /** Rows ticked for a combined report or export. */
  checked: Signal<ReadonlySet<number>>;
  clear(): void;
}

/**
 * The panel's view of the session. Entries arrive from the devtools page's realm, so they are cloned
 * into this one, and arrivals are applied once per frame so a burst of requests costs one render.
 */
export function createFindingsStore(source: SessionSource): FindingsStore {
  const entries = signal<SessionEntry[]>(newestFirst(structuredClone(source.entries())));
  const selected = signal<number | null>(null);
  const checked = signal<ReadonlySet<number>>(new Set());
  let pending: SessionEntry[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const added = newestFirst(pending);
    pending = [];
    entries.value = mergeNewestFirst(added, entries.value).slice(0, SHOWN_CAP);
  };

  source.subscribe((added) => {
    pending.push(...structuredClone(added));
    // A hidden panel gets no animation frames: keep only what it could show once visible again.
    if (pending.length > SHOWN_CAP) pending = pending.slice(-SHOWN_CAP);
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(flush);
    }
  });

  return {
    startedAt: source.startedAt,
    entries,
    selected,
    checked,
    clear() {
      source.clear();
      batch(() => {
        entries.value = [];
        selected.value = null;
        checked.value = new Set();
      });
    },
  };
}

/**
 * Order by when the request started, not when its finding arrived: bodies are fetched asynchronously,
 * so a POST fired first can be analysed after a GET fired later (Firefox reports such requests late).
 */
function startedMs(entry: SessionEntry): number {
  return Date.parse(entry.finding.startedAt) || 0;
}

function newer(a: SessionEntry, b: SessionEntry): boolean {
  const diff = startedMs(a) - startedMs(b);
  return diff > 0 || (diff === 0 && a.seq > b.seq);
}

function newestFirst(list: SessionEntry[]): SessionEntry[] {
  return list.sort((a, b) => (newer(a, b) ? -1 : newer(b, a) ? 1 : 0));
}

/** Both lists are newest first; arrivals are few, so a merge keeps each frame linear. */
function mergeNewestFirst(added: SessionEntry[], existing: SessionEntry[]): SessionEntry[] {
  const merged: SessionEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < added.length && j < existing.length) {
    merged.push(newer(added[i]!, existing[j]!) ? added[i++]! : existing[j++]!);
  }
  return merged.concat(added.slice(i), existing.slice(j));
}
