import { batch, signal, type Signal } from '@preact/signals';
import type { Redacted } from '../core/redact/redacted.ts';
import type { ExchangePreview } from '../core/ingest/preview.ts';
import type { PageChange } from '../core/session/page-change.ts';
import { SESSION_CAP, type SessionEntry, type SessionSource } from '../core/session/session.ts';
import { prepareSubject, type PreparedSubject } from '../core/filter/match.ts';
import { findingSubject } from '../core/filter/subjects.ts';
import type { Finding } from '../model/finding.ts';

/** As many as the session keeps: the panel must not outgrow the capture side in a flood. */
const SHOWN_CAP = SESSION_CAP;

/** Findings ordered per task when the panel opens on a long session: a few ms each, far from a long task. */
const LOAD_CHUNK = 1000;

/**
 * Older findings are shown this many at a time: each showing copies the whole list, and at 10^5 rows
 * a copy per chunk makes garbage enough for collections that are long tasks themselves.
 */
const SHOW_LOADED = 10_000;

/** A finding as the panel holds it, without its exchange (the session drops old ones). */
export interface ShownEntry extends SessionEntry {
  /**
   * When its request started, parsed once: the list is ordered and merged by it, and `Date.parse` in
   * each comparison was most of the work of opening a panel on 10^5 findings.
   */
  startedMs: number;
  /**
   * What the filter and the groups read, lower-cased once, as the entry is made: the groups read it of
   * every entry anyway, and made here it is spread over the chunks a long session loads in. Kept in a
   * WeakMap instead, 10^5 findings made every major collection walk as many ephemerons in its one pause
   * (20 ms on a quiet machine, a long task while typing on a busy one).
   */
  subject: PreparedSubject;
}

export const shownEntry = (seq: number, finding: Finding): ShownEntry => ({
  seq,
  finding,
  startedMs: Date.parse(finding.startedAt) || 0,
  subject: prepareSubject(findingSubject(finding)),
});

export interface FindingsStore {
  startedAt: string;
  /** Newest first, without their exchanges: see `exchangeOf`. */
  entries: Signal<ShownEntry[]>;
  /** Reloads and navigations of the inspected tab, oldest first: the list marks them among the errors. */
  pageChanges: Signal<readonly PageChange[]>;
  selected: Signal<number | null>;
  /** Rows ticked for a combined report or export. */
  checked: Signal<ReadonlySet<number>>;
  /** The exchange of an entry, read from the session only when it is shown or exported. */
  exchangeOf(seq: number): Redacted<ExchangePreview> | undefined;
  clear(): void;
  /**
   * Told of each change to `entries` in the same batch, so views derived from it (a filter, the
   * groups) follow arrivals without going over 10^5 rows again. Returns an unsubscribe function.
   */
  onChange(listener: (change: EntriesChange) => void): () => void;
}

/** Rows added (newest first), or a change that is no mere addition: derived views start over. */
export type EntriesChange = { kind: 'added'; entries: ShownEntry[] } | { kind: 'reset' };

/**
 * The panel's view of the session, newest first. Findings come from the devtools page's realm and are
 * shared, not cloned: nothing changes a finding once made, and at 10^5 findings a clone would double
 * the memory and its garbage collections would freeze the panel as it opens. Arrivals are applied once
 * per frame, so a burst of requests costs one render; a long session is ordered a chunk per task,
 * newest first, so the panel shows at once.
 */
export function createFindingsStore(source: SessionSource): FindingsStore {
  let backlog = source.entries();
  const entries = signal<ShownEntry[]>(newestFirst(withoutExchanges(backlog.splice(-LOAD_CHUNK))));
  const pageChanges = signal<readonly PageChange[]>(source.pageChanges());
  source.subscribePageChanges((changes) => (pageChanges.value = changes));
  const selected = signal<number | null>(null);
  const checked = signal<ReadonlySet<number>>(new Set());
  let loaded: ShownEntry[] = [];
  let pending: ShownEntry[] = [];
  let scheduled = false;
  const listeners = new Set<(change: EntriesChange) => void>();
  const tell = (change: EntriesChange) => listeners.forEach((listener) => listener(change));

  const show = (added: ShownEntry[]) => {
    if (added.length === 0) return;
    const merged = mergeNewestFirst(added, entries.value);
    // A new array: cut in place rather than copied once more.
    const cut = merged.length > SHOWN_CAP;
    if (cut) merged.length = SHOWN_CAP;
    batch(() => {
      entries.value = merged;
      tell(cut ? { kind: 'reset' } : { kind: 'added', entries: added });
    });
  };

  const loadOlder = () => {
    if (entries.value.length >= SHOWN_CAP) backlog = [];
    loaded = mergeNewestFirst(newestFirst(withoutExchanges(backlog.splice(-LOAD_CHUNK))), loaded);
    if (backlog.length === 0 || loaded.length >= SHOW_LOADED) {
      show(loaded);
      loaded = [];
    }
    if (backlog.length > 0) setTimeout(loadOlder);
  };
  // After the first frame: a chunk run before it would delay the rows the panel can show at once.
  requestAnimationFrame(() => setTimeout(loadOlder));

  const flush = () => {
    scheduled = false;
    show(newestFirst(pending));
    pending = [];
  };

  source.subscribe((added) => {
    pending.push(...withoutExchanges(added));
    // A hidden panel gets no animation frames: keep only what it could show once visible again,
    // trimmed in bulk so that a flood does not copy the whole queue on every arrival.
    if (pending.length > 2 * SHOWN_CAP) pending = pending.slice(-SHOWN_CAP);
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(flush);
    }
  });

  // A team pack changed how some errors read: swap them in place, keeping their seq and position.
  source.subscribeReplaced((replaced) => {
    const bySeq = new Map(replaced.map(({ seq, finding }) => [seq, finding]));
    const swap = <E extends SessionEntry>(list: E[]): (E | ShownEntry)[] =>
      list.map((entry) => {
        const finding = bySeq.get(entry.seq);
        return finding ? shownEntry(entry.seq, finding) : entry;
      });
    backlog = swap(backlog);
    loaded = swap(loaded);
    pending = swap(pending);
    batch(() => {
      entries.value = swap(entries.value);
      tell({ kind: 'reset' });
    });
  });

  return {
    startedAt: source.startedAt,
    entries,
    pageChanges,
    selected,
    checked,
    exchangeOf: (seq) => source.exchange(seq),
    clear() {
      source.clear();
      backlog = [];
      loaded = [];
      pending = [];
      batch(() => {
        entries.value = [];
        pageChanges.value = [];
        selected.value = null;
        checked.value = new Set();
        tell({ kind: 'reset' });
      });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The session drops old exchanges; entries held here must not keep them alive. */
function withoutExchanges(list: SessionEntry[]): ShownEntry[] {
  return list.map(({ seq, finding }) => shownEntry(seq, finding));
}

/**
 * Order by when the request started, not when its finding arrived: bodies are fetched asynchronously,
 * so a POST fired first can be analysed after a GET fired later (Firefox reports such requests late).
 */
function newer(a: ShownEntry, b: ShownEntry): boolean {
  const diff = a.startedMs - b.startedMs;
  return diff > 0 || (diff === 0 && a.seq > b.seq);
}

function newestFirst(list: ShownEntry[]): ShownEntry[] {
  return list.sort((a, b) => (newer(a, b) ? -1 : newer(b, a) ? 1 : 0));
}

/**
 * Both lists are newest first. Live arrivals belong near the top and older chunks at the bottom: the
 * merge starts where the newest of `added` belongs, found by bisection, so it compares (and parses
 * dates) only where the two lists overlap, not across 10^5 rows.
 */
export function mergeNewestFirst(added: ShownEntry[], existing: ShownEntry[]): ShownEntry[] {
  const first = added[0];
  if (!first) return existing;
  let lo = 0;
  let hi = existing.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (newer(first, existing[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  const merged = existing.slice(0, lo);
  let i = 0;
  let j = lo;
  while (i < added.length && j < existing.length) {
    merged.push(newer(added[i]!, existing[j]!) ? added[i++]! : existing[j++]!);
  }
  return merged.concat(added.slice(i), existing.slice(j));
}
