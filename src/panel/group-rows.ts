import type { SessionEntry } from '../core/session/session.ts';
import type { ErrorGroup } from './error-groups.ts';

/** A line of the grouped view: a group, or one of the errors of an expanded group. */
export type GroupLine =
  | { kind: 'group'; group: ErrorGroup; index: number }
  | { kind: 'error'; group: ErrorGroup; entry: SessionEntry; index: number; posInGroup: number };

/**
 * The grouped view's lines, without listing them: a group of 10^5 errors expanded must not cost an
 * array of 10^5 lines per render. Lines are found from the groups' offsets by bisection.
 */
export interface GroupLines {
  count: number;
  at(index: number): GroupLine | undefined;
  /** The line of a group's header. */
  indexOfGroup(key: string): number;
}

export function groupLines(groups: readonly ErrorGroup[], expanded: ReadonlySet<string>): GroupLines {
  // starts[i]: the line of group i's header.
  const starts = new Array<number>(groups.length);
  let count = 0;
  groups.forEach((group, i) => {
    starts[i] = count;
    count += 1 + (expanded.has(group.key) ? group.entries.length : 0);
  });
  return {
    count,
    at(index) {
      if (index < 0 || index >= count) return undefined;
      let lo = 0;
      let hi = groups.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= index) lo = mid;
        else hi = mid - 1;
      }
      const group = groups[lo]!;
      const offset = index - starts[lo]!;
      if (offset === 0) return { kind: 'group', group, index };
      return { kind: 'error', group, entry: group.entries[offset - 1]!, index, posInGroup: offset - 1 };
    },
    indexOfGroup(key) {
      const i = groups.findIndex((g) => g.key === key);
      return i === -1 ? -1 : starts[i]!;
    },
  };
}
