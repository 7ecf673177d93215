import type { FirefoxDevtools } from './firefox.ts';
import { waitFor } from './wait.ts';

/** An extension as about:addons lists it. */
export interface AddonCard {
  name: string;
  description: string;
}

/** Opens about:addons on the extensions list, as Tools → Add-ons does, and reads the card of `id`. */
export async function readAddonCard(browser: FirefoxDevtools, id: string): Promise<AddonCard> {
  await browser.runInBrowserWindow(
    `await BrowserAddonUI.openAddonsMgr('addons://list/extension'); return true;`,
  );
  return waitFor(`the card of ${id} on about:addons`, () =>
    browser.runInBrowserWindow<AddonCard | null>(`
      const doc = gBrowser.selectedBrowser.contentDocument;
      const card = doc?.location.href === 'about:addons' && doc.querySelector('addon-card[addon-id=${JSON.stringify(id)}]');
      const name = card?.querySelector('.addon-name')?.textContent.trim();
      return name ? { name, description: card.querySelector('.addon-description')?.textContent.trim() ?? '' } : null;`),
  );
}

/** The Faultline tab of the open toolbox: its label and the tooltip Firefox gives extensions' tabs. */
export async function readFaultlineToolboxTab(
  browser: FirefoxDevtools,
): Promise<{ label: string; title: string }> {
  return browser.runInBrowserWindow(`
    const toolbox = toolboxOf();
    const tab = toolbox.doc.getElementById('toolbox-tab-' + faultlineTool(toolbox).id);
    return { label: tab.querySelector('.devtools-tab-label').textContent, title: tab.title };`);
}
