/**
 * Selection in a long list the way file managers and DevTools' grids do it: a click or an arrow key
 * selects one row, Ctrl/⌘+click adds or removes one, Shift+click or Shift+arrow takes the range from
 * the active row, Ctrl/⌘+arrow moves without selecting and Space then adds or removes the row,
 * Ctrl/⌘+A takes every row shown. Rows carry no checkbox: a control inside an option is not reachable
 * by keyboard or assistive technology.
 */
export interface MultiSelection<K> {
  /** The row the detail shows and the keyboard moves from. */
  active: K | null;
  /** Rows selected besides, for combined reports; empty while only the active row is. */
  chosen: ReadonlySet<K>;
}

export type Gesture = 'only' | 'toggle' | 'range' | 'move' | 'mark';

export function gestureOf(event: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): Gesture {
  if (event.shiftKey) return 'range';
  return event.ctrlKey || event.metaKey ? 'toggle' : 'only';
}

export function applyGesture<K>(
  selection: MultiSelection<K>,
  key: K,
  gesture: Gesture,
  order: readonly K[],
): MultiSelection<K> {
  const { active, chosen } = selection;
  if (gesture === 'only') return { active: key, chosen: new Set() };
  // What was selected stays selected, the active row among it.
  const kept = chosen.size === 0 && active !== null ? new Set([active]) : chosen;
  if (gesture === 'move') return { active: key, chosen: kept };
  if (gesture === 'mark') {
    const next = new Set(chosen);
    if (!next.delete(key)) next.add(key);
    return { active: key, chosen: next };
  }
  if (gesture === 'toggle') {
    const next = new Set(kept);
    if (!next.delete(key)) next.add(key);
    return { active: key, chosen: next };
  }
  const from = active === null ? -1 : order.indexOf(active);
  const to = order.indexOf(key);
  if (from === -1 || to === -1) return { active: key, chosen: new Set() };
  const [lo, hi] = from < to ? [from, to] : [to, from];
  return { active, chosen: new Set(order.slice(lo, hi + 1)) };
}

export function isSelected<K>(selection: MultiSelection<K>, key: K): boolean {
  return selection.chosen.size > 0 ? selection.chosen.has(key) : selection.active === key;
}

/** The rows of `shown` a combined action takes: those chosen, else the active one, in shown order. */
export function selectedOf<T, K>(
  selection: MultiSelection<K>,
  shown: readonly T[],
  keyOf: (row: T) => K,
): T[] {
  const { active, chosen } = selection;
  if (chosen.size > 0) return shown.filter((row) => chosen.has(keyOf(row)));
  const found = active === null ? undefined : shown.find((row) => keyOf(row) === active);
  return found === undefined ? [] : [found];
}

/** What a key does to the selection: Space marks, Shift extends, Ctrl/⌘ moves alone, others select one. */
export function keyGesture(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey'>): Gesture {
  if (event.key === ' ') return 'mark';
  if (event.key === 'Enter') return 'only';
  if (event.shiftKey) return 'range';
  return event.ctrlKey || event.metaKey ? 'move' : 'only';
}
