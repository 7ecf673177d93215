import { batch, signal } from '@preact/signals';
import type { HistoryChange, HistoryQuery, HistoryRecord, HistoryStore } from '../core/history/record.ts';

const PAGE = 100;

export type HistoryFilters = Omit<HistoryQuery, 'limit' | 'cursor'>;
/** A filter set to undefined is removed. */
export type FilterPatch = { [K in keyof HistoryFilters]?: HistoryFilters[K] | undefined };

/** The history tab's state: the pages loaded for the current filters, the selection, and what went wrong. */
export function createHistoryState(store: HistoryStore) {
  const records = signal<HistoryRecord[]>([]);
  const next = signal<string | undefined>(undefined);
  const filters = signal<HistoryFilters>({});
  const selected = signal<ReadonlySet<string>>(new Set());
  const total = signal(0);
  const notice = signal<string | null>(null);
  let generation = 0;

  async function reload(): Promise<void> {
    const mine = ++generation;
    try {
      const [page, count] = await Promise.all([
        store.query({ ...filters.value, limit: PAGE }),
        store.count(),
      ]);
      if (mine !== generation) return;
      batch(() => {
        records.value = page.records;
        next.value = page.next;
        total.value = count;
        const shown = new Set(page.records.map((r) => r.id));
        selected.value = new Set([...selected.value].filter((id) => shown.has(id)));
      });
    } catch (error) {
      notice.value = String(error instanceof Error ? error.message : error);
    }
  }

  async function loadMore(): Promise<void> {
    const cursor = next.value;
    if (!cursor) return;
    const page = await store.query({ ...filters.value, limit: PAGE, cursor });
    batch(() => {
      records.value = [...records.value, ...page.records];
      next.value = page.next;
    });
  }

  let scheduled = false;
  const onChange = (change: HistoryChange) => {
    if (change.kind === 'pruned' && change.reason === 'quota') {
      notice.value = `Storage is full: the ${change.count} oldest records were removed to make room.`;
    }
    if (change.kind === 'closed') notice.value = change.message;
    // Several windows may write at once: one reload per frame is enough.
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        void reload();
      });
    }
  };
  store.subscribe(onChange);

  return {
    records,
    next,
    filters,
    selected,
    total,
    notice,
    reload,
    loadMore,
    setFilters(patch: FilterPatch) {
      const merged: Record<string, unknown> = { ...filters.value, ...patch };
      for (const key of Object.keys(merged))
        if (merged[key] === undefined || merged[key] === '') delete merged[key];
      filters.value = merged as HistoryFilters;
      void reload();
    },
    toggle(id: string) {
      const set = new Set(selected.value);
      if (!set.delete(id)) set.add(id);
      selected.value = set;
    },
    async remove(ids: string[]) {
      await store.delete(ids);
      await reload();
    },
    /** Every record matching the current filters, page by page (the cap bounds it). */
    async all(): Promise<HistoryRecord[]> {
      const out: HistoryRecord[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.query({ ...filters.value, limit: 1000, ...(cursor ? { cursor } : {}) });
        out.push(...page.records);
        cursor = page.next;
      } while (cursor);
      return out;
    },
    async clear() {
      await store.clear();
      await reload();
    },
  };
}

export type HistoryState = ReturnType<typeof createHistoryState>;
