import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { SessionEntry } from '../core/session/session.ts';
import type { ErrorsFilter } from './errors-filter.ts';
import { mergeNewestFirst } from './findings-store.ts';

/** The errors of one code from one host. */
export interface ErrorGroup {
  key: string;
  /** '' when the errors have no code. */
  code: string;
  host: string;
  count: number;
  /** How many of each status, in the order first seen. */
  statuses: Map<number, number>;
  /** When their requests started (ms), in arrival order: what the time bar counts. */
  times: number[];
  firstMs: number;
  lastMs: number;
  /** Newest first, as the list shows them. */
  entries: SessionEntry[];
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

const startedMs = (entry: SessionEntry) => Date.parse(entry.finding.startedAt) || 0;

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

  const add = (added: SessionEntry[]) => {
    const touched = new Map<ErrorGroup, SessionEntry[]>();
    for (const entry of added) {
      const subject = filter.subjectOf(entry);
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
      const ms = startedMs(entry);
      group.count++;
      group.statuses.set(entry.finding.status, (group.statuses.get(entry.finding.status) ?? 0) + 1);
      group.times.push(ms);
      group.firstMs = Math.min(group.firstMs, ms);
      group.lastMs = Math.max(group.lastMs, ms);
      const batchOf = touched.get(group);
      if (batchOf) batchOf.push(entry);
      else touched.set(group, [entry]);
    }
    // `added` is newest first, and so is each group's part of it.
    for (const [group, part] of touched) group.entries = mergeNewestFirst(part, group.entries);
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

/** How many of `times` fall in each of `buckets` equal spans of [from, to]. */
export function timeBuckets(times: readonly number[], from: number, to: number, buckets: number): number[] {
  const counts = new Array<number>(buckets).fill(0);
  const span = to - from;
  for (const ms of times) {
    const at = span <= 0 ? buckets - 1 : Math.floor(((ms - from) / span) * buckets);
    counts[Math.min(buckets - 1, Math.max(0, at))]!++;
  }
  return counts;
}
