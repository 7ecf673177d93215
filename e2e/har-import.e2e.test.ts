import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtures/server.ts';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import { cliFindings, READ_IMPORT_STATUS, rowKeys, writeCustomerHar } from './support/har-import.ts';
import { clickRowContaining, clickTestId, READ_ROWS, type PanelRow } from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';

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

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

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

describe.each(engines)('Open HAR… in %s', (engine, open) => {
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

      // Live capture is one click away; nothing of the file is in it.
      expect(await browser.evalInPanel<boolean>(clickTestId('source-live'))).toBe(true);
      await waitFor('the live list', async () =>
        (await browser.evalInPanel<PanelRow[]>(READ_ROWS)).length === 0 ? true : undefined,
      );
    } catch (error) {
      await saveFailureScreenshot(`har-import-${engine}`, (path) => browser.screenshotDevtools(path));
      throw error;
    } finally {
      await browser.close();
    }
  });
});
