import { describe, expect, it } from 'vitest';
import { browserPerTest, type OpenedPanel } from './support/browser-per-test.ts';
import { RUN_AXE, blocking, type AxeViolation } from './support/axe.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { fireDemo, type DemoPage } from './support/demo.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import {
  READ_DETAIL,
  READ_HISTORY,
  READ_ROWS,
  READ_THEME,
  clickRowContaining,
  clickTestId,
  type PanelRow,
} from './support/panel-dom.ts';
import { READ_GROUPS, type PanelGroup } from './support/triage-dom.ts';
import { waitFor } from './support/wait.ts';

type Theme = 'light' | 'dark';

interface Opened extends OpenedPanel {
  page: DemoPage;
}

const session = browserPerTest<Opened>();

function accessibilityStories(engine: string, open: (url: string, theme: Theme) => Promise<Opened>) {
  describe(`axe-core on every view of the panel in ${engine}`, () => {
    it.each(['light', 'dark'] as const)(
      'finds no serious or critical violation, and landmarks and headings in place, in the %s theme',
      async (theme) => {
        const b = await session.open(() => open(`${session.origin()}/`, theme));
        const found: Record<string, AxeViolation[]> = {};
        const audit = async (view: string) => {
          found[view] = blocking(await b.evalInPanel<AxeViolation[]>(RUN_AXE));
        };
        await fireDemo(b.page, 'all');
        await b.showPanel();
        expect(await waitFor('the panel theme', () => b.evalInPanel<string>(READ_THEME))).toBe(theme);
        const rows = await waitFor('the demo errors', async () => {
          const r = await b.evalInPanel<PanelRow[]>(READ_ROWS);
          return r.length > 50 ? r : undefined;
        });
        expect(await b.evalInPanel<boolean>(clickRowContaining(rows[0]!.text))).toBe(true);
        await waitFor('the detail', () => b.evalInPanel(READ_DETAIL));
        await audit('errors with a detail open');

        expect(await b.evalInPanel<boolean>(clickTestId('view-groups'))).toBe(true);
        await waitFor('the groups', async () =>
          (await b.evalInPanel<PanelGroup[]>(READ_GROUPS)).length > 0 ? true : undefined,
        );
        expect(await b.evalInPanel<boolean>(clickTestId('group'))).toBe(true);
        await waitFor('the group expanded', async () =>
          (await b.evalInPanel<PanelRow[]>(READ_ROWS)).length > 0 ? true : undefined,
        );
        await audit('grouped view with a group open');

        expect(await b.evalInPanel<boolean>(clickTestId('history-tab'))).toBe(true);
        await waitFor('the history rows', async () =>
          (await b.evalInPanel<{ entries: unknown[] }>(READ_HISTORY)).entries.length > 0 ? true : undefined,
        );
        expect(await b.evalInPanel<boolean>(clickRowContaining('', 'history-entry'))).toBe(true);
        await waitFor('the record detail', async () =>
          (await b.evalInPanel<{ detail: unknown }>(READ_HISTORY)).detail ? true : undefined,
        );
        await audit('history with a record open');

        expect(await b.evalInPanel<boolean>(clickTestId('settings-tab'))).toBe(true);
        await waitFor('the settings', () =>
          b.evalInPanel<boolean>(`Boolean(document.querySelector('[data-testid="settings"]'))`),
        );
        await audit('settings');

        expect(found).toEqual({
          'errors with a detail open': [],
          'grouped view with a group open': [],
          'history with a record open': [],
          settings: [],
        });
      },
    );
  });
}

accessibilityStories('Chromium', (url, theme) => launchChromiumWithDevtools(url, { devtoolsTheme: theme }));
accessibilityStories('Firefox', (url, theme) => launchFirefoxWithDevtools(url, { devtoolsTheme: theme }));
