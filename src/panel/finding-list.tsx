import type { Signal } from '@preact/signals';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SessionEntry } from '../core/session/session.ts';
import { FindingRow, rowId } from './finding-row.tsx';
import {
  ROW_HEIGHT,
  anchoredScrollTop,
  keyTarget,
  pageRows,
  renderedRows,
  revealRow,
  rowsInView,
  type Viewport,
} from './virtual-window.ts';

interface Props {
  entries: SessionEntry[];
  selected: Signal<number | null>;
  checked: Signal<ReadonlySet<number>>;
}

/**
 * A listbox of fixed-height rows of which only those in view are rendered. Focus stays on the listbox
 * and aria-activedescendant names the selected row: a focused row would be removed, and focus lost,
 * as soon as it scrolled out of the window.
 */
export function FindingList({ entries, selected, checked }: Props) {
  const list = useRef<HTMLDivElement>(null);
  // Until the list is measured, the window's height bounds it.
  const [view, setView] = useState<Viewport>(() => ({ scrollTop: 0, height: window.innerHeight }));
  const shown = useRef(entries);

  const sync = () => {
    const el = list.current;
    if (!el) return;
    const { scrollTop, clientHeight: height } = el;
    setView((v) => (v.scrollTop === scrollTop && v.height === height ? v : { scrollTop, height }));
  };

  useLayoutEffect(() => {
    const observer = new ResizeObserver(sync);
    observer.observe(list.current!);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = list.current!;
    const top = anchoredScrollTop(shown.current, entries, el.scrollTop);
    shown.current = entries;
    if (top !== el.scrollTop) el.scrollTop = top;
    sync();
  }, [entries]);

  const select = (index: number) => {
    const el = list.current!;
    const entry = entries[index];
    if (!entry) return;
    selected.value = entry.seq;
    el.scrollTop = revealRow(index, { scrollTop: el.scrollTop, height: el.clientHeight });
    el.focus({ preventScroll: true });
    sync();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const el = list.current!;
    const activate = event.key === 'Enter' || event.key === ' ';
    // A row's checkbox takes its own Space.
    if (activate && event.target !== el) return;
    const index = entries.findIndex((e) => e.seq === selected.value);
    const viewport = { scrollTop: el.scrollTop, height: el.clientHeight };
    // With nothing selected, Enter takes the first row the user sees, not the top of a long list.
    const current = index === -1 ? rowsInView(entries.length, viewport).start : index;
    const target = activate
      ? current
      : keyTarget(event.key, index, entries.length, pageRows(viewport.height));
    if (target === null) return;
    event.preventDefault();
    select(target);
  };

  const { start, end } = renderedRows(entries.length, view);
  const rows = entries.slice(start, end);
  const active = rows.find((e) => e.seq === selected.value);
  return (
    <div
      ref={list}
      class="list"
      role="listbox"
      tabIndex={0}
      aria-label="API errors"
      aria-activedescendant={active ? rowId(active.seq) : undefined}
      onKeyDown={onKeyDown}
      onScroll={sync}
    >
      <div
        class="rows"
        role="none"
        style={{
          '--row-height': `${ROW_HEIGHT}px`,
          height: `${entries.length * ROW_HEIGHT}px`,
          paddingTop: `${start * ROW_HEIGHT}px`,
        }}
      >
        {rows.map((entry, i) => (
          <FindingRow
            key={entry.seq}
            entry={entry}
            index={start + i}
            count={entries.length}
            selected={entry === active}
            checked={checked.value.has(entry.seq)}
            onSelect={() => select(start + i)}
            onCheck={() => {
              const next = new Set(checked.value);
              if (!next.delete(entry.seq)) next.add(entry.seq);
              checked.value = next;
            }}
          />
        ))}
      </div>
    </div>
  );
}
