import { describe, expect, it } from 'vitest';
import { DICTIONARY } from '../src/i18n/dictionary.ts';
import { browserPerTest, type OpenedPanel } from './support/browser-per-test.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { fireDemo, type DemoPage } from './support/demo.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import { READ_ROWS, clickTestId, typeInto, type PanelRow } from './support/panel-dom.ts';
import { READ_FILTER, READ_GROUPS, type PanelGroup } from './support/triage-dom.ts';
import { engineFindings, matching } from './support/triage-findings.ts';
import { waitFor } from './support/wait.ts';

interface Opened extends OpenedPanel {
  page: DemoPage;
}

const ja = DICTIONARY.ja;
const session = browserPerTest<Opened>();
const READ_HEADERS = `[...document.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent)`;
const CHOOSE_JAPANESE = `(() => {
  const select = document.querySelector('[data-testid="setting-language"]');
  if (!select) return false;
  select.value = 'ja';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;

function japaneseTriage(engine: string, open: (url: string) => Promise<Opened>, viaSettings: boolean) {
  it(`reads the filter count, the groups and the history headers in Japanese in ${engine}`, async () => {
    const findings = engineFindings([session.origin()]);
    const total = findings.length;
    const b = await session.open(() => open(`${session.origin()}/`));
    await fireDemo(b.page, 'all');
    await b.showPanel();
    if (viaSettings) {
      await waitFor('the Settings tab', () => b.evalInPanel<boolean>(clickTestId('settings-tab')));
      expect(await b.evalInPanel<boolean>(CHOOSE_JAPANESE)).toBe(true);
      expect(await b.evalInPanel<boolean>(clickTestId('errors-tab'))).toBe(true);
    }
    await waitFor(`${total} rows`, async () =>
      (await b.evalInPanel<PanelRow[]>(READ_ROWS)).length === total ? true : undefined,
    );
    const fivexx = matching(findings, 'status:5xx').length;
    expect(await b.evalInPanel<boolean>(typeInto('filter', 'status:5xx'))).toBe(true);
    await waitFor(`the count in Japanese: ${ja.filter.count(fivexx, total)}`, async () =>
      (await b.evalInPanel<{ count: string }>(READ_FILTER)).count === ja.filter.count(fivexx, total)
        ? true
        : undefined,
    );
    expect(await b.evalInPanel<boolean>(clickTestId('view-groups'))).toBe(true);
    const groups = await waitFor('the groups', async () => {
      const shown = await b.evalInPanel<PanelGroup[]>(READ_GROUPS);
      return shown.length > 0 ? shown : undefined;
    });
    for (const group of groups) expect(group.text).toContain(ja.groups.errors(group.count));
    expect(await b.evalInPanel<boolean>(clickTestId('history-tab'))).toBe(true);
    const headers = await waitFor('the history headers', async () => {
      const shown = await b.evalInPanel<string[]>(READ_HEADERS);
      return shown.length > 0 ? shown : undefined;
    });
    expect(headers).toEqual(Object.values(ja.history.columns));
  });
}

describe('triage in Japanese', () => {
  japaneseTriage(
    'Chromium (browser in Japanese)',
    (url) => launchChromiumWithDevtools(url, { lang: 'ja' }),
    false,
  );
  japaneseTriage('Firefox (Settings → 日本語)', (url) => launchFirefoxWithDevtools(url), true);
});
