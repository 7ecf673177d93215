import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { filterMatcher, prepareSubject, type PreparedSubject } from '../core/filter/match.ts';
import { parseFilter, type ParsedFilter } from '../core/filter/parse.ts';
import { findingSubject } from '../core/filter/subjects.ts';
import type { Finding } from '../model/finding.ts';
import type { SessionEntry } from '../core/session/session.ts';
import { mergeNewestFirst, type EntriesChange, type FindingsStore } from './findings-store.ts';

export interface ErrorsFilter {
  /** The box's text as typed. */
  text: ReadonlySignal<string>;
  parsed: ReadonlySignal<ParsedFilter>;
  /** What the Errors view shows, newest first: the store's own list while nothing filters. */
  shown: ReadonlySignal<SessionEntry[]>;
  setText(text: string): void;
  /** The entry as the filter reads it, lower-cased once per finding. */
  subjectOf(entry: SessionEntry): PreparedSubject;
  /** Changes of `shown`, in the same batch, for views derived from it. */
  onChange(listener: (change: EntriesChange) => void): () => void;
}

/**
 * The filter of the Errors view. New arrivals are matched as they come and merged into what is shown,
 * so a live session never filters its 10^5 rows again; only a new filter does, once per keystroke.
 */
export function createErrorsFilter(findings: FindingsStore): ErrorsFilter {
  const subjects = new WeakMap<Finding, PreparedSubject>();
  const subjectOf = ({ finding }: SessionEntry) => {
    let subject = subjects.get(finding);
    if (!subject) subjects.set(finding, (subject = prepareSubject(findingSubject(finding))));
    return subject;
  };
  const text = signal('');
  const parsed = signal(parseFilter(''));
  let matches = filterMatcher(parsed.value);
  // null while no term filters: then the view shows the store's list itself, without a copy.
  const filtered = signal<SessionEntry[] | null>(null);
  const shown = computed(() => filtered.value ?? findings.entries.value);
  const listeners = new Set<(change: EntriesChange) => void>();
  const tell = (change: EntriesChange) => listeners.forEach((listener) => listener(change));

  const refilter = () => {
    const all = findings.entries.value;
    filtered.value = parsed.value.active.length === 0 ? null : all.filter((e) => matches(subjectOf(e)));
    tell({ kind: 'reset' });
  };

  findings.onChange((change) => {
    if (change.kind === 'reset') return refilter();
    const current = filtered.value;
    if (current === null) return tell(change);
    const kept = change.entries.filter((e) => matches(subjectOf(e)));
    if (kept.length === 0) return;
    filtered.value = mergeNewestFirst(kept, current);
    tell({ kind: 'added', entries: kept });
  });

  return {
    text,
    parsed,
    shown,
    subjectOf,
    setText(next) {
      const before = parsed.value;
      const after = parseFilter(next);
      batch(() => {
        text.value = next;
        parsed.value = after;
        // Typing a space, or an invalid term, changes nothing that filters.
        if (sameTerms(before, after)) return;
        matches = filterMatcher(after);
        refilter();
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
