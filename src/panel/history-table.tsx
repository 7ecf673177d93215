import { useLayoutEffect, useRef } from 'preact/hooks';
import type { HistoryState } from './history-state.ts';
import { HistoryRow, historyRowId } from './history-row.tsx';
import { useLocale } from './locale.ts';
import { gestureOf, isSelected, keyGesture, type Gesture } from './multi-select.ts';
import { useViewport } from './use-viewport.ts';
import { VirtualRows } from './virtual-rows.tsx';
import { ROW_HEIGHT, keyTarget, pageRows, renderedRows, rowsInView } from './virtual-window.ts';

/**
 * The history as a grid, one record per line, of which only the lines in view are rendered. Scrolling
 * towards the end reads the next page; End goes to the last record loaded, and again until the last
 * of all. Focus stays on the grid and aria-activedescendant names the active row.
 */
export function HistoryTable({
  state,
  gridRef,
}: {
  state: HistoryState;
  gridRef: { current: HTMLDivElement | null };
}) {
  const { t } = useLocale();
  // The grid scrolls itself, under its sticky header row: one focusable scroller, as axe asks.
  const { view, sync, reveal } = useViewport(gridRef, ROW_HEIGHT);
  const records = state.records.value;
  const selection = state.selection.value;
  const more = state.more.value;
  // Sized by the count of matches once known, so the scroll bar does not grow as pages arrive; rows
  // not read yet show as loading until the pages before them are in.
  const rows = Math.max(records.length, state.matching.value ?? records.length + (more ? 1 : 0));
  const { start, end } = renderedRows(rows, view);
  // End pressed before the last record is read: it is selected once it is.
  const wantsLast = useRef(false);

  // Whenever the view or the loaded rows change: read on while the end is in sight.
  useLayoutEffect(() => {
    state.reach(end);
    if (wantsLast.current && !more) {
      wantsLast.current = false;
      go(records.length - 1, 'only');
    }
  }, [end, records]);

  const go = (index: number, gesture: Gesture) => {
    const record = records[Math.min(index, records.length - 1)];
    if (!record) return;
    state.pick(record.id, gesture);
    reveal(index);
    gridRef.current?.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const el = gridRef.current!;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      state.selectAll();
      return;
    }
    const index = state.indexOf(selection.active);
    const viewport = { scrollTop: el.scrollTop, height: el.clientHeight - ROW_HEIGHT };
    const from = index === -1 ? rowsInView(records.length, viewport).start : index;
    const target =
      event.key === 'Enter' || event.key === ' '
        ? from
        : keyTarget(event.key, index, records.length, pageRows(viewport.height));
    if (target === null) return;
    event.preventDefault();
    wantsLast.current = event.key === 'End' && more;
    go(target, keyGesture(event));
    if (wantsLast.current) reveal(rows - 1);
  };

  const c = t.history.columns;
  const active = records[state.indexOf(selection.active)];
  return (
    <div
      ref={gridRef}
      class="grid"
      role="grid"
      tabIndex={0}
      aria-label={t.history.table}
      aria-multiselectable="true"
      aria-rowcount={more && state.matching.value === null ? -1 : rows + 1}
      aria-activedescendant={active ? historyRowId(active.id) : undefined}
      data-testid="history-table"
      onKeyDown={onKeyDown}
      onScroll={sync}
    >
      <div role="rowgroup" class="grid-head">
        <div role="row" class="row history-row" aria-rowindex={1}>
          {[c.time, c.method, c.url, c.status, c.code, c.message, c.id].map((name) => (
            <span role="columnheader" key={name}>
              {name}
            </span>
          ))}
        </div>
      </div>
      <VirtualRows count={rows} start={start} role="rowgroup">
        {records.slice(start, end).map((record, i) => (
          <HistoryRow
            key={record.id}
            record={record}
            rowIndex={start + i + 2}
            selected={isSelected(selection, record.id)}
            onPick={(event) => go(start + i, gestureOf(event))}
          />
        ))}
        {Array.from({ length: Math.max(0, end - Math.max(start, records.length)) }, (_, i) => {
          const index = Math.max(start, records.length) + i;
          return (
            <div key={`loading-${index}`} role="row" class="row loading-row" aria-rowindex={index + 2}>
              <span role="gridcell">{t.history.loading}</span>
            </div>
          );
        })}
      </VirtualRows>
    </div>
  );
}
