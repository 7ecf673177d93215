import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtures/server.ts';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';

/**
 * The name and description the browser shows for the extension, from public/_locales, which both builds copy
 * (the store packages are those builds, file for file: e2e/package.e2e.test.ts). The DevTools tab keeps the title Faultline:
 * showPanel finds the tab by it.
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

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

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

describe('Firefox', () => {
  it('resolves the name and description from _locales (English: this Firefox has no Japanese language pack)', async () => {
    const browser = await launchFirefoxWithDevtools(`${server.origin}/`);
    try {
      await browser.showPanel();
      expect(await browser.evalInPanel<Listing>(LISTING_IN_PAGE.replaceAll('chrome.', 'browser.'))).toEqual(
        listing('en'),
      );
    } finally {
      await browser.close();
    }
  });
});
