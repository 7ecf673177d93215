import type { ComponentChildren } from 'preact';
import { ROW_HEIGHT } from './virtual-window.ts';

/** The full height of `count` rows, with the rendered ones (from `start`) placed where they belong. */
interface Props {
  count: number;
  start: number;
  /** A grid's rows sit in a rowgroup; a listbox's and a tree's need none. */
  role?: 'none' | 'rowgroup';
  children: ComponentChildren;
}

export function VirtualRows({ count, start, role = 'none', children }: Props) {
  return (
    <div
      class="rows"
      role={role}
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
