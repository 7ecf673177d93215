import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtures/server.ts';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { launchChromiumWithDevtools, type ChromiumDevtools } from './support/chromium.ts';
import { cliFindings, READ_IMPORT_STATUS, rowKeys, writeCustomerHar } from './support/har-import.ts';
import { clickRowContaining, clickTestId, READ_ROWS, type PanelRow } from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

describe('Open HAR… in Chromium', () => {
  it('shows exactly what faultline scan finds in the file, and copies a report of an imported finding', async () => {
    const har = writeCustomerHar();
    const expected = cliFindings(har);
    const browser: ChromiumDevtools = await launchChromiumWithDevtools(`${server.origin}/`);
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
        await browser.evalInPanel<boolean>(
          `document.querySelector('[data-testid="source-file"]').getAttribute('aria-pressed') === 'true'`,
        ),
      ).toBe(true);
      const rows = await waitFor(`${expected.length} rows`, async () => {
        const shown = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
        return shown.length === expected.length ? shown : undefined;
      });
      expect(rowKeys(rows)).toEqual(expected);

      // The detail and the report of an imported finding are those of a live one.
      expect(await browser.evalInPanel<boolean>(clickRowContaining('MissingRequiredParameter'))).toBe(true);
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: server.origin,
      });
      await browser.page.bringToFront();
      await browser.page.evaluate(() => navigator.clipboard.writeText('before'));
      await waitFor('the copy button', () => browser.evalInPanel<boolean>(clickTestId('copy-report')));
      const report = await waitFor('the report on the clipboard', async () => {
        await browser.page.bringToFront();
        const text = await browser.page.evaluate(() => navigator.clipboard.readText());
        return text === 'before' ? undefined : text;
      });
      expect(report).toContain('MissingRequiredParameter');

      // Live capture is one click away, and the history holds nothing of the file.
      expect(await browser.evalInPanel<boolean>(clickTestId('source-live'))).toBe(true);
      await waitFor('the live list', async () =>
        (await browser.evalInPanel<PanelRow[]>(READ_ROWS)).length === 0 ? true : undefined,
      );
    } catch (error) {
      await saveFailureScreenshot('har-import-chromium', (path) => browser.screenshotDevtools(path));
      throw error;
    } finally {
      await browser.close();
    }
  });
});
