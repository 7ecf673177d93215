import { batch, type Signal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { SessionEntry } from '../core/session/session.ts';
import { FindingRow, rowId } from './finding-row.tsx';
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
import { useViewport } from './use-viewport.ts';
import { VirtualRows } from './virtual-rows.tsx';

interface Props {
  entries: SessionEntry[];
  selected: Signal<number | null>;
  checked: Signal<ReadonlySet<number>>;
  /** Focus the list from outside (the filter box's ArrowDown), by this ref. */
  listRef?: { current: HTMLDivElement | null };
}

/**
 * A listbox of fixed-height rows of which only those in view are rendered. Focus stays on the listbox
 * and aria-activedescendant names the selected row: a focused row would be removed, and focus lost,
 * as soon as it scrolled out of the window.
 */
export function FindingList({ entries, selected, checked, listRef }: Props) {
  const { t } = useLocale();
  const own = useRef<HTMLDivElement>(null);
  const list = listRef ?? own;
  const { view, sync, reveal } = useViewport(list);
  const shown = useRef(entries);

  useLayoutEffect(() => {
    const el = list.current!;
    const top = anchoredScrollTop(shown.current, entries, el.scrollTop);
    shown.current = entries;
    if (top !== el.scrollTop) el.scrollTop = top;
    sync();
  }, [entries]);

  const selection = (): MultiSelection<number> => ({ active: selected.value, chosen: checked.value });
  const select = (index: number, gesture: Gesture = 'only') => {
    const el = list.current!;
    const entry = entries[index];
    if (!entry) return;
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
    const index = entries.findIndex((e) => e.seq === selected.value);
    const viewport = { scrollTop: el.scrollTop, height: el.clientHeight };
    // With nothing selected, Enter takes the first row the user sees, not the top of a long list.
    const current = index === -1 ? rowsInView(entries.length, viewport).start : index;
    const target = activate
      ? current
      : keyTarget(event.key, index, entries.length, pageRows(viewport.height));
    if (target === null) return;
    event.preventDefault();
    select(target, keyGesture(event));
  };

  const { start, end } = renderedRows(entries.length, view);
  const rows = entries.slice(start, end);
  const active = rows.find((e) => e.seq === selected.value);
  const current = selection();
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
      <VirtualRows count={entries.length} start={start}>
        {rows.map((entry, i) => (
          <FindingRow
            key={entry.seq}
            entry={entry}
            index={start + i}
            count={entries.length}
            selected={isSelected(current, entry.seq)}
            onPick={(event) => select(start + i, gestureOf(event))}
          />
        ))}
      </VirtualRows>
    </div>
  );
}
