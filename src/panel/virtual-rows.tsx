import type { ComponentChildren } from 'preact';
import { ROW_HEIGHT } from './virtual-window.ts';

/** The full height of `count` rows, with the rendered ones (from `start`) placed where they belong. */
export function VirtualRows({
  count,
  start,
  children,
}: {
  count: number;
  start: number;
  children: ComponentChildren;
}) {
  return (
    <div
      class="rows"
      role="none"
      style={{
        '--row-height': `${ROW_HEIGHT}px`,
        height: `${count * ROW_HEIGHT}px`,
        paddingTop: `${start * ROW_HEIGHT}px`,
      }}
    >
      {children}
    </div>
  );
}
