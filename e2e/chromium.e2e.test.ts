import { launchChromiumWithDevtools } from './support/chromium.ts';
import { panelStories } from './support/panel-stories.ts';

panelStories('Chromium', async (url, theme) => {
  const browser = await launchChromiumWithDevtools(url, { devtoolsTheme: theme });
  return {
    ...browser,
    fire: (scenario) =>
      browser.page.evaluate(
        (name) =>
          (window as unknown as { faultlineDemo: { fire(n: string): Promise<number> } }).faultlineDemo.fire(
            name,
          ),
        scenario,
      ),
  };
});
