import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchHarnessChromium,
  launchHarnessFirefox,
  type HarnessChromium,
} from './fixtures/history-harness/browsers.ts';
import type { LocalServer } from './fixtures/listen.ts';
import { serveHistoryHarness } from './fixtures/history-harness/serve.ts';
import { waitFor } from './support/wait.ts';

// Run inside the page, by Playwright and puppeteer alike.
const append1000 = (name: string) => window.historyHarness.append(name, 0, 1000, 50);
const readAll = (name: string) => window.historyHarness.readAll(name);
const everything = { count: 2000, listed: 2000, distinct: 2000 };

let server: LocalServer;
beforeAll(async () => {
  server = await serveHistoryHarness();
});
afterAll(async () => {
  await server.close();
});

describe('the IndexedDB history in Chromium', () => {
  let chromium: HarnessChromium;
  beforeAll(async () => {
    chromium = await launchHarnessChromium();
  });
  afterAll(async () => {
    await chromium.close();
  });

  it('loses nothing when two pages append 1 000 records each at once, and keeps them over a reload', async () => {
    const [a, b] = await Promise.all([chromium.openPage(server.origin), chromium.openPage(server.origin)]);
    await Promise.all([a.evaluate(append1000, 'concurrent'), b.evaluate(append1000, 'concurrent')]);
    expect(await a.evaluate(readAll, 'concurrent')).toMatchObject(everything);
    expect(await b.evaluate(readAll, 'concurrent')).toMatchObject(everything);
    await b.close();
    await a.reload();
    await a.waitForFunction(() => 'historyHarness' in window);
    expect(await a.evaluate(readAll, 'concurrent')).toMatchObject(everything);
    await a.close();
  });

  it("tells one page about another page's append", async () => {
    const [a, b] = await Promise.all([chromium.openPage(server.origin), chromium.openPage(server.origin)]);
    await b.evaluate(() => window.historyHarness.listen('broadcast'));
    await a.evaluate(() => window.historyHarness.append('broadcast', 0, 1, 1));
    const { newest } = await a.evaluate(readAll, 'broadcast');
    const heard = await waitFor('the change in the other page', () =>
      b.evaluate(() => window.historyHarness.changes.find((change) => change.kind === 'appended')),
    );
    expect(heard).toEqual({ kind: 'appended', ids: [newest] });
    await Promise.all([a.close(), b.close()]);
  });
});

describe('the IndexedDB history in Firefox', () => {
  it('loses nothing when two pages append 1 000 records each at once', async () => {
    const firefox = await launchHarnessFirefox();
    try {
      const openPage = async (): Promise<FirefoxPage> => {
        const page = await firefox.newPage();
        await page.goto(server.origin);
        await page.waitForFunction(() => 'historyHarness' in window);
        return page;
      };
      const [a, b] = await Promise.all([openPage(), openPage()]);
      await Promise.all([a.evaluate(append1000, 'concurrent'), b.evaluate(append1000, 'concurrent')]);
      expect(await a.evaluate(readAll, 'concurrent')).toMatchObject(everything);
      expect(await b.evaluate(readAll, 'concurrent')).toMatchObject(everything);
    } finally {
      await firefox.close();
    }
  });
});
