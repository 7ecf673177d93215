/**
 * B6: the errors view on 10^3 and 10^5 findings in real Chromium. The extension's panel page only
 * runs inside DevTools, so this drives a harness page that renders the panel's own App, store and
 * styles on a session of made-up findings (e2e/fixtures/panel-harness). Each mount is in a freshly
 * loaded page, as a panel opens, and is timed to the page's first contentful paint; sizes alternate
 * so drift hits both alike. `--quick` runs 10^2 and 10^4, as a smoke test.
 */
import { pathToFileURL } from 'node:url';
import { launchHarnessChromium } from '../e2e/fixtures/history-harness/browsers.ts';
import type { PanelHarness } from '../e2e/fixtures/panel-harness/main.tsx';
import { PANEL_HARNESS_URL, routePanelHarness } from '../e2e/fixtures/panel-harness/open.ts';

type Mount = Awaited<ReturnType<PanelHarness['mount']>>;

const ARRIVALS = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Runs B6 and prints its figures; false when one is over budget or the list showed the wrong rows. */
export async function benchPanel(quick: boolean): Promise<boolean> {
  const [small, large] = quick ? [100, 10_000] : [1_000, 100_000];
  const rounds = quick ? 3 : 7;
  const chromium = await launchHarnessChromium();
  const harness = await routePanelHarness(chromium.context);
  try {
    const page = await chromium.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const mount = async (count: number) => {
      await page.goto(PANEL_HARNESS_URL);
      await page.waitForFunction(() => 'panelHarness' in window);
      return page.evaluate((n) => window.panelHarness.mount(n), count);
    };
    const smallRuns: Mount[] = [];
    const largeRuns: Mount[] = [];
    for (let i = 0; i < rounds; i++) {
      smallRuns.push(await mount(small));
      largeRuns.push(await mount(large));
    }
    const middle = await page.evaluate((n) => window.panelHarness.scrollMiddle(n), ARRIVALS);
    const newestOnTop = await page.evaluate(() => window.panelHarness.newestShowsAtTop());

    const smallMs = median(smallRuns.map((r) => r.mountMs));
    const largeMs = median(largeRuns.map((r) => r.mountMs));
    const ratio = largeMs / smallMs;
    const domRatio = (r: { domRows: number; visibleRows: number }) => r.domRows / r.visibleRows;
    const atTop = largeRuns.reduce((worst, r) => (domRatio(r) > domRatio(worst) ? r : worst));
    const worstDom = Math.max(domRatio(atTop), domRatio(middle));
    const longTasks = [...smallRuns, ...largeRuns].flatMap((r) => r.longTasks);
    const complete = (runs: Mount[], count: number) => runs.every((r) => r.inOrder && r.shown === count);
    const loaded = complete(smallRuns, small) && complete(largeRuns, large);
    const ok = (pass: boolean) => (pass ? 'ok  ' : 'OVER');

    console.log(
      `\nB6 panel on ${small} and ${large} findings in Chromium, ${rounds} mounts of each in fresh pages`,
    );
    console.log('id  ratio    median (large)  median (small)  budget         what');
    console.log(
      `B6  ${ratio.toFixed(3).padStart(6)}×  ${largeMs.toFixed(1).padStart(11)} ms  ${smallMs.toFixed(1).padStart(11)} ms   ${ok(ratio <= 1.5)} ≤ 1.5×  mount to first painted rows, ${large} ÷ ${small}`,
    );
    console.log(
      `B6  ${worstDom.toFixed(3).padStart(6)}×  DOM rows ${atTop.domRows} / ${atTop.visibleRows} in view at the top, ${middle.domRows} / ${middle.visibleRows} mid-list   ${ok(worstDom <= 2)} ≤ 2×`,
    );
    console.log(
      `B6  long tasks > 50 ms from mount until all loaded: ${longTasks.length}${longTasks.length ? ` (longest ${Math.max(...longTasks).toFixed(0)} ms)` : ''}   ${ok(longTasks.length === 0)} none; all ${large} loaded in ${median(largeRuns.map((r) => r.loadedMs)).toFixed(0)} ms (median)`,
    );
    console.log(
      `B6  newest first and complete: ${loaded ? 'yes' : 'NO'}; ${ARRIVALS} arrivals kept a mid-list view in place: ${middle.keptView ? 'yes' : 'NO'}; at the top the newest shows: ${newestOnTop ? 'yes' : 'NO'}`,
    );
    if (pageErrors.length > 0) console.log('B6  WRONG: the page threw', pageErrors);
    const right = loaded && middle.keptView && newestOnTop && pageErrors.length === 0;
    return right && ratio <= 1.5 && worstDom <= 2 && longTasks.length === 0;
  } finally {
    await chromium.close();
    harness.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await benchPanel(process.argv.includes('--quick')))) process.exitCode = 1;
}
