import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { defenderExpectations } from './support/expectations.ts';
import { launchFirefoxWithDevtools, type FirefoxDevtools } from './support/firefox.ts';
import { loadCanaryCases, loadCanaryIds, loadCanarySecrets } from './fixtures/corpus.ts';
import {
  DUMP_EXTENSION_STORAGE,
  READ_HISTORY,
  READ_ROWS,
  clickRowContaining,
  clickTestId,
  SELECT_ALL_ROWS,
  type PanelRow,
} from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';
import { fireDemo } from './support/demo.ts';
import { fixtureServerPerFile } from './support/fixture-server.ts';

interface HistoryView {
  count: string | null;
  entries: { code: string; ids: { name: string; value: string }[] }[];
}

const server = fixtureServerPerFile();

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
        await fireDemo(first.page, 'defender');
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

  it('copies exact ids and redacted reports, and stores no secret', async (context) => {
    const browser = await launchFirefoxWithDevtools(`${server.origin}/`);
    const secrets = loadCanarySecrets();
    const ids = loadCanaryIds();
    const clean = (where: string, text: string) => {
      for (const secret of secrets) expect(text, `${where} holds ${secret}`).not.toContain(secret);
      for (const id of ids) expect(text, `${where} lacks ${id}`).toContain(id);
    };
    const clipboardOnce = (ready: (text: string) => boolean) =>
      waitFor('the copied text on the clipboard', async () => {
        const text = await browser.readClipboard();
        return ready(text) ? text : undefined;
      });
    try {
      // Once: the first exchange sets a canary cookie, so every later request of the round carries it.
      await fireDemo(browser.page, 'canary');
      await browser.showPanel();
      const count = server.scenario.canary.filter((r) => r.isError).length;
      await waitFor(
        'the canary rows',
        async () => (await browser.evalInPanel<PanelRow[]>(READ_ROWS)).length >= count,
      );

      const s3Id = loadCanaryCases().find((c) => c.id === 'canary-s3-presigned-403')!.expect
        .correlationIds![0]!.value;
      expect(await browser.evalInPanel<boolean>(clickRowContaining(s3Id))).toBe(true);
      await waitFor('the copy button', () =>
        browser.evalInPanel<boolean>(clickTestId('copy-id', 'AccessDenied')),
      );
      expect(await clipboardOnce((t) => t === s3Id)).toBe(s3Id);

      const rowCount = (await browser.evalInPanel<PanelRow[]>(READ_ROWS)).length;
      expect(await browser.evalInPanel<number>(SELECT_ALL_ROWS)).toBe(rowCount);
      expect(await browser.evalInPanel<boolean>(clickTestId('copy-selected-report'))).toBe(true);
      clean('the combined report', await clipboardOnce((t) => t.includes('Error 1 of')));

      // The devtools page writes the history in batches: wait until every record has landed.
      const stored = await waitFor('every canary record in IndexedDB', async () => {
        const dump = await browser.evalInPanel<string>(DUMP_EXTENSION_STORAGE);
        return ids.every((id) => dump.includes(id)) ? dump : undefined;
      });
      clean('IndexedDB and storage.local', stored);
    } catch (error) {
      await saveFailureScreenshot(context.task.name, browser.screenshotDevtools);
      throw error;
    } finally {
      await browser.close();
    }
  });
});
