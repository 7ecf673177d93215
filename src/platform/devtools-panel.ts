import browser from 'webextension-polyfill';

/** Creates the DevTools panel and calls `onShown` with the panel's window each time it is shown. */
export async function createDevtoolsPanel(
  title: string,
  icon: string,
  page: string,
  onShown: (panelWindow: Window) => void,
): Promise<void> {
  const panel = await browser.devtools.panels.create(title, icon, page);
  panel.onShown.addListener((panelWindow: unknown) => onShown(panelWindow as Window));
}
