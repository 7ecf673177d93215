import { useMemo, useRef } from 'preact/hooks';
import type { ErrorGroups } from './error-groups.ts';
import { FindingRow, rowId } from './finding-row.tsx';
import { GroupRow } from './group-row.tsx';
import { groupLines, type GroupLine } from './group-rows.ts';
import { useLocale } from './locale.ts';
import { useViewport } from './use-viewport.ts';
import { VirtualRows } from './virtual-rows.tsx';
import { keyTarget, pageRows, renderedRows, rowsInView } from './virtual-window.ts';

const groupId = (position: number) => `group-${position}`;

/**
 * The grouped view: a tree of code × host groups whose errors show under them once expanded. Like
 * the list, only the lines in view are rendered and focus stays on the tree (aria-activedescendant).
 * Arrows move, → and ← open and fold, Enter does either on a group.
 */
export function GroupTree({
  store,
  treeRef,
}: {
  store: ErrorGroups;
  treeRef: { current: HTMLDivElement | null };
}) {
  const { t } = useLocale();
  const groups = store.groups.value;
  const expanded = store.expanded.value;
  const active = store.active.value;
  const lines = useMemo(() => groupLines(groups, expanded), [groups, expanded]);
  const span = useMemo(() => {
    let from = Infinity;
    let to = -Infinity;
    for (const g of groups) {
      from = Math.min(from, g.firstMs);
      to = Math.max(to, g.lastMs);
    }
    return { from, to };
  }, [groups]);
  const { view, sync, reveal } = useViewport(treeRef);
  const positions = useRef(new Map<string, number>());
  positions.current = new Map(groups.map((g, i) => [g.key, i]));

  const activeIndex = (() => {
    if (!active) return -1;
    const header = lines.indexOfGroup(active.key);
    if (header === -1 || active.kind === 'group') return header;
    const group = groups[positions.current.get(active.key)!]!;
    const at = group.entries.findIndex((e) => e.seq === active.seq);
    return at === -1 || !expanded.has(active.key) ? header : header + 1 + at;
  })();

  const go = (index: number) => {
    const line = lines.at(index);
    if (!line) return;
    store.activate(
      line.kind === 'group'
        ? { kind: 'group', key: line.group.key }
        : { kind: 'error', key: line.group.key, seq: line.entry.seq },
    );
    reveal(index);
    treeRef.current?.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const el = treeRef.current!;
    const line = lines.at(activeIndex);
    const viewport = { scrollTop: el.scrollTop, height: el.clientHeight };
    const from = activeIndex === -1 ? rowsInView(lines.count, viewport).start : activeIndex;
    let target: number | null = null;
    if (event.key === 'Enter' || event.key === ' ') {
      if (line?.kind === 'group') store.toggle(line.group.key);
      target = from;
    } else if (event.key === 'ArrowRight' && line?.kind === 'group') {
      if (expanded.has(line.group.key)) target = from + 1;
      else store.toggle(line.group.key);
    } else if (event.key === 'ArrowLeft' && line) {
      if (line.kind === 'error') target = lines.indexOfGroup(line.group.key);
      else if (expanded.has(line.group.key)) store.toggle(line.group.key);
    } else {
      target = keyTarget(event.key, activeIndex, lines.count, pageRows(viewport.height));
    }
    if (target === null && !['ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    event.preventDefault();
    if (target !== null) go(target);
  };

  const { start, end } = renderedRows(lines.count, view);
  const shown: GroupLine[] = [];
  for (let i = start; i < end; i++) shown.push(lines.at(i)!);
  const activeLine = lines.at(activeIndex);
  const activeId =
    activeLine === undefined
      ? undefined
      : activeLine.kind === 'group'
        ? groupId(positions.current.get(activeLine.group.key)!)
        : rowId(activeLine.entry.seq);
  return (
    <div
      ref={treeRef}
      class="list"
      role="tree"
      tabIndex={0}
      aria-label={t.groups.label}
      aria-activedescendant={activeId}
      onKeyDown={onKeyDown}
      onScroll={sync}
    >
      <VirtualRows count={lines.count} start={start}>
        {shown.map((line) =>
          line.kind === 'group' ? (
            <GroupRow
              key={line.group.key}
              id={groupId(positions.current.get(line.group.key)!)}
              group={line.group}
              position={positions.current.get(line.group.key)!}
              groupCount={groups.length}
              expanded={expanded.has(line.group.key)}
              selected={line.index === activeIndex}
              span={span}
              onPick={() => {
                store.toggle(line.group.key);
                go(line.index);
              }}
            />
          ) : (
            <FindingRow
              key={`${line.group.key}\u0000${line.entry.seq}`}
              entry={line.entry}
              index={line.posInGroup}
              count={line.group.count}
              selected={line.index === activeIndex}
              inGroup
              onPick={() => go(line.index)}
            />
          ),
        )}
      </VirtualRows>
    </div>
  );
}
