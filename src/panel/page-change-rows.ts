import type { PageChange } from '../core/session/page-change.ts';
import type { ShownEntry } from './findings-store.ts';

/** A line of the Errors list: an error, or the marker where the inspected page changed. */
export type ListRow = ShownEntry | PageChange;

export const isPageChange = (row: ListRow): row is PageChange => !('seq' in row);

export interface MarkedRows {
  /** The errors, newest first, with a marker below the errors of each new page. */
  rows: readonly ListRow[];
  /** Where the markers are in `rows`, ascending. */
  markers: readonly number[];
}

/** How many of `entries` (newest first) started at `at` or later: the new page's errors sit above. */
function errorsSince(entries: readonly ShownEntry[], at: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.startedMs >= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The markers a list shows: one under the errors of each page that has any in `entries` (what the
 * filter shows). A page with none gets no marker, so a filter never leaves markers on their own and a
 * run of pages without errors is not a run of markers. Without a marker to show, `rows` is `entries`
 * itself: no copy of 10^5 rows.
 */
export function markPageChanges(entries: readonly ShownEntry[], changes: readonly PageChange[]): MarkedRows {
  const places: { at: number; change: PageChange }[] = [];
  // Newest first: a change's page made the errors between its place and the newer change's.
  let newer = 0;
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    const at = errorsSince(entries, Date.parse(change.at));
    if (at > newer) places.push({ at, change });
    newer = Math.max(newer, at);
  }
  if (places.length === 0) return { rows: entries, markers: [] };
  const rows: ListRow[] = [];
  const markers: number[] = [];
  let from = 0;
  for (const { at, change } of places) {
    for (let i = from; i < at; i++) rows.push(entries[i]!);
    markers.push(rows.length);
    rows.push(change);
    from = at;
  }
  for (let i = from; i < entries.length; i++) rows.push(entries[i]!);
  return { rows, markers };
}

/** The error row nearest `index` going `step` (1 down, -1 up), else the other way; -1 if none. */
export function errorRowNear(rows: readonly ListRow[], index: number, step: 1 | -1): number {
  for (const direction of [step, -step]) {
    for (let i = index; i >= 0 && i < rows.length; i += direction) if (!isPageChange(rows[i]!)) return i;
  }
  return -1;
}

/** The place of row `index` among the errors alone (markers are no option of the listbox). */
export function errorIndexOf(markers: readonly number[], index: number): number {
  let before = 0;
  while (before < markers.length && markers[before]! < index) before++;
  return index - before;
}

/** The marker closing the group that row `index` belongs to (at or below it), if any. */
export function markerBelow(markers: readonly number[], index: number): number | undefined {
  return markers.find((m) => m >= index);
}
