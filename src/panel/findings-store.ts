import { batch, signal, type Signal } from '@preact/signals';
import type { SessionEntry, SessionSource } from '../core/session.ts';

export interface FindingsStore {
  startedAt: string;
  /** Newest first. */
  entries: Signal<SessionEntry[]>;
  selected: Signal<number | null>;
  clear(): void;
}

/**
 * The panel's view of the session. Entries arrive from the devtools page's realm, so they are cloned
 * into this one, and arrivals are applied once per frame so a burst of requests costs one render.
 */
export function createFindingsStore(source: SessionSource): FindingsStore {
  const entries = signal<SessionEntry[]>(structuredClone(source.entries()).reverse());
  const selected = signal<number | null>(null);
  let pending: SessionEntry[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const added = pending.reverse();
    pending = [];
    entries.value = [...added, ...entries.value];
  };

  source.subscribe((added) => {
    pending.push(...structuredClone(added));
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(flush);
    }
  });

  return {
    startedAt: source.startedAt,
    entries,
    selected,
    clear() {
      source.clear();
      batch(() => {
        entries.value = [];
        selected.value = null;
      });
    },
  };
}
