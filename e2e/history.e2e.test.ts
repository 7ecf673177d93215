import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCanaryCases, loadCanaryIds, loadCanarySecrets } from './fixtures/corpus.ts';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { launchChromiumWithDevtools, type ChromiumDevtools } from './support/chromium.ts';
import {
  DUMP_EXTENSION_STORAGE,
  READ_HISTORY,
  READ_ROWS,
  READ_TOAST,
  clickRowContaining,
  clickTestId,
  readShownWhileWalking,
  SELECT_ALL_ROWS,
  typeInto,
  type PanelRow,
} from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';
import { fireDemo } from './support/demo.ts';
import { fixtureServerPerFile } from './support/fixture-server.ts';

interface HistoryView {
  count: string | null;
  entries: { code: string; status: string; ids: { name: string; value: string }[] }[];
  detail: { name: string; value: string }[] | null;
}

const server = fixtureServerPerFile();

async function readClipboard(browser: ChromiumDevtools): Promise<string> {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await browser.page.bringToFront();
  return browser.page.evaluate(() => navigator.clipboard.readText());
}

/** The clipboard once the copy has landed (the click handler's copy finishes after click() returns). */
function clipboardOnce(browser: ChromiumDevtools, ready: (text: string) => boolean): Promise<string> {
  return waitFor('the copied text on the clipboard', async () => {
    const text = await readClipboard(browser);
    return ready(text) ? text : undefined;
  });
}

async function openHistory(browser: ChromiumDevtools, total: number): Promise<HistoryView> {
  await browser.showPanel();
  // The panel renders once its session, settings and history are open: wait for the tab to exist.
  await waitFor('the History tab', () => browser.evalInPanel<boolean>(clickTestId('history-tab')));
  return waitFor(`${total} records in the history`, async () => {
    const view = await browser.evalInPanel<HistoryView>(READ_HISTORY);
    return view.count?.endsWith(` ${total} records`) ? view : undefined;
  });
}

async function withBrowser<T>(name: string, browser: ChromiumDevtools, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    await saveFailureScreenshot(name, browser.screenshotDevtools);
    throw error;
  } finally {
    await browser.close();
  }
}

describe('history in Chromium', () => {
  it('keeps the errors of two tabs in one history that survives a restart, searchable and copyable', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'faultline-profile-'));
    const errorsFired = (name: 'defender' | 'canary') =>
      server.scenario[name].filter((r) => r.isError).length;
    const total = errorsFired('defender') + errorsFired('canary');
    const s3 = loadCanaryCases().find((c) => c.id === 'canary-s3-presigned-403')!;
    const s3Id = s3.expect.correlationIds![0]!.value;
    try {
      const first = await launchChromiumWithDevtools(`${server.origin}/`, { userDataDir: profile });
      await withBrowser('history-two-tabs', first, async () => {
        const second = await first.openTab(`${server.origin}/`);
        await Promise.all([fireDemo(first.page, 'defender'), fireDemo(second, 'canary')]);
        const view = await openHistory(first, total);
        expect(view.entries.length).toBe(total);

        expect(await first.evalInPanel<boolean>(typeInto('history-search', s3Id.slice(2, 10)))).toBe(true);
        await waitFor('the search to narrow the history', async () => {
          const v = await first.evalInPanel<HistoryView>(READ_HISTORY);
          return v.entries.length === 1 ? v : undefined;
        });
        expect(await first.evalInPanel<boolean>(clickRowContaining('', 'history-entry'))).toBe(true);
        const found = await waitFor('the record’s detail', async () => {
          const v = await first.evalInPanel<HistoryView>(READ_HISTORY);
          return v.detail ? v : undefined;
        });
        expect(found.detail).toContainEqual({ name: 'x-amz-request-id', value: s3Id });

        expect(await first.evalInPanel<boolean>(clickTestId('copy-id', s3Id))).toBe(true);
        expect(await clipboardOnce(first, (t) => t === s3Id)).toBe(s3Id);
        expect(await first.evalInPanel<boolean>(clickTestId('copy-report', s3Id))).toBe(true);
        const report = await clipboardOnce(first, (t) => t !== s3Id);
        expect(report).toContain('AccessDenied');
        expect(report).toContain(`x-amz-request-id: ${s3Id}`);
        expect(report).toMatch(/When: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);

        // Where DevTools blocks navigator.clipboard, the fallback copies the same exact value.
        await first.evalInPanel(
          `navigator.clipboard.writeText = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'))`,
        );
        await first.page.evaluate(() => navigator.clipboard.writeText('stale'));
        expect(await first.evalInPanel<boolean>(clickTestId('copy-id', s3Id))).toBe(true);
        expect(await clipboardOnce(first, (t) => t !== 'stale')).toBe(s3Id);
        expect(await first.evalInPanel<string>(READ_TOAST)).toMatch(/fallback/);

        // Delete one record, from its detail: the rest stay.
        expect(await first.evalInPanel<boolean>(clickTestId('delete-entry', s3Id))).toBe(true);
        expect(await first.evalInPanel<boolean>(typeInto('history-search', ''))).toBe(true);
        await waitFor(
          'one record fewer',
          async () =>
            (await first.evalInPanel<HistoryView>(READ_HISTORY)).count?.endsWith(` ${total - 1} records`) ||
            undefined,
        );
      });

      const again = await launchChromiumWithDevtools(`${server.origin}/`, { userDataDir: profile });
      await withBrowser('history-after-restart', again, async () => {
        await openHistory(again, total - 1);
        const sas = loadCanaryCases().find((c) => c.id === 'canary-storage-sas-403')!.expect
          .correlationIds![0]!;
        // The filter's id: term finds a record by one of its ids exactly, and the deleted one no more.
        expect(await again.evalInPanel<boolean>(typeInto('history-search', `id:${sas.value}`))).toBe(true);
        await waitFor('the record carrying the SAS request id', async () =>
          (await again.evalInPanel<HistoryView>(READ_HISTORY)).entries.length === 1 ? true : undefined,
        );
        expect(await again.evalInPanel<boolean>(clickRowContaining('', 'history-entry'))).toBe(true);
        const kept = await waitFor(
          'its detail',
          async () => (await again.evalInPanel<HistoryView>(READ_HISTORY)).detail,
        );
        expect(kept).toContainEqual({ name: sas.name, value: sas.value });
        expect(await again.evalInPanel<boolean>(typeInto('history-search', `id:${s3Id}`))).toBe(true);
        await waitFor('no record for the deleted id', async () =>
          (await again.evalInPanel<HistoryView>(READ_HISTORY)).entries.length === 0 ? true : undefined,
        );
        expect(await again.evalInPanel<boolean>(typeInto('history-search', ''))).toBe(true);

        // Clear all asks first, then empties the history.
        expect(await again.evalInPanel<boolean>(clickTestId('clear-history'))).toBe(true);
        expect(await again.evalInPanel<boolean>(clickTestId('confirm-clear'))).toBe(true);
        await waitFor(
          'an empty history',
          async () =>
            (await again.evalInPanel<HistoryView>(READ_HISTORY)).count?.endsWith(' 0 records') || undefined,
        );
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('lets no canary secret reach the screen, storage, the clipboard or an export, while every id does', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'faultline-downloads-'));
    const browser = await launchChromiumWithDevtools(`${server.origin}/`);
    const secrets = loadCanarySecrets();
    const ids = loadCanaryIds();
    const leaks = (where: string, text: string) => {
      for (const secret of secrets) expect(text, `${where} holds ${secret}`).not.toContain(secret);
      for (const id of ids) expect(text, `${where} lacks ${id}`).toContain(id);
    };
    try {
      await withBrowser('canary', browser, async () => {
        await browser.allowDownloads(downloads);
        // Once: the first exchange sets a canary cookie, so every later request of the round carries it.
        await fireDemo(browser.page, 'canary');
        await browser.showPanel();
        const count = server.scenario.canary.filter((r) => r.isError).length;
        await waitFor(
          'the canary rows',
          async () => (await browser.evalInPanel<PanelRow[]>(READ_ROWS)).length >= count,
        );

        // Every row and its detail as the screen shows them: shared and screenshotted in support calls.
        leaks('the panel on screen', await browser.evalInPanel<string>(readShownWhileWalking(count)));
        expect(await browser.evalInPanel<number>(SELECT_ALL_ROWS)).toBe(count);
        expect(await browser.evalInPanel<boolean>(clickTestId('copy-selected-report'))).toBe(true);
        leaks('the combined report', await clipboardOnce(browser, (t) => t.includes('Error 1 of')));
        expect(await browser.evalInPanel<boolean>(clickTestId('export-har'))).toBe(true);

        await openHistory(browser, count);
        for (const format of ['json', 'csv', 'markdown']) {
          expect(await browser.evalInPanel<boolean>(clickTestId(`export-${format}`))).toBe(true);
        }
        const files = await waitFor('four export files', async () => {
          const names = readdirSync(downloads).filter((f) => !f.endsWith('.crdownload'));
          return names.length >= 4 ? names : undefined;
        });
        for (const file of files) leaks(`export ${file}`, readFileSync(join(downloads, file), 'utf8'));
        const har = JSON.parse(
          readFileSync(
            join(
              downloads,
              files.find((f) => f.endsWith('.har'))!,
            ),
            'utf8',
          ),
        );
        expect(har.log.comment).toMatch(/Sanitized by Faultline/);

        const stored = await browser.evalInPanel<string>(DUMP_EXTENSION_STORAGE);
        leaks('IndexedDB and storage.local', stored);
      });
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }
  });
});
