import type { SessionSource } from '../core/session/session.ts';

const KEY = '__faultlineSession';
const EVENT = 'faultline:session';

type BridgeWindow = Window & { [KEY]?: SessionSource };

/**
 * The devtools page captures from the moment DevTools opens; the panel document exists only once the
 * user first shows it. The devtools page hands its session to the panel window (same extension origin),
 * whichever of the two is ready first.
 */
export function offerSession(panelWindow: Window, session: SessionSource): void {
  const win = panelWindow as BridgeWindow;
  if (win[KEY] === session) return;
  win[KEY] = session;
  win.dispatchEvent(new (win as unknown as typeof globalThis).Event(EVENT));
}

export function awaitSession(win: Window = window): Promise<SessionSource> {
  const bridge = win as BridgeWindow;
  const ready = bridge[KEY];
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve) => {
    win.addEventListener(EVENT, () => resolve(bridge[KEY] as SessionSource), { once: true });
  });
}
