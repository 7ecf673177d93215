import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ErrorsFilter } from './errors-filter.ts';
import { mergeNewestFirst, type ShownEntry } from './findings-store.ts';

/** The errors of one code from one host. */
export interface ErrorGroup {
  key: string;
  /** '' when the errors have no code. */
  code: string;
  host: string;
  count: number;
  /** How many of each status, in the order first seen. */
  statuses: Map<number, number>;
  /** When their requests started (ms), oldest first: what the time bar counts, by bisection. */
  times: number[];
  firstMs: number;
  lastMs: number;
  /** Newest first, as the list shows them. */
  entries: ShownEntry[];
}

/** The line of the grouped view the keyboard is on: a group's header or one of its errors. */
export type ActiveLine = { kind: 'group'; key: string } | { kind: 'error'; key: string; seq: number };

export interface ErrorGroups {
  /** By count, most first; then the most recent. */
  groups: ReadonlySignal<ErrorGroup[]>;
  /** Whether the Errors view shows the groups rather than the list. */
  grouped: ReadonlySignal<boolean>;
  expanded: ReadonlySignal<ReadonlySet<string>>;
  active: ReadonlySignal<ActiveLine | null>;
  setGrouped(on: boolean): void;
  toggle(key: string): void;
  activate(line: ActiveLine): void;
}

export const groupKey = (code: string, host: string) => `${code}\u0000${host}`;

const byCount = (a: ErrorGroup, b: ErrorGroup) =>
  b.count - a.count || b.lastMs - a.lastMs || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The filtered errors grouped by code × host, kept up to date as they arrive: each arrival touches
 * its own group only, so a session of 10^5 is never grouped again from scratch, except when the filter
 * changes (and then only once the groups are shown).
 */
export function createErrorGroups(filter: ErrorsFilter): ErrorGroups {
  const index = new Map<string, ErrorGroup>();
  const groups = signal<ErrorGroup[]>([]);
  const grouped = signal(false);
  const expanded = signal<ReadonlySet<string>>(new Set());
  const active = signal<ActiveLine | null>(null);
  // After a new filter while the list is shown: regrouped when the groups are shown again.
  let stale = false;

  const add = (added: ShownEntry[]) => {
    const touched = new Map<ErrorGroup, { part: ShownEntry[]; times: number[] }>();
    for (const entry of added) {
      const subject = entry.subject;
      const key = groupKey(subject.code, subject.host);
      let group = index.get(key);
      if (!group) {
        group = {
          key,
          code: entry.finding.code ?? '',
          host: subject.host,
          count: 0,
          statuses: new Map(),
          times: [],
          firstMs: Infinity,
          lastMs: -Infinity,
          entries: [],
        };
        index.set(key, group);
      }
      const ms = entry.startedMs;
      group.count++;
      group.statuses.set(entry.finding.status, (group.statuses.get(entry.finding.status) ?? 0) + 1);
      group.firstMs = Math.min(group.firstMs, ms);
      group.lastMs = Math.max(group.lastMs, ms);
      const batchOf = touched.get(group);
      if (batchOf) {
        batchOf.part.push(entry);
        batchOf.times.push(ms);
      } else touched.set(group, { part: [entry], times: [ms] });
    }
    // `added` is newest first, and so is each group's part of it.
    for (const [group, { part, times }] of touched) {
      group.entries = mergeNewestFirst(part, group.entries);
      group.times = mergeAscending(
        group.times,
        times.sort((a, b) => a - b),
      );
    }
    // A new array, and touched groups as new objects: rows that did not change are not rendered again.
    for (const group of touched.keys()) index.set(group.key, { ...group });
    groups.value = [...index.values()].sort(byCount);
  };

  const rebuild = () => {
    index.clear();
    stale = false;
    groups.value = [];
    add(filter.shown.value);
  };

  filter.onChange((change) => {
    if (change.kind === 'reset') {
      if (grouped.value) rebuild();
      else stale = true;
    } else if (!stale) add(change.entries);
  });
  add(filter.shown.value);

  return {
    groups,
    grouped,
    expanded,
    active,
    activate(line) {
      active.value = line;
    },
    setGrouped(on) {
      batch(() => {
        if (on && stale) rebuild();
        grouped.value = on;
      });
    },
    toggle(key) {
      const next = new Set(expanded.value);
      if (!next.delete(key)) next.add(key);
      expanded.value = next;
    },
  };
}

/** Two ascending lists as one; arrivals are usually all newer than what is there, and are appended. */
function mergeAscending(existing: number[], added: number[]): number[] {
  if (existing.length === 0 || added[0]! >= existing.at(-1)!) return existing.concat(added);
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < existing.length && j < added.length)
    merged.push(existing[i]! <= added[j]! ? existing[i++]! : added[j++]!);
  return merged.concat(existing.slice(i), added.slice(j));
}

/**
 * How many of `times` (oldest first) fall in each of `buckets` equal spans of [from, to], those
 * outside counted in the first or last. Each bucket's end is found by bisection: a group of 10^5
 * errors costs its bar a few dozen comparisons, not 10^5, whenever the grouped view renders it.
 */
export function timeBuckets(times: readonly number[], from: number, to: number, buckets: number): number[] {
  const span = to - from;
  const bucketOf = (ms: number) =>
    span <= 0 ? buckets - 1 : Math.min(buckets - 1, Math.max(0, Math.floor(((ms - from) / span) * buckets)));
  const counts = new Array<number>(buckets).fill(0);
  let start = 0;
  for (let b = 0; b < buckets && start < times.length; b++) {
    // The first of `times` past bucket b: bucketOf never decreases along sorted times.
    let lo = start;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (bucketOf(times[mid]!) <= b) lo = mid + 1;
      else hi = mid;
    }
    counts[b] = lo - start;
    start = lo;
  }
  return counts;
}
