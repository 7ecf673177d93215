import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { filterMatcher } from '../core/filter/match.ts';
import { parseFilter, type ParsedFilter } from '../core/filter/parse.ts';
import { nextTask } from './next-task.ts';
import {
  mergeNewestFirst,
  type EntriesChange,
  type FindingsStore,
  type ShownEntry,
} from './findings-store.ts';

export interface ErrorsFilter {
  /** The box's text as typed. */
  text: ReadonlySignal<string>;
  parsed: ReadonlySignal<ParsedFilter>;
  /** What the Errors view shows, newest first: the store's own list while nothing filters. */
  shown: ReadonlySignal<ShownEntry[]>;
  /** A new filter's pass is under way, in slices: `shown` is still the previous filter's. */
  busy: ReadonlySignal<boolean>;
  setText(text: string): void;
  /** Changes of `shown`, in the same batch, for views derived from it. */
  onChange(listener: (change: EntriesChange) => void): () => void;
}

export interface ErrorsFilterOptions {
  /** How long a pass matches before it yields to the browser. */
  sliceMs?: number;
}

/** A pass at 10^5 findings costs ~20 ms here, and several times that on a busy laptop: in slices, no long task. */
const SLICE_MS = 8;
/** Findings matched between looks at the clock. */
const CHECK_EVERY = 1024;

/**
 * The filter of the Errors view. New arrivals are matched as they come and merged into what is shown,
 * so a live session never filters its 10^5 rows again; only a new filter does, once per keystroke, in
 * slices of `sliceMs` between which the panel paints and takes the next keystroke, which drops the pass.
 */
export function createErrorsFilter(
  findings: FindingsStore,
  { sliceMs = SLICE_MS }: ErrorsFilterOptions = {},
): ErrorsFilter {
  const text = signal('');
  const parsed = signal(parseFilter(''));
  let matches = filterMatcher(parsed.value);
  // null while no term filters: then the view shows the store's list itself, without a copy.
  const filtered = signal<ShownEntry[] | null>(null);
  const shown = computed(() => filtered.value ?? findings.entries.value);
  const listeners = new Set<(change: EntriesChange) => void>();
  const tell = (change: EntriesChange) => listeners.forEach((listener) => listener(change));

  const busy = signal(false);
  let pass = 0;
  // Arrivals while a pass runs, newest first per batch: matched once it ends.
  let arrived: ShownEntry[][] | null = null;
  const done = (kept: ShownEntry[] | null) =>
    batch(() => {
      arrived = null;
      busy.value = false;
      filtered.value = kept;
      tell({ kind: 'reset' });
    });

  const refilter = async () => {
    const mine = ++pass;
    if (parsed.value.active.length === 0) return done(null);
    arrived = [];
    const all = findings.entries.value;
    let kept: ShownEntry[] = [];
    let sliceStart = performance.now();
    for (let i = 0; i < all.length; i++) {
      const entry = all[i]!;
      if (matches(entry.subject)) kept.push(entry);
      if (i % CHECK_EVERY === CHECK_EVERY - 1 && performance.now() - sliceStart >= sliceMs) {
        busy.value = true;
        await nextTask();
        if (mine !== pass) return;
        sliceStart = performance.now();
      }
    }
    for (const added of arrived)
      kept = mergeNewestFirst(
        added.filter((e) => matches(e.subject)),
        kept,
      );
    done(kept);
  };

  findings.onChange((change) => {
    if (change.kind === 'reset') return void refilter();
    if (arrived) return void arrived.push(change.entries);
    const current = filtered.value;
    if (current === null) return tell(change);
    const kept = change.entries.filter((e) => matches(e.subject));
    if (kept.length === 0) return;
    filtered.value = mergeNewestFirst(kept, current);
    tell({ kind: 'added', entries: kept });
  });

  return {
    text,
    parsed,
    shown,
    busy,
    setText(next) {
      const before = parsed.value;
      const after = parseFilter(next);
      batch(() => {
        text.value = next;
        parsed.value = after;
        // Typing a space, or an invalid term, changes nothing that filters.
        if (sameTerms(before, after)) return;
        matches = filterMatcher(after);
        void refilter();
      });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function sameTerms(a: ParsedFilter, b: ParsedFilter): boolean {
  const key = (f: ParsedFilter) => JSON.stringify(f.active.map((t) => [t.key, t.negated, t.values]));
  return key(a) === key(b);
}
