import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { saveFailureScreenshot } from './artifacts.ts';

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
  open(launch: () => Promise<B>): Promise<B>;
  origin(): string;
} {
  let server: FixtureServer;
  let browser: B | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(async (context) => {
    if (!browser) return;
    if (context.task.result?.state === 'fail')
      await saveFailureScreenshot(context.task.name, browser.screenshotDevtools);
    await browser.close();
    browser = undefined;
  });
  return {
    open: async (launch) => (browser = await launch()),
    origin: () => server.origin,
  };
}
