import { describe, expect, it } from 'vitest';
import { browserPerTest, type OpenedPanel } from './support/browser-per-test.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import { READ_ROWS, type PanelRow } from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';

/**
 * Requests from every kind of context a page makes them from: the page, a same-origin and a
 * cross-origin iframe, a dedicated worker, a service worker's own fetch, and a page fetch the service
 * worker passes through. Faultline lists what DevTools' Network panel lists for the tab, no more and
 * no less; which kinds that is differs between browsers (README, "Not done yet").
 */
interface Opened extends OpenedPanel {
  page: { evaluate(expression: string): Promise<unknown> };
  /** The URLs of the failed requests DevTools' own Network panel lists. */
  failedInNetworkPanel(): Promise<string[]>;
}

const session = browserPerTest<Opened>();
const KINDS = [
  'page',
  'sameOriginFrame',
  'crossOriginFrame',
  'worker',
  'serviceWorker',
  'throughServiceWorker',
] as const;

/** Each context's call, one after the other; what each answered. */
async function fireFromEveryContext(b: Opened, crossOrigin: string): Promise<string[]> {
  const answers: string[] = [];
  for (const kind of KINDS) {
    answers.push(String(await b.page.evaluate(`window.contexts.${kind}(${JSON.stringify(crossOrigin)})`)));
  }
  return answers;
}

/** The path each row shows (a row names its URL by path; the host is its own column). */
const pathsOf = (rows: PanelRow[]) =>
  rows.map((r) => `${r.host}${/\/api\/from\/[a-z-]+/.exec(r.text)?.[0] ?? '?'}`).sort();

function stories(engine: string, open: (url: string) => Promise<Opened>, shown: string[]) {
  describe(`${engine}: requests from frames and workers`, () => {
    it(`lists what the Network panel lists: ${shown.join(', ')}`, async () => {
      const origin = session.origin();
      const crossOrigin = origin.replace('127.0.0.1', 'localhost');
      const b = await session.open(() => open(`${origin}/contexts/`));
      await b.showPanel();
      expect(await fireFromEveryContext(b, crossOrigin)).toEqual([
        '400 page',
        '400 same-origin-iframe',
        '400 cross-origin-iframe',
        '400 worker',
        '400 service-worker',
        '400 through-service-worker',
      ]);
      const rows = await waitFor(`${shown.length} errors in the panel`, async () => {
        const r = await b.evalInPanel<PanelRow[]>(READ_ROWS);
        return r.length >= shown.length ? r : undefined;
      });
      await new Promise((r) => setTimeout(r, 3500));
      // The Network panel's own failures of the calls (a missing favicon is none of them).
      const network = (await b.failedInNetworkPanel())
        .map((url) => new URL(url))
        .filter((url) => url.pathname.startsWith('/api/from/'))
        .map((url) => `${url.hostname}${url.pathname}`);
      expect(pathsOf(await b.evalInPanel<PanelRow[]>(READ_ROWS))).toEqual(network.sort());
      expect(pathsOf(rows)).toEqual([...shown].sort());
    });
  });
}

stories('Chromium', (url) => launchChromiumWithDevtools(url), [
  '127.0.0.1/api/from/page',
  '127.0.0.1/api/from/same-origin-iframe',
  'localhost/api/from/cross-origin-iframe',
  '127.0.0.1/api/from/worker',
  '127.0.0.1/api/from/service-worker',
  '127.0.0.1/api/from/through-service-worker',
  '127.0.0.1/api/from/through-service-worker',
]);
stories('Firefox', (url) => launchFirefoxWithDevtools(url), [
  '127.0.0.1/api/from/page',
  '127.0.0.1/api/from/same-origin-iframe',
  'localhost/api/from/cross-origin-iframe',
  '127.0.0.1/api/from/worker',
  '127.0.0.1/api/from/through-service-worker',
]);
