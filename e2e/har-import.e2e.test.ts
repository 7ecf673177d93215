import { describe, expect, it } from 'vitest';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import { cliFindings, READ_IMPORT_STATUS, rowKeys, writeCustomerHar } from './support/har-import.ts';
import {
  clickRowContaining,
  clickTestId,
  READ_HISTORY,
  READ_ROWS,
  type PanelRow,
} from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';
import { fixtureServerPerFile } from './support/fixture-server.ts';

/** What the story needs of a browser with DevTools open, in either engine. */
interface ImportBrowser {
  showPanel(): Promise<void>;
  evalInPanel<T>(expression: string): Promise<T>;
  setPanelFiles(selector: string, paths: string[]): Promise<void>;
  /** Puts `text` on the clipboard, so a copy that did not happen shows. */
  resetClipboard(text: string): Promise<void>;
  readClipboard(): Promise<string>;
  screenshotDevtools(path: string): Promise<void>;
  close(): Promise<void>;
}

const server = fixtureServerPerFile();

const engines: [string, () => Promise<ImportBrowser>][] = [
  [
    'Chromium',
    async () => {
      const browser = await launchChromiumWithDevtools(`${server.origin}/`);
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: server.origin,
      });
      const page = async () => {
        await browser.page.bringToFront();
        return browser.page;
      };
      return {
        ...browser,
        resetClipboard: async (text) =>
          (await page()).evaluate((t) => navigator.clipboard.writeText(t), text),
        readClipboard: async () => (await page()).evaluate(() => navigator.clipboard.readText()),
      };
    },
  ],
  [
    'Firefox',
    async () => {
      const browser = await launchFirefoxWithDevtools(`${server.origin}/`);
      return {
        ...browser,
        resetClipboard: async (text) => {
          await browser.evalInPanel(
            `navigator.clipboard.writeText(${JSON.stringify(text)}).catch(() => null)`,
          );
        },
      };
    },
  ],
];

/** Opens the History tab and waits until it counts `records`; the history loads asynchronously. */
async function historyCounts(browser: ImportBrowser, records: number): Promise<boolean> {
  await waitFor('the History tab', () => browser.evalInPanel<boolean>(clickTestId('history-tab')));
  return waitFor(`${records} records in the history`, async () => {
    const { count } = await browser.evalInPanel<{ count: string | null }>(READ_HISTORY);
    const shown = /(\d[\d,]*) records?/.exec(count ?? '')?.[1]?.replace(/,/g, '');
    return shown === String(records) ? true : undefined;
  });
}

const DROP_A_HAR = `(() => {
  const har = { log: { entries: [{ startedDateTime: '2026-11-30T09:00:00Z', request: { method: 'GET', url: 'https://api.example.com/dropped' }, response: { status: 503, content: { mimeType: 'application/json', text: '{"error":{"code":"ServiceUnavailable","message":"dropped"}}' } } }] } };
  const data = new DataTransfer();
  data.items.add(new File([JSON.stringify(har)], 'dropped.har', { type: 'application/json' }));
  const target = document.querySelector('.app');
  for (const type of ['dragenter', 'dragover', 'drop'])
    target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  return true;
})()`;

describe.each(engines)('Open HAR… in %s', (engine, open) => {
  it('takes a HAR file dropped on the panel', async () => {
    const browser = await open();
    try {
      await browser.showPanel();
      await waitFor('the panel', () =>
        browser.evalInPanel<boolean>(`Boolean(document.querySelector('.app'))`),
      );
      await browser.evalInPanel(DROP_A_HAR);
      const rows = await waitFor("the dropped file's error", async () => {
        const shown = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
        return shown.length === 1 ? shown : undefined;
      });
      expect(rows[0]).toMatchObject({ status: '503', code: 'ServiceUnavailable' });
      expect(
        await browser.evalInPanel<string>(
          `document.querySelector('[data-testid="source-file"]').textContent`,
        ),
      ).toBe('dropped.har');
    } finally {
      await browser.close();
    }
  });

  it('shows exactly what faultline scan finds in the file, and copies a report of an imported finding', async () => {
    const har = writeCustomerHar();
    const expected = cliFindings(har);
    const browser = await open();
    try {
      await browser.showPanel();
      await waitFor('the Open HAR input', () =>
        browser.evalInPanel<boolean>(`Boolean(document.querySelector('[data-testid="open-har"]'))`),
      );
      await browser.setPanelFiles('[data-testid="open-har"]', [har]);
      const status = await waitFor('the import to finish', () =>
        browser.evalInPanel<string | null>(READ_IMPORT_STATUS),
      );
      expect(status).toContain(`${expected.length} errors`);
      expect(
        await browser.evalInPanel<string | null>(
          `document.querySelector('[data-testid="source-file"]')?.getAttribute('aria-pressed') ?? null`,
        ),
      ).toBe('true');
      const rows = await waitFor(`${expected.length} rows`, async () => {
        const shown = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
        return shown.length === expected.length ? shown : undefined;
      });
      expect(rowKeys(rows)).toEqual(expected);

      // The detail and the report of an imported finding are those of a live one.
      await browser.resetClipboard('before');
      expect(await browser.evalInPanel<boolean>(clickRowContaining('MissingRequiredParameter'))).toBe(true);
      await waitFor('the copy button', () => browser.evalInPanel<boolean>(clickTestId('copy-report')));
      const report = await waitFor('the report on the clipboard', async () => {
        const text = await browser.readClipboard();
        return text === 'before' || text === '' ? undefined : text;
      });
      expect(report).toContain('MissingRequiredParameter');

      // Live capture is one click away; nothing of the file is in it, nor in the history.
      expect(await browser.evalInPanel<boolean>(clickTestId('source-live'))).toBe(true);
      await waitFor('the live list', async () =>
        (await browser.evalInPanel<PanelRow[]>(READ_ROWS)).length === 0 ? true : undefined,
      );
      expect(await historyCounts(browser, 0)).toBe(true);

      // Add to history writes every imported finding.
      await waitFor('the errors tab', () => browser.evalInPanel<boolean>(clickTestId('errors-tab')));
      expect(await browser.evalInPanel<boolean>(clickTestId('source-file'))).toBe(true);
      expect(await browser.evalInPanel<boolean>(clickTestId('add-to-history'))).toBe(true);
      const added = await waitFor('the records written', async () => {
        const text = await browser.evalInPanel<string>(
          `document.querySelector('[data-testid="add-to-history"]').textContent`,
        );
        return text === 'Added to the history.' || text === 'Could not write to the history.'
          ? text
          : undefined;
      });
      expect(added).toBe('Added to the history.');
      expect(await historyCounts(browser, expected.length)).toBe(true);
    } catch (error) {
      await saveFailureScreenshot(`har-import-${engine}`, (path) => browser.screenshotDevtools(path));
      throw error;
    } finally {
      await browser.close();
    }
  });
});
