import { describe, expect, it } from 'vitest';
import { browserPerTest } from './browser-per-test.ts';
import type { DemoScenario } from './demo.ts';
import { DOC_EXAMPLES, defenderExpectations } from './expectations.ts';
import {
  READ_DETAIL,
  READ_EMPTY_STATE,
  READ_ROWS,
  READ_THEME,
  clickRowContaining,
  pressKey,
  type PanelRow,
} from './panel-dom.ts';
import { waitFor } from './wait.ts';

/** What the stories need of a browser with DevTools open on the demo page, in either engine. */
export interface PanelBrowser {
  /** Fires one of the demo page's scenarios from the page, as the app would. */
  fire(scenario: DemoScenario): Promise<number>;
  showPanel(): Promise<void>;
  evalInPanel<T>(expression: string): Promise<T>;
  screenshotDevtools(path: string): Promise<void>;
  close(): Promise<void>;
}

export type OpenBrowser<B extends PanelBrowser> = (url: string, theme: 'light' | 'dark') => Promise<B>;

/**
 * The panel's stories, told the same way in Chromium and Firefox. Each test gets a fresh browser;
 * `more` adds engine-specific stories with the same setup.
 */
export function panelStories<B extends PanelBrowser>(
  engine: string,
  open: OpenBrowser<B>,
  more?: (use: (theme?: 'light' | 'dark') => Promise<B>) => void,
): void {
  const expected = defenderExpectations();
  const session = browserPerTest<B>();
  const use = (theme: 'light' | 'dark' = 'light') => session.open(() => open(`${session.origin()}/`, theme));

  async function rowsWhenThereAre(b: B, count: number): Promise<PanelRow[]> {
    return waitFor(`${count} finding rows in the panel`, async () => {
      const rows = await b.evalInPanel<PanelRow[]>(READ_ROWS);
      return rows.length >= count ? rows : undefined;
    });
  }

  describe(`Faultline panel in ${engine} DevTools`, () => {
    it('shows errors fired before the panel was first shown, with exact codes and tracking ids', async () => {
      const b = await use();
      await b.fire('defender');
      await b.showPanel();
      const rows = await rowsWhenThereAre(b, expected.length);
      await new Promise((r) => setTimeout(r, 300));
      expect(await b.evalInPanel<PanelRow[]>(READ_ROWS)).toHaveLength(expected.length);
      for (const e of expected) {
        const row = rows.find((r) => r.text.includes(e.target.value));
        expect(row, `row for ${e.id}`).toBeDefined();
        expect(row).toMatchObject({ code: e.code, status: e.status, family: 'mtp' });
        expect(row?.text).toContain(e.method);
        expect(row?.text).toContain(e.message ?? '');
      }
    });

    it('lists new errors live under an empty state that says since when it captures', async () => {
      const b = await use();
      await b.showPanel();
      const empty = await waitFor('the empty state', () => b.evalInPanel<string | null>(READ_EMPTY_STATE));
      expect(empty).toMatch(/^No API errors yet — captured since \d\d:\d\d/);
      await b.fire('defender');
      const rows = await rowsWhenThereAre(b, expected.length);
      const lastFired = session.server.scenario.defender.filter((r) => r.isError).at(-1);
      const newest = expected.find((e) => e.id === lastFired?.caseId);
      expect(rows[0]?.text).toContain(newest?.target.value);
      expect(await b.evalInPanel<string>(READ_THEME)).toBe('light');
    });

    it('opens the detail of the doc examples with the full message and the exact ids, by click and keyboard', async () => {
      const b = await use();
      await b.fire('defender');
      await b.showPanel();
      await rowsWhenThereAre(b, expected.length);
      const doc = DOC_EXAMPLES.resourceNotFound;
      expect(await b.evalInPanel<boolean>(clickRowContaining(doc.target))).toBe(true);
      const detail = await waitFor('the finding detail', () =>
        b.evalInPanel<{ message: string; ids: { name: string; value: string }[] } | null>(READ_DETAIL),
      );
      expect(detail.message).toBe(doc.message);
      expect(detail.ids).toEqual([{ name: 'error.target', value: doc.target }]);

      const body = DOC_EXAMPLES.invalidRequestBody;
      expect(await b.evalInPanel<boolean>(clickRowContaining(body.target))).toBe(true);
      const rows = await b.evalInPanel<PanelRow[]>(READ_ROWS);
      const next = rows[rows.findIndex((r) => r.text.includes(body.target)) + 1];
      await b.evalInPanel(pressKey('ArrowDown'));
      const moved = await waitFor('the detail to follow the keyboard', async () => {
        const d = await b.evalInPanel<{ ids: { value: string }[] } | null>(READ_DETAIL);
        return d && next && d.ids.some((id) => next.text.includes(id.value)) ? d : undefined;
      });
      expect(moved.ids.length).toBeGreaterThan(0);
    });

    it('follows the DevTools dark theme', async () => {
      const b = await use('dark');
      await b.showPanel();
      expect(await waitFor('the panel theme', () => b.evalInPanel<string>(READ_THEME))).toBe('dark');
      expect(await b.evalInPanel<string>('getComputedStyle(document.body).backgroundColor')).toBe(
        'rgb(40, 40, 40)',
      );
    });

    more?.(use);
  });
}
