import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARY } from '../src/i18n/dictionary.ts';
import { GECKO_ID } from '../vite.config.ts';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { PANEL_TITLE, launchFirefoxWithDevtools } from './support/firefox.ts';
import { readAddonCard, readFaultlineToolboxTab } from './support/firefox-addon-ui.ts';
import { fixtureServerPerFile } from './support/fixture-server.ts';
import { waitFor } from './support/wait.ts';

/**
 * The name and description the browser shows for the extension, from public/_locales, which both builds copy
 * (the store packages are those builds, file for file: e2e/package.e2e.test.ts). The DevTools tab keeps the title Faultline:
 * showPanel finds the tab by it. Each browser runs in the language asked, Firefox from Debian's language pack
 * (firefox-esr-l10n-ja, which npm test installs), and Faultline's panel follows it.
 */
interface Listing {
  name: string;
  description: string;
}
function listing(locale: 'en' | 'ja'): Listing {
  const path = resolve(import.meta.dirname, `../public/_locales/${locale}/messages.json`);
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  return { name: messages['extName']!.message, description: messages['extDescription']!.message };
}
const LISTING_IN_PAGE = `({ name: chrome.i18n.getMessage('extName'), description: chrome.i18n.getMessage('extDescription') })`;
const JAPANESE = /[\u3040-\u30ff]/;
const READ_VIEW_TABS = `({
  lang: document.documentElement.lang,
  tabs: ['errors-tab', 'history-tab', 'settings-tab'].map((id) => document.querySelector(\`[data-testid="\${id}"]\`)?.textContent ?? null),
})`;

const server = fixtureServerPerFile();

describe.each([
  ['ja', 'ja'],
  ['en-US', 'en'],
] as const)('Chromium in %s', (browserLang, locale) => {
  it(`names and describes Faultline in ${locale}, in its pages and on chrome://extensions`, async (context) => {
    const expected = listing(locale);
    if (locale === 'ja') expect(expected.name + expected.description).toMatch(JAPANESE);
    else expect(expected.description).not.toMatch(JAPANESE);
    const browser = await launchChromiumWithDevtools(`${server.origin}/`, { lang: browserLang });
    try {
      await browser.showPanel();
      expect(await browser.evalInPanel<Listing>(LISTING_IN_PAGE)).toEqual(expected);

      const extensions = await browser.context.newPage();
      await extensions.goto('chrome://extensions/');
      const item = extensions.locator(`extensions-item[id="${browser.extensionId}"]`);
      expect((await item.locator('#name').textContent())?.trim()).toBe(expected.name);
      expect((await item.locator('#description').textContent())?.trim()).toBe(expected.description);
    } catch (error) {
      await saveFailureScreenshot(context.task.name, browser.screenshotDevtools);
      throw error;
    } finally {
      await browser.close();
    }
  });
});

describe.each([
  ['ja', 'ja'],
  ['en-US', 'en'],
] as const)('Firefox in %s', (browserLang, locale) => {
  it(`names Faultline in ${locale} on about:addons, in the toolbox and in its pages, whose language follows the browser's`, async (context) => {
    const expected = listing(locale);
    const t = DICTIONARY[locale];
    const browser = await launchFirefoxWithDevtools(`${server.origin}/`, { lang: browserLang });
    try {
      await browser.showPanel();
      expect(await browser.evalInPanel<Listing>(LISTING_IN_PAGE.replaceAll('chrome.', 'browser.'))).toEqual(
        expected,
      );
      expect(await readFaultlineToolboxTab(browser)).toEqual({
        label: PANEL_TITLE,
        title: expect.stringContaining(`"${expected.name}"`),
      });

      // The language setting is left at its default: the browser's language (every explanation in
      // Japanese Firefox: e2e/annotation.e2e.test.ts).
      const panel = await waitFor('the panel rendered', async () => {
        const read = await browser.evalInPanel<{ lang: string; tabs: (string | null)[] }>(READ_VIEW_TABS);
        return read.tabs.every(Boolean) ? read : undefined;
      });
      expect(panel).toEqual({ lang: locale, tabs: [t.tabs.errors(0), t.tabs.history, t.tabs.settings] });

      expect(await readAddonCard(browser, GECKO_ID)).toEqual(expected);
    } catch (error) {
      await saveFailureScreenshot(context.task.name, browser.screenshotDevtools);
      throw error;
    } finally {
      await browser.close();
    }
  });
});
