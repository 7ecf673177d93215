import { describe, expect, it } from 'vitest';
import { annotate } from '../src/core/catalog/lookup.ts';
import type { Lang } from '../src/core/catalog/types.ts';
import { browserPerTest, type OpenedPanel } from './support/browser-per-test.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { fireDemo, type DemoPage } from './support/demo.ts';
import { defenderExpectations } from './support/expectations.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import {
  READ_ANNOTATION,
  READ_ROWS,
  clickRowContaining,
  type PanelAnnotation,
  type PanelRow,
} from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';

interface Opened extends OpenedPanel {
  page: DemoPage;
}

const expected = defenderExpectations();
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;
const session = browserPerTest<Opened>();

// In the browser's language: the panel's language setting is left at its default.
describe.each<[string, Lang, (url: string) => Promise<Opened>]>([
  ['Chromium in en-US', 'en', (url) => launchChromiumWithDevtools(url, { lang: 'en-US' })],
  ['Chromium in ja', 'ja', (url) => launchChromiumWithDevtools(url, { lang: 'ja' })],
  ['Firefox in ja', 'ja', (url) => launchFirefoxWithDevtools(url, { lang: 'ja' })],
])('Faultline explains every Defender code in %s', (_, lang, launch) => {
  it('renders meaning, remediation and docs for the 19 documented codes and TooManyRequests, with hints', async () => {
    const browser = await session.open(() => launch(`${session.origin()}/`));
    await fireDemo(browser.page, 'defender');
    await browser.showPanel();
    await waitFor(`${expected.length} rows`, async () => {
      const rows = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
      return rows.length >= expected.length;
    });
    const codes = new Set(expected.map((e) => e.code));
    expect(codes.size).toBe(20);

    for (const e of expected) {
      expect(await browser.evalInPanel<boolean>(clickRowContaining(e.target.value)), e.id).toBe(true);
      const shown = await waitFor(`the annotation of ${e.id}`, async () => {
        const a = await browser.evalInPanel<PanelAnnotation | null>(READ_ANNOTATION);
        return a?.meaning ? a : undefined;
      });
      const catalog = annotate({ family: 'mtp', code: e.code, status: Number(e.status) }, lang);
      expect(shown.lang).toBe(lang);
      expect(shown.meaning, e.id).toBe(catalog.meaning);
      expect(shown.remediation, e.id).toEqual(catalog.remediation);
      expect(shown.remediation.length).toBeGreaterThan(0);
      expect(shown.docs).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      if (lang === 'ja') expect(shown.meaning).toMatch(JAPANESE);
      else expect(shown.meaning).not.toMatch(JAPANESE);

      if (e.id === 'mtp-missingparam-wrongcase-query') {
        const hint = shown.hints.find((h) => h.kind === 'parameterCaseMismatch');
        expect(hint?.text).toContain('Query');
        expect(hint?.text).toContain('query');
      }
      if (e.id === 'mde-toomanyrequests') {
        expect(shown.hints.find((h) => h.kind === 'retryAfter')?.text).toContain('27');
      }
    }
  });
});
