import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtures/server.ts';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { defenderExpectations } from './support/expectations.ts';
import { launchFirefoxWithDevtools, type FirefoxDevtools } from './support/firefox.ts';
import { READ_HISTORY, clickTestId } from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';

interface HistoryView {
  count: string | null;
  entries: { code: string; ids: { name: string; value: string }[] }[];
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

async function historyOf(browser: FirefoxDevtools, total: number): Promise<HistoryView> {
  await browser.showPanel();
  // The panel renders once its session, settings and history are open: wait for the tab to exist.
  await waitFor('the History tab', () => browser.evalInPanel<boolean>(clickTestId('history-tab')));
  return waitFor(`${total} records in the history`, async () => {
    const view = await browser.evalInPanel<HistoryView>(READ_HISTORY);
    return view.count?.endsWith(` ${total} records`) ? view : undefined;
  });
}

describe('history in Firefox', () => {
  it('records errors, and shows them with exact ids after Firefox restarts', async (context) => {
    const profile = mkdtempSync(join(tmpdir(), 'faultline-firefox-profile-'));
    const expected = defenderExpectations();
    const run = async (browser: FirefoxDevtools, body: () => Promise<void>) => {
      try {
        await body();
      } catch (error) {
        await saveFailureScreenshot(`${context.task.name}`, browser.screenshotDevtools);
        throw error;
      } finally {
        await browser.close();
      }
    };
    try {
      const first = await launchFirefoxWithDevtools(`${server.origin}/`, { userDataDir: profile });
      await run(first, async () => {
        await first.page.evaluate(() =>
          (window as unknown as { faultlineDemo: { fire(n: string): Promise<number> } }).faultlineDemo.fire(
            'defender',
          ),
        );
        await historyOf(first, expected.length);
      });

      const again = await launchFirefoxWithDevtools(`${server.origin}/`, { userDataDir: profile });
      await run(again, async () => {
        const view = await historyOf(again, expected.length);
        const ids = view.entries.flatMap((e) => e.ids);
        for (const e of expected) expect(ids).toContainEqual({ name: e.target.name, value: e.target.value });
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
