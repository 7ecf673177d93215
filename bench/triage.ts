/**
 * B6 and B5 for the triage views, in real Chromium on the panel harness (the panel's own App, stores
 * and styles): the grouped view mounted on 10^5 findings against 10^3, each keystroke of a filter typed
 * at 10^5 findings until its rows are painted, and the history grid scrolled to the last of 10^5
 * records of a real IndexedDB store. `--quick` runs 10^2 / 10^4 findings and 2 000 records.
 */
import { pathToFileURL } from 'node:url';
import { launchHarnessChromium } from '../e2e/fixtures/history-harness/browsers.ts';
import { PANEL_HARNESS_URL, routePanelHarness } from '../e2e/fixtures/panel-harness/open.ts';

/** Typed one character at a time, as a user narrows 10^5 errors down. */
const TYPED = 'status:4xx -code:ResourceNotFound machines/1';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Runs the figures and prints them; false when one is over budget or a view showed the wrong rows. */
export async function benchTriage(quick: boolean): Promise<boolean> {
  const [small, large] = quick ? [100, 10_000] : [1_000, 100_000];
  const records = quick ? 2_000 : 100_000;
  const rounds = quick ? 3 : 7;
  const chromium = await launchHarnessChromium();
  const harness = await routePanelHarness(chromium.context);
  try {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const fresh = async () => {
      await page.goto(PANEL_HARNESS_URL);
      await page.waitForFunction(() => 'panelHarness' in window);
    };
    const grouped = async (n: number) => {
      await fresh();
      return page.evaluate((count) => window.panelHarness.groupedMount(count), n);
    };
    const smallRuns = [];
    const largeRuns = [];
    for (let i = 0; i < rounds; i++) {
      smallRuns.push(await grouped(small));
      largeRuns.push(await grouped(large));
    }
    await fresh();
    const typing = await page.evaluate(
      ([count, typed]) => window.panelHarness.filterKeystrokes(count, typed),
      [large, TYPED] as const,
    );
    await fresh();
    const scroll = await page.evaluate(([name, count]) => window.panelHarness.historyScroll(name, count), [
      'bench-history-grid',
      records,
    ] as const);

    const smallMs = median(smallRuns.map((r) => r.ms));
    const largeMs = median(largeRuns.map((r) => r.ms));
    const ratio = largeMs / smallMs;
    const groupLongTasks = [...smallRuns, ...largeRuns].flatMap((r) => r.longTasks);
    const countsAddUp =
      smallRuns.every((r) => r.counted === small) && largeRuns.every((r) => r.counted === large);
    const keyMs = median(typing.ms);
    const ok = (pass: boolean) => (pass ? 'ok  ' : 'OVER');
    console.log(`\nB6/B5 triage views in Chromium: grouped view, filter, history grid`);
    console.log(
      `B6  ${ratio.toFixed(3).padStart(6)}×  ${largeMs.toFixed(1).padStart(8)} ms  ${smallMs.toFixed(1).padStart(8)} ms   ${ok(ratio <= 1.5)} ≤ 1.5×  grouped view mount, ${large} ÷ ${small} findings (${rounds} each; ${largeRuns[0]?.groups} groups, ${largeRuns[0]?.rendered} rendered); long tasks ${groupLongTasks.length}`,
    );
    console.log(
      `B6  ${(keyMs / 50).toFixed(3).padStart(6)}×  ${keyMs.toFixed(1).padStart(8)} ms  max ${Math.max(...typing.ms).toFixed(1)} ms   ${ok(keyMs <= 50)} ≤ 50 ms  filter keystroke to painted rows at ${large} findings (median of ${typing.ms.length}, "${TYPED}" → ${typing.counted}); long tasks ${typing.longTasks.length}${typing.longTasks.length ? ` (longest ${Math.max(...typing.longTasks).toFixed(0)} ms)` : ''}`,
    );
    console.log(
      `B5  history grid to the last of ${records} records: ${scroll.reachedLast ? 'reached' : 'NOT REACHED'} in ${(scroll.ms / 1000).toFixed(1)} s, ${scroll.presses} End presses, ${scroll.queryMs.length} page queries (median ${median(scroll.queryMs).toFixed(1)} ms, max ${Math.max(...scroll.queryMs).toFixed(1)} ms; ${ok(median(scroll.queryMs) <= 16)} ≤ 16 ms), ${scroll.domRows} rows in the DOM, scroll bar for ${scroll.rowCountAtStart} rows after the first page; long tasks ${scroll.longTasks.length}${scroll.longTasks.length ? ` (longest ${Math.max(...scroll.longTasks).toFixed(0)} ms)` : ''}   ${ok(scroll.longTasks.length === 0)} none`,
    );
    if (!countsAddUp) console.log('B6  WRONG: the groups do not add up to the findings');
    if (errors.length > 0) console.log('B6  WRONG: the page threw', errors);
    return (
      countsAddUp &&
      errors.length === 0 &&
      scroll.reachedLast &&
      scroll.rowCountAtStart === records &&
      ratio <= 1.5 &&
      keyMs <= 50 &&
      median(scroll.queryMs) <= 16 &&
      scroll.longTasks.length === 0 &&
      typing.longTasks.length === 0 &&
      groupLongTasks.length === 0
    );
  } finally {
    await chromium.close();
    harness.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await benchTriage(process.argv.includes('--quick')))) process.exitCode = 1;
}
