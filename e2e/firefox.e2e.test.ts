import { expect, it } from 'vitest';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import { READ_THEME } from './support/panel-dom.ts';
import { panelStories } from './support/panel-stories.ts';
import { waitFor } from './support/wait.ts';
import { fireDemo } from './support/demo.ts';

panelStories(
  'Firefox',
  async (url, theme) => {
    const browser = await launchFirefoxWithDevtools(url, { devtoolsTheme: theme });
    return {
      ...browser,
      fire: (scenario) => fireDemo(browser.page, scenario),
    };
  },
  (use) => {
    // Firefox tells extensions when the theme changes; Chromium reloads their panels instead.
    it('follows a switch of the DevTools theme while open', async () => {
      const browser = await use('dark');
      await browser.showPanel();
      expect(await waitFor('the panel theme', () => browser.evalInPanel<string>(READ_THEME))).toBe('dark');
      await browser.setTheme('light');
      await waitFor('the panel to follow DevTools to the light theme', async () =>
        (await browser.evalInPanel<string>(READ_THEME)) === 'light' ? true : undefined,
      );
    });
  },
);
