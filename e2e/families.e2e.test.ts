import { describe, expect, it } from 'vitest';
import { loadCases, loadDefenderExtras, loadHostileCases } from './fixtures/corpus.ts';
import { analyze } from '../src/core/analyze/analyze.ts';
import { fromHarEntry } from '../src/core/ingest/from-har.ts';
import { caseToHarEntry } from './fixtures/corpus.ts';
import { servedCase } from './fixtures/server.ts';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { READ_ROWS, clickRowContaining, type PanelRow } from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';
import { fireDemo } from './support/demo.ts';
import { fixtureServerPerFile } from './support/fixture-server.ts';

const server = fixtureServerPerFile();

const NESTED = `[...document.querySelectorAll('[data-testid="nested-finding"]')].map((n) => ({ code: n.dataset.code, status: n.dataset.status, part: n.dataset.part }))`;

describe('every family through real capture in Chromium', () => {
  it('finds what the engine finds in the same exchanges: every family, code and status, no success', async (context) => {
    const cases = [...loadCases(), ...loadDefenderExtras(), ...loadHostileCases()];
    const key = (family: string, code: string | null, status: number | string) =>
      `${family} ${code ?? ''} ${status}`;
    // Families told apart by host (Graph, Defender's own hosts) read differently on 127.0.0.1; the
    // engine's reading of the exchange as served is what capture in the browser must reproduce.
    const engine = cases.map((c) => analyze(fromHarEntry(caseToHarEntry(servedCase(c, server.origin)))));
    const expected = engine.flatMap((f) => (f ? [key(f.family, f.code, f.status)] : [])).sort();
    expect(expected.length).toBe(cases.filter((c) => c.expect.isError).length);
    const browser = await launchChromiumWithDevtools(`${server.origin}/`);
    try {
      await fireDemo(browser.page, 'all');
      await browser.showPanel();
      const rows = await waitFor(`${expected.length} rows`, async () => {
        const found = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
        return found.length >= expected.length ? found : undefined;
      });
      await new Promise((r) => setTimeout(r, 300));
      const settled = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
      expect(settled).toHaveLength(rows.length);
      expect(settled.map((r) => key(r.family, r.code || null, r.status)).sort()).toEqual(expected);

      // A Graph $batch answered 200 shows its failed parts.
      const batch = cases.find((c) => c.id === 'graph-batch-200-nested-errors')!;
      expect(await browser.evalInPanel<boolean>(clickRowContaining('/v1.0/$batch'))).toBe(true);
      const nested = await waitFor('the failed parts of the batch', async () => {
        const parts = await browser.evalInPanel<{ code: string; status: string; part: string }[]>(NESTED);
        return parts.length > 0 ? parts : undefined;
      });
      const expectedParts = (batch.expect['nested'] as { status: number }[]).map((n) => String(n.status));
      expect(nested.map((n) => n.status).sort()).toEqual(expectedParts.sort());

      // A link from the response becomes a link only when it is http(s); hostile markup stays text.
      const API_DOCS = `(() => ({
        href: document.querySelector('a[data-testid="api-docs"]')?.getAttribute('href') ?? null,
        text: document.querySelector('[data-testid="api-docs-text"]')?.textContent ?? null,
        markup: document.querySelectorAll('#app img, #app script').length,
      }))()`;
      expect(await browser.evalInPanel<boolean>(clickRowContaining('card_declined'))).toBe(true);
      const stripe = await waitFor('the API docs link', async () => {
        const d = await browser.evalInPanel<{ href: string | null }>(API_DOCS);
        return d.href ? d : undefined;
      });
      expect(stripe.href).toBe('https://stripe.com/docs/error-codes/card-declined');
      expect(await browser.evalInPanel<boolean>(clickRowContaining('/orders/42'))).toBe(true);
      const hostile = await waitFor('the hostile problem type as text', async () => {
        const d = await browser.evalInPanel<{ href: string | null; text: string | null; markup: number }>(
          API_DOCS,
        );
        return d.text ? d : undefined;
      });
      expect(hostile).toEqual({ href: null, text: expect.stringContaining('JaVaScRiPt:alert'), markup: 0 });
    } catch (error) {
      await saveFailureScreenshot(context.task.name, browser.screenshotDevtools);
      throw error;
    } finally {
      await browser.close();
    }
  });
});
