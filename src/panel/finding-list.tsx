import { batch, type Signal } from '@preact/signals';
import type { VNode } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { PageChange } from '../core/session/page-change.ts';
import { FindingRow, rowId } from './finding-row.tsx';
import {
  errorIndexOf,
  errorRowNear,
  isPageChange,
  markPageChanges,
  markerBelow,
} from './page-change-rows.ts';
import { PageChangeRow, usePageChangeText } from './page-change-row.tsx';
import { useLocale } from './locale.ts';
import {
  applyGesture,
  gestureOf,
  isSelected,
  keyGesture,
  type Gesture,
  type MultiSelection,
} from './multi-select.ts';
import { anchoredScrollTop, keyTarget, pageRows, renderedRows, rowsInView } from './virtual-window.ts';
import type { ShownEntry } from './findings-store.ts';
import { useViewport } from './use-viewport.ts';
import { VirtualRows } from './virtual-rows.tsx';

interface Props {
  entries: ShownEntry[];
  /** Reloads and navigations of the tab: a marker under the errors of each page that made some. */
  pageChanges: readonly PageChange[];
  selected: Signal<number | null>;
  checked: Signal<ReadonlySet<number>>;
  /** Focus the list from outside (the filter box's ArrowDown), by this ref. */
  listRef?: { current: HTMLDivElement | null };
}

/**
 * A listbox of fixed-height rows of which only those in view are rendered. Focus stays on the listbox
 * and aria-activedescendant names the selected row: a focused row would be removed, and focus lost,
 * as soon as it scrolled out of the window. The errors of each page the tab loaded form a group (the
 * listbox pattern's groups of options), named by the marker row under them; markers are no options,
 * so the keys and the selection pass over them.
 */
export function FindingList({ entries, pageChanges, selected, checked, listRef }: Props) {
  const { t } = useLocale();
  const markerText = usePageChangeText();
  const own = useRef<HTMLDivElement>(null);
  const list = listRef ?? own;
  const { view, sync, reveal } = useViewport(list);
  const { rows, markers } = useMemo(() => markPageChanges(entries, pageChanges), [entries, pageChanges]);
  const shown = useRef(rows);

  useLayoutEffect(() => {
    const el = list.current!;
    const top = anchoredScrollTop(shown.current, rows, el.scrollTop);
    shown.current = rows;
    if (top !== el.scrollTop) el.scrollTop = top;
    sync();
  }, [rows]);

  const selection = (): MultiSelection<number> => ({ active: selected.value, chosen: checked.value });
  const select = (index: number, gesture: Gesture = 'only') => {
    const el = list.current!;
    const entry = rows[index];
    if (!entry || isPageChange(entry)) return;
    const next = applyGesture(
      selection(),
      entry.seq,
      gesture,
      gesture === 'range' ? entries.map((e) => e.seq) : [],
    );
    batch(() => {
      selected.value = next.active;
      checked.value = next.chosen;
    });
    reveal(index);
    el.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const el = list.current!;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      checked.value = new Set(entries.map((e) => e.seq));
      return;
    }
    const activate = event.key === 'Enter' || event.key === ' ';
    const index = rows.findIndex((e) => !isPageChange(e) && e.seq === selected.value);
    const viewport = { scrollTop: el.scrollTop, height: el.clientHeight };
    // With nothing selected, Enter takes the first row the user sees, not the top of a long list.
    const current = index === -1 ? rowsInView(rows.length, viewport).start : index;
    const target = activate ? current : keyTarget(event.key, index, rows.length, pageRows(viewport.height));
    if (target === null) return;
    event.preventDefault();
    // A marker is passed over in the direction the key moves; at the bottom, the error above it.
    const up = event.key === 'ArrowUp' || event.key === 'PageUp' || event.key === 'Home';
    select(errorRowNear(rows, target, up ? -1 : 1), keyGesture(event));
  };

  const { start, end } = renderedRows(rows.length, view);
  const windowRows = rows.slice(start, end);
  const active = windowRows.find((e): e is ShownEntry => !isPageChange(e) && e.seq === selected.value);
  const current = selection();
  const groupOf = (children: VNode[], marker: PageChange | undefined, key: string) =>
    marker ? (
      <div key={key} role="group" class="page-group" aria-label={markerText(marker)}>
        {children}
      </div>
    ) : (
      children
    );
  // The window's rows, cut into the groups of the pages they belong to: each marker closes one.
  const items: (VNode | VNode[])[] = [];
  let group: VNode[] = [];
  windowRows.forEach((row, i) => {
    const index = start + i;
    if (isPageChange(row)) {
      const marker = <PageChangeRow key={`page-${row.at}`} change={row} text={markerText(row)} />;
      items.push(group.length > 0 ? groupOf([...group, marker], row, `group-${row.at}`) : marker);
      group = [];
      return;
    }
    group.push(
      <FindingRow
        key={row.seq}
        entry={row}
        index={errorIndexOf(markers, index)}
        count={entries.length}
        selected={isSelected(current, row.seq)}
        onPick={(event) => select(index, gestureOf(event))}
      />,
    );
  });
  if (group.length > 0) {
    const below = markerBelow(markers, end);
    const marker = below === undefined ? undefined : (rows[below] as PageChange);
    items.push(groupOf(group, marker, `group-${marker?.at ?? 'first'}`));
  }
  return (
    <div
      ref={list}
      class="list"
      role="listbox"
      tabIndex={0}
      aria-label={t.errors.list}
      aria-multiselectable="true"
      aria-activedescendant={active ? rowId(active.seq) : undefined}
      onKeyDown={onKeyDown}
      onScroll={sync}
    >
      <VirtualRows count={rows.length} start={start}>
        {items}
      </VirtualRows>
    </div>
  );
}
