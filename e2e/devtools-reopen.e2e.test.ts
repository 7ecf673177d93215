import { describe, expect, it } from 'vitest';
import { browserPerTest, type OpenedPanel } from './support/browser-per-test.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { fireDemo, type DemoPage } from './support/demo.ts';
import { defenderExpectations } from './support/expectations.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import { DUMP_EXTENSION_STORAGE, READ_ROWS, type PanelRow } from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';

/**
 * DevTools closed and opened again on the same tab, as a user does with F12: what the page fires
 * while DevTools is closed is recorded by neither DevTools nor Faultline; what it fires after is
 * listed again; the history keeps what came before.
 */
interface Opened extends OpenedPanel {
  page: DemoPage;
  closeDevtools(): Promise<void>;
  openDevtools(): Promise<void>;
  /** The failed requests DevTools' own Network panel lists now. */
  failedInNetworkPanel(): Promise<string[]>;
}

const expected = defenderExpectations();
const session = browserPerTest<Opened>();

const rowsOf = (b: Opened) => b.evalInPanel<PanelRow[]>(READ_ROWS);

/** The records of the history database, counted from the extension's own IndexedDB. */
async function historyRecords(b: Opened): Promise<number> {
  const dump = JSON.parse(await b.evalInPanel<string>(DUMP_EXTENSION_STORAGE)) as {
    indexedDB: Record<string, Record<string, unknown[]>>;
  };
  return Object.values(dump.indexedDB).reduce((n, stores) => n + (stores['records']?.length ?? 0), 0);
}

async function untilRows(b: Opened, count: number): Promise<PanelRow[]> {
  return waitFor(`${count} errors in the panel`, async () => {
    const rows = await rowsOf(b);
    return rows.length >= count ? rows : undefined;
  });
}

function stories(engine: string, open: (origin: string) => Promise<Opened>) {
  describe(`${engine}: DevTools closed and opened again on the same tab`, () => {
    it('lists what the page fires after it opens again, and the history keeps what came before', async () => {
      const b = await session.open(() => open(session.origin()));
      await b.showPanel();
      await fireDemo(b.page, 'defender');
      await untilRows(b, expected.length);
      await waitFor('the errors in the history', async () =>
        (await historyRecords(b)) >= expected.length ? true : undefined,
      );

      await b.closeDevtools();
      // Fired and answered while DevTools is closed: nothing records the tab's traffic.
      expect(await fireDemo(b.page, 'defender')).toBeGreaterThanOrEqual(expected.length);
      await b.openDevtools();
      await b.showPanel();
      // Reads of DevTools' HAR log in the first seconds would bring back whatever it held.
      await new Promise((r) => setTimeout(r, 3500));
      expect(await b.failedInNetworkPanel()).toEqual([]);
      expect(await rowsOf(b)).toEqual([]);

      await fireDemo(b.page, 'defender');
      const rows = await untilRows(b, expected.length);
      for (const e of expected)
        expect(
          rows.some((r) => r.text.includes(e.target.value)),
          e.id,
        ).toBe(true);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await rowsOf(b)).toHaveLength(expected.length);
      expect(await historyRecords(b)).toBe(2 * expected.length);
    });
  });
}

stories('Chromium', (origin) => launchChromiumWithDevtools(`${origin}/`));
stories('Firefox', (origin) => launchFirefoxWithDevtools(`${origin}/`));
