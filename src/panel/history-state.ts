import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { parseFilter, type ParsedFilter } from '../core/filter/parse.ts';
import { keepsEverything, normalizeQuery } from '../core/history/query-match.ts';
import type { HistoryChange, HistoryQuery, HistoryRecord, HistoryStore } from '../core/history/record.ts';
import { HistoryStoreError, type HistoryProblem } from '../core/history/store-error.ts';
import { applyGesture, type Gesture, type MultiSelection } from './multi-select.ts';

/** Records per query: a page costs a few ms at 10^5 records (B5), and fills several screens. */
const PAGE = 200;
/** The next page is asked for when the view comes this close to the end of what is loaded. */
const AHEAD = 60;
/** After a change from a DevTools window, this many records at most are read again at once. */
const RELOAD_MAX = 1000;

export type HistoryFilters = Omit<HistoryQuery, 'limit' | 'cursor' | 'text' | 'filter'>;
/** A filter set to undefined is removed. */
export type FilterPatch = { [K in keyof HistoryFilters]?: HistoryFilters[K] | undefined };

/** Why the history view shows a notice: told as data, worded by the view in the user's language. */
export type HistoryNotice =
  | { kind: 'pruned'; count: number }
  | { kind: 'problem'; problem: HistoryProblem }
  /** A failure only the browser explains; `detail` is its message. */
  | { kind: 'failed'; detail: string };

export interface HistoryState {
  /** The records loaded so far for the current filters, newest first. */
  records: ReadonlySignal<HistoryRecord[]>;
  /** More records match than are loaded: scrolling on loads them. */
  more: ReadonlySignal<boolean>;
  filterText: ReadonlySignal<string>;
  parsed: ReadonlySignal<ParsedFilter>;
  filters: ReadonlySignal<HistoryFilters>;
  selection: ReadonlySignal<MultiSelection<string>>;
  /** Where record `id` is in `records`; -1 when it is not loaded. A lookup, not a scan of 10^5 rows. */
  indexOf(id: string | null): number;
  /**
   * How many records match the current filters, once known: at once for filters an index counts, else
   * after a count in the background (null meanwhile), so the table's scroll bar is right from the start.
   */
  matching: ReadonlySignal<number | null>;
  /** Every record in the history, whatever the filters. */
  total: ReadonlySignal<number>;
  notice: ReadonlySignal<HistoryNotice | null>;
  reload(): Promise<void>;
  /** The view shows row `index`: loads the next page when it is near the end of what is loaded. */
  reach(index: number): void;
  setFilterText(text: string): void;
  setFilters(patch: FilterPatch): void;
  pick(id: string, gesture: Gesture): void;
  selectAll(): void;
  remove(ids: string[]): Promise<void>;
  /** Every record matching the current filters, page by page (the cap bounds it). */
  all(): Promise<HistoryRecord[]>;
  clear(): Promise<void>;
}

/**
 * The history view's state: the records of the current filters, read page by page with keyset
 * cursors as the table scrolls. Every read carries the generation it was asked in: a page that comes
 * back after the filters changed is dropped, not appended to the new filter's rows.
 */
export function createHistoryState(store: HistoryStore): HistoryState {
  const records = signal<HistoryRecord[]>([]);
  const next = signal<string | undefined>(undefined);
  const filterText = signal('');
  const parsed = signal(parseFilter(''));
  const filters = signal<HistoryFilters>({});
  const selection = signal<MultiSelection<string>>({ active: null, chosen: new Set() });
  const total = signal(0);
  const notice = signal<HistoryNotice | null>(null);
  const more = signal(false);
  const matching = signal<number | null>(null);
  let counting: AbortController | undefined;
  let generation = 0;
  let loading = false;
  // Kept with `records`: extended by each page, rebuilt only when the first pages are read again.
  let positions = new Map<string, number>();
  const place = (from: number, added: HistoryRecord[]) =>
    added.forEach((record, i) => positions.set(record.id, from + i));

  const query = (): HistoryQuery => ({ ...filters.value, filter: filterText.value });
  const failed = (error: unknown) => {
    notice.value =
      error instanceof HistoryStoreError
        ? { kind: 'problem', problem: error.problem }
        : { kind: 'failed', detail: String(error instanceof Error ? error.message : error) };
  };

  /** Reads the first `limit` records again; what was selected and is still there stays selected. */
  async function load(limit: number): Promise<void> {
    const mine = ++generation;
    loading = true;
    counting?.abort();
    try {
      const [page, count] = await Promise.all([store.query({ ...query(), limit }), store.count()]);
      if (mine !== generation) return;
      // The history keeps its own count; a filter's is asked once the page is in: IndexedDB counts by
      // reading keys, and a count of 10^5 matches asked first held the first rows back by a third of a second.
      const unfiltered = keepsEverything(normalizeQuery(query()));
      if (!unfiltered) countMatching(mine);
      batch(() => {
        if (unfiltered) matching.value = count;
        positions = new Map();
        place(0, page.records);
        records.value = page.records;
        next.value = page.next;
        more.value = page.next !== undefined;
        total.value = count;
        const shown = new Set(page.records.map((r) => r.id));
        const { active, chosen } = selection.value;
        selection.value = {
          active: active !== null && shown.has(active) ? active : null,
          chosen: new Set([...chosen].filter((id) => shown.has(id))),
        };
        if (page.next === undefined) matching.value = page.records.length;
      });
    } catch (error) {
      if (mine === generation) failed(error);
    } finally {
      if (mine === generation) loading = false;
    }
  }

  /** Counts the matches in the background; a newer read or a new filter stops it. */
  function countMatching(mine: number): void {
    const stop = new AbortController();
    counting = stop;
    store.count(query(), stop.signal).then(
      (n) => {
        if (mine === generation) matching.value = n;
      },
      // Stopped, or failed: the table then grows as pages arrive, as it would without a count.
      () => undefined,
    );
  }

  async function loadMore(): Promise<void> {
    const cursor = next.value;
    if (!cursor || loading) return;
    const mine = generation;
    loading = true;
    try {
      const page = await store.query({ ...query(), limit: PAGE, cursor });
      if (mine !== generation) return;
      batch(() => {
        place(records.value.length, page.records);
        records.value = records.value.concat(page.records);
        next.value = page.next;
        more.value = page.next !== undefined;
        if (page.next === undefined) matching.value = records.value.length;
      });
    } catch (error) {
      if (mine === generation) failed(error);
    } finally {
      if (mine === generation) loading = false;
    }
  }

  let scheduled = false;
  store.subscribe((change: HistoryChange) => {
    if (change.kind === 'pruned' && change.reason === 'quota')
      notice.value = { kind: 'pruned', count: change.count };
    if (change.kind === 'closed') notice.value = { kind: 'problem', problem: { kind: change.reason } };
    // Several windows may write at once: one read per frame is enough, of what the user has scrolled through.
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        void load(Math.min(RELOAD_MAX, Math.max(PAGE, records.value.length)));
      });
    }
  });

  const refilter = () => {
    // A new filter's count is unknown until counted; a reload after a change keeps the last one meanwhile.
    matching.value = null;
    void load(PAGE);
  };

  return {
    records,
    more,
    matching,
    filterText,
    parsed,
    filters,
    selection,
    total,
    notice,
    indexOf: (id) => (id === null ? -1 : (positions.get(id) ?? -1)),
    reload: () => load(PAGE),
    reach(index) {
      if (index >= records.value.length - AHEAD) void loadMore();
    },
    setFilterText(text) {
      const after = parseFilter(text);
      const same = JSON.stringify(after.active) === JSON.stringify(parsed.value.active);
      batch(() => {
        filterText.value = text;
        parsed.value = after;
      });
      if (!same) refilter();
    },
    setFilters(patch) {
      const merged: Record<string, unknown> = { ...filters.value, ...patch };
      for (const key of Object.keys(merged))
        if (merged[key] === undefined || merged[key] === '') delete merged[key];
      filters.value = merged as HistoryFilters;
      refilter();
    },
    pick(id, gesture) {
      const order = gesture === 'range' ? records.value.map((r) => r.id) : [];
      selection.value = applyGesture(selection.value, id, gesture, order);
    },
    selectAll() {
      selection.value = { ...selection.value, chosen: new Set(records.value.map((r) => r.id)) };
    },
    async remove(ids) {
      try {
        await store.delete(ids);
      } catch (error) {
        failed(error);
      }
      await load(Math.max(PAGE, records.value.length));
    },
    async all() {
      const out: HistoryRecord[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.query({ ...query(), limit: 1000, ...(cursor ? { cursor } : {}) });
        out.push(...page.records);
        cursor = page.next;
      } while (cursor);
      return out;
    },
    async clear() {
      await store.clear();
      await load(PAGE);
    },
  };
}
