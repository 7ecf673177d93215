import { launchChromiumWithDevtools } from './support/chromium.ts';
import { panelStories } from './support/panel-stories.ts';
import { fireDemo } from './support/demo.ts';

panelStories('Chromium', async (url, theme) => {
  const browser = await launchChromiumWithDevtools(url, { devtoolsTheme: theme });
  return {
    ...browser,
    fire: (scenario) => fireDemo(browser.page, scenario),
  };
});
