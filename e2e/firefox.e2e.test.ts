import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtures/server.ts';
import {
  launchFirefoxWithDevtools,
  type FirefoxDevtools,
  type FirefoxLaunchOptions,
} from './support/firefox.ts';
import { DOC_EXAMPLES, defenderExpectations } from './support/expectations.ts';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { waitFor } from './support/wait.ts';
import {
  READ_DETAIL,
  READ_EMPTY_STATE,
  READ_ROWS,
  READ_THEME,
  clickRowContaining,
  pressKey,
  type PanelRow,
} from './support/panel-dom.ts';

const expected = defenderExpectations();
let server: FixtureServer;
let browser: FirefoxDevtools;
// The theme test launches its own browser; afterEach must only close one that was launched.
let launched = false;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(async (context) => {
  if (!launched) return;
  launched = false;
  if (context.task.result?.state === 'fail')
    await saveFailureScreenshot(context.task.name, browser.screenshotDevtools);
  await browser.close();
});

async function launch(options?: FirefoxLaunchOptions): Promise<void> {
  browser = await launchFirefoxWithDevtools(`${server.origin}/`, options);
  launched = true;
}

const fireDefender = () =>
  browser.page.evaluate(() => (window as unknown as DemoWindow).faultlineDemo.fire('defender'));
interface DemoWindow {
  faultlineDemo: { fire(name: string): Promise<number> };
}

async function rowsWhenThereAre(count: number): Promise<PanelRow[]> {
  return waitFor(`${count} finding rows in the panel`, async () => {
    const rows = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
    return rows.length >= count ? rows : undefined;
  });
}

describe('Faultline panel in Firefox DevTools', () => {
  beforeEach(() => launch());

  it('shows errors fired before the panel was first shown, with exact codes and tracking ids', async () => {
    await fireDefender();
    await browser.showPanel();
    const rows = await rowsWhenThereAre(expected.length);
    await new Promise((r) => setTimeout(r, 300));
    const settled = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
    expect(settled).toHaveLength(expected.length);
    for (const e of expected) {
      const row = rows.find((r) => r.text.includes(e.target.value));
      expect(row, `row for ${e.id}`).toBeDefined();
      expect(row).toMatchObject({ code: e.code, status: e.status, family: 'mtp' });
      expect(row?.text).toContain(e.method);
      expect(row?.text).toContain(e.message ?? '');
    }
  });

  it('lists new errors live under an empty state that says since when it captures', async () => {
    await browser.showPanel();
    const empty = await waitFor('the empty state', () =>
      browser.evalInPanel<string | null>(READ_EMPTY_STATE),
    );
    expect(empty).toMatch(/^No API errors yet — captured since \d\d:\d\d/);
    await fireDefender();
    const rows = await rowsWhenThereAre(expected.length);
    const lastFired = server.scenario.defender.filter((r) => r.isError).at(-1);
    const newest = expected.find((e) => e.id === lastFired?.caseId);
    expect(rows[0]?.text).toContain(newest?.target.value);
    expect(await browser.evalInPanel<string>(READ_THEME)).toBe('light');
  });

  it('opens the detail of the doc examples with the full message and the exact ids, by click and keyboard', async () => {
    await fireDefender();
    await browser.showPanel();
    await rowsWhenThereAre(expected.length);
    const doc = DOC_EXAMPLES.resourceNotFound;
    expect(await browser.evalInPanel<boolean>(clickRowContaining(doc.target))).toBe(true);
    const detail = await waitFor('the finding detail', () =>
      browser.evalInPanel<{ message: string; ids: { name: string; value: string }[] } | null>(READ_DETAIL),
    );
    expect(detail.message).toBe(doc.message);
    expect(detail.ids).toEqual([{ name: 'error.target', value: doc.target }]);

    const body = DOC_EXAMPLES.invalidRequestBody;
    expect(await browser.evalInPanel<boolean>(clickRowContaining(body.target))).toBe(true);
    const rows = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
    const index = rows.findIndex((r) => r.text.includes(body.target));
    await browser.evalInPanel(pressKey('ArrowDown'));
    const next = rows[index + 1];
    const moved = await waitFor('the detail to follow the keyboard', async () => {
      const d = await browser.evalInPanel<{ ids: { value: string }[] } | null>(READ_DETAIL);
      return d && next && d.ids.some((id) => next.text.includes(id.value)) ? d : undefined;
    });
    expect(moved.ids.length).toBeGreaterThan(0);
  });
});

describe('Faultline panel and the Firefox DevTools theme', () => {
  it('is dark when DevTools is dark, and follows a switch to light', async () => {
    await launch({ devtoolsTheme: 'dark' });
    await browser.showPanel();
    expect(await waitFor('the panel theme', () => browser.evalInPanel<string>(READ_THEME))).toBe('dark');
    const background = await browser.evalInPanel<string>('getComputedStyle(document.body).backgroundColor');
    expect(background).toBe('rgb(40, 40, 40)');
    await browser.setTheme('light');
    await waitFor('the panel to follow DevTools to the light theme', async () =>
      (await browser.evalInPanel<string>(READ_THEME)) === 'light' ? true : undefined,
    );
  });
});
