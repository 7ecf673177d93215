import { afterEach } from 'vitest';
import type { FixtureServer } from '../fixtures/server.ts';
import { saveFailureScreenshot } from './artifacts.ts';
import { fixtureServerPerFile } from './fixture-server.ts';

interface Closable {
  screenshotDevtools(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A browser with DevTools open on a page and Faultline's panel in it, in either engine. */
export interface OpenedPanel extends Closable {
  showPanel(): Promise<void>;
  evalInPanel<T>(expression: string): Promise<T>;
}

/**
 * The demo server for the whole file and a fresh browser per test, closed after it (with a screenshot
 * when the test failed). `open` returns the browser, `origin` the demo's address.
 */
export function browserPerTest<B extends Closable>(): {
  open<T extends B>(launch: () => Promise<T>): Promise<T>;
  origin(): string;
  server: Pick<FixtureServer, 'origin' | 'scenario'>;
} {
  const server = fixtureServerPerFile();
  let browser: B | undefined;
  afterEach(async (context) => {
    if (!browser) return;
    if (context.task.result?.state === 'fail')
      await saveFailureScreenshot(context.task.name, browser.screenshotDevtools);
    await browser.close();
    browser = undefined;
  });
  return {
    open: async (launch) => {
      const opened = await launch();
      browser = opened;
      return opened;
    },
    origin: () => server.origin,
    server,
  };
}
