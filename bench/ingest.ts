/**
 * B7: live ingest into the errors view in real Chromium, through the panel harness of B6
 * (e2e/fixtures/panel-harness): the panel opens on an empty session, then 1 000 findings a second for
 * 10 s go into the session one `session.add` each, as capture makes them. Every finding is an error
 * here, the worst case of "1 000 requests/s". The findings and previews are those findingOf() makes of
 * the corpus' error exchanges, copied in the page before the clock starts. `--quick` runs 200/s for 2 s.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { caseToHarEntry, loadCases } from '../e2e/fixtures/corpus.ts';
import { PANEL_HARNESS_URL, routePanelHarness } from '../e2e/fixtures/panel-harness/open.ts';
import { CHROMIUM_QUIET_FLAGS, browserPath } from '../e2e/support/browsers.ts';
import { findingOf, type Captured } from '../src/devtools/capture.ts';

const MB = 1024 * 1024;

/** What capture reports for each of the corpus' error exchanges. */
async function corpusFindings(): Promise<Captured[]> {
  const entries = loadCases()
    .filter((c) => c.expect.isError)
    .map((c) => caseToHarEntry(c));
  const captured = await Promise.all(
    entries.map((entry) =>
      findingOf({
        entry,
        backfilled: false,
        readBody: async () => ({
          text: entry.response.content?.text ?? null,
          base64: entry.response.content?.encoding === 'base64',
        }),
      }),
    ),
  );
  return captured.filter((c): c is Captured => c !== null);
}

/** Runs B7 and prints its figures; false when the queue grew, updates were not batched, or rows are missing. */
export async function benchIngest(quick: boolean): Promise<boolean> {
  const [perSecond, seconds] = quick ? [200, 2] : [1_000, 10];
  const templates = await corpusFindings();
  // Precise heap figures and a collection before each: otherwise performance.memory is coarse and stale.
  const browser = await chromium.launch({
    executablePath: browserPath('chromium'),
    headless: true,
    args: [...CHROMIUM_QUIET_FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const context = await browser.newContext();
    const harness = await routePanelHarness(context);
    try {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(PANEL_HARNESS_URL);
      await page.waitForFunction(() => 'panelHarness' in window);
      await page.evaluate(() => window.panelHarness.openLive());
      const r = await page.evaluate(([t, rate, s]) => window.panelHarness.ingest(t, rate, s), [
        templates,
        perSecond,
        seconds,
      ] as const);

      const total = perSecond * seconds;
      const runS = r.runMs / 1000;
      const rate = r.pushed / (r.pushMs / 1000);
      const fps = r.frames / runS;
      const perFrame = (perSecond / fps).toFixed(1);
      const drained = r.carried === 0 && r.pendingEnd === 0 && r.pendingLastSample === 0;
      const batched = r.maxStorePerFrame <= 1 && r.maxDomPerFrame <= 1 && r.domUpdates <= r.frames;
      const complete = r.shown === total && r.rowsSetSize === total && r.inOrder;
      const paced = rate >= 0.95 * perSecond;
      const ok = (pass: boolean) => (pass ? 'ok  ' : 'OVER');

      console.log(
        `\nB7 ingest of ${total} findings (${templates.length} corpus exchanges) at ${perSecond}/s for ${seconds} s into the panel in Chromium`,
      );
      console.log(
        `B7  pushed ${r.pushed} in ${r.pushMs.toFixed(0)} ms = ${rate.toFixed(0)}/s from ${r.tasks} timer tasks   ${ok(paced)} ≥ 95 % of ${perSecond}/s`,
      );
      console.log(
        `B7  pending queue at each frame: max ${r.pendingMax} (first half ${r.pendingMaxFirstHalf}, second half ${r.pendingMaxSecondHalf}; ~${perFrame} arrive per frame), last ${r.pendingLastSample}, after the run ${r.pendingEnd}; frames that left arrivals queued: ${r.carried}   ${ok(drained)} drained every frame`,
      );
      console.log(
        `B7  ${r.frames} frames = ${fps.toFixed(1)}/s; store updates ${r.storeUpdates} = ${(r.storeUpdates / runS).toFixed(1)}/s, DOM updates ${r.domUpdates} = ${(r.domUpdates / runS).toFixed(1)}/s; most in one frame: ${r.maxStorePerFrame} store, ${r.maxDomPerFrame} DOM   ${ok(batched)} ≤ 1 per frame`,
      );
      console.log(
        `B7  long tasks > 50 ms during the run: ${r.longTasks.length}${r.longTasks.length ? ` (longest ${Math.max(...r.longTasks).toFixed(0)} ms)` : ''}   ${ok(r.longTasks.length === 0)} none`,
      );
      console.log(
        `B7  rows at the end: ${r.shown} in the list, aria-setsize ${r.rowsSetSize}, newest first: ${r.inOrder ? 'yes' : 'NO'}   ${ok(complete)} = ${total} pushed`,
      );
      console.log(
        `B7  JS heap used (after GC): empty panel ${(r.heapEmpty / MB).toFixed(1)} MB, with the ${total} copies prepared ${(r.heapStart / MB).toFixed(1)} MB, at the end ${(r.heapEnd / MB).toFixed(1)} MB (${(r.heapEndRaw / MB).toFixed(1)} MB before GC)`,
      );
      if (pageErrors.length > 0) console.log('B7  WRONG: the page threw', pageErrors);
      return paced && drained && batched && complete && r.longTasks.length === 0 && pageErrors.length === 0;
    } finally {
      harness.close();
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await benchIngest(process.argv.includes('--quick')))) process.exitCode = 1;
}
