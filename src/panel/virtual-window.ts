/**
 * Geometry of a list of fixed-height rows of which only those in view, and a few around them, are in
 * the document: a session of 10^5 findings must open and scroll as fast as one of ten.
 */

/** 10^5 rows make a list 2.6 Mpx tall, well inside the ~17.9 Mpx Firefox allows an element. */
export const ROW_HEIGHT = 26;

/**
 * Up to this many rows the whole list is rendered: it costs a couple of milliseconds, and keeps a small
 * session entirely in the document for screen readers' browse mode and for the e2e tests, which read
 * every row of their sessions (up to ~90) from panels that show as few as six.
 */
export const RENDER_ALL_UP_TO = 100;

/** Rows kept beyond each edge of the view, so a wheel step shows rows already laid out. */
const MAX_OVERSCAN = 6;

export interface Viewport {
  scrollTop: number;
  height: number;
}

/** Rows `start` (inclusive) to `end` (exclusive). */
export interface RowRange {
  start: number;
  end: number;
}

/** The rows any part of which is in view. */
export function rowsInView(count: number, { scrollTop, height }: Viewport, rowHeight = ROW_HEIGHT): RowRange {
  const start = Math.min(count, Math.max(0, Math.floor(scrollTop / rowHeight)));
  const end = Math.min(count, Math.max(start, Math.ceil((scrollTop + height) / rowHeight)));
  return { start, end };
}

/** The rows to render: those in view and an overscan of at most half as many on each side. */
export function renderedRows(count: number, viewport: Viewport, rowHeight = ROW_HEIGHT): RowRange {
  if (count <= RENDER_ALL_UP_TO) return { start: 0, end: count };
  const { start, end } = rowsInView(count, viewport, rowHeight);
  const overscan = Math.min(MAX_OVERSCAN, Math.floor((end - start) / 2));
  return { start: Math.max(0, start - overscan), end: Math.min(count, end + overscan) };
}

/** The scroll position that shows all of row `index`, moving as little as possible. */
export function revealRow(index: number, { scrollTop, height }: Viewport, rowHeight = ROW_HEIGHT): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + height) return Math.max(0, top + rowHeight - height);
  return scrollTop;
}

/** Where a navigation key moves the selection from `index` (-1: none yet); null for other keys. */
export function keyTarget(key: string, index: number, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  const from = Math.max(0, index);
  const target: Record<string, number> = {
    ArrowDown: index === -1 ? 0 : from + 1,
    ArrowUp: from - 1,
    PageDown: from + pageRows,
    PageUp: from - pageRows,
    Home: 0,
    End: count - 1,
  };
  const next = target[key];
  return next === undefined ? null : Math.min(count - 1, Math.max(0, next));
}

/** How many rows PageUp and PageDown move: the rows wholly in view, at least one. */
export function pageRows(height: number, rowHeight = ROW_HEIGHT): number {
  return Math.max(1, Math.floor(height / rowHeight));
}

/**
 * The scroll position that keeps the rows the user is reading in place after rows were added above
 * them; at the very top it stays there, so the newest rows come into view. Rows are only ever added
 * (anywhere) or dropped below, so the row at the top of the view can only move down.
 */
export function anchoredScrollTop<T>(
  before: readonly T[],
  after: readonly T[],
  scrollTop: number,
  rowHeight = ROW_HEIGHT,
): number {
  if (scrollTop < 1) return 0;
  const index = Math.floor(scrollTop / rowHeight);
  const anchor = before[index];
  const moved = anchor === undefined ? -1 : after.indexOf(anchor, index);
  return moved === -1 ? scrollTop : scrollTop + (moved - index) * rowHeight;
}
