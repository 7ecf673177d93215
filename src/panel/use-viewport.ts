import { useLayoutEffect, useState } from 'preact/hooks';
import { revealRow, type Viewport } from './virtual-window.ts';

export interface ViewportHandle {
  view: Viewport;
  /** Reads the scroll position and size again (on scroll, and after moving it). */
  sync(): void;
  /** Scrolls so that row `index` is wholly in view, then syncs. */
  reveal(index: number): void;
}

/**
 * The scroll window of a virtualized list element, kept current as it scrolls and resizes. A sticky
 * header of `header` px at its top hides that much of the rows, which start below it.
 */
export function useViewport(ref: { current: HTMLElement | null }, header = 0): ViewportHandle {
  // Until the list is measured, the window's height bounds it.
  const [view, setView] = useState<Viewport>(() => ({ scrollTop: 0, height: window.innerHeight }));
  const sync = () => {
    const el = ref.current;
    if (!el) return;
    const { scrollTop } = el;
    const height = Math.max(0, el.clientHeight - header);
    setView((v) => (v.scrollTop === scrollTop && v.height === height ? v : { scrollTop, height }));
  };
  useLayoutEffect(() => {
    const observer = new ResizeObserver(sync);
    observer.observe(ref.current!);
    return () => observer.disconnect();
  }, []);
  return {
    view,
    sync,
    reveal(index) {
      const el = ref.current!;
      el.scrollTop = revealRow(index, { scrollTop: el.scrollTop, height: el.clientHeight - header });
      sync();
    },
  };
}
