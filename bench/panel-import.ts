/**
 * B9: Open HAR… in the panel (the product's App, sources, worker and styles, in the B6 harness page)
 * in real Chromium, on a generated HAR of ≥ 200 MB chosen through the real file input: long tasks on
 * the panel's main thread, progress updates per second, findings against the errors written, and the
 * import's time against `faultline scan` of the same file. `--quick` uses 20 MB.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchHarnessChromium } from '../e2e/fixtures/history-harness/browsers.ts';
import { PANEL_HARNESS_URL, routePanelHarness } from '../e2e/fixtures/panel-harness/open.ts';
import { runCli } from './cli-stream.ts';
import { writeHar } from './har-file.ts';

const MB = 1024 * 1024;

export async function benchPanelImport(quick: boolean): Promise<boolean> {
  const file = join(tmpdir(), `faultline-b9-${process.pid}.har`);
  const chromium = await launchHarnessChromium();
  try {
    const written = writeHar(file, (quick ? 20 : 210) * MB);
    const harness = await routePanelHarness(chromium.context);
    try {
      const page = await chromium.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(PANEL_HARNESS_URL);
      await page.waitForFunction(() => 'panelHarness' in window);
      await page.evaluate(() => window.panelHarness.openLive());
      await page.evaluate(() => window.panelHarness.watchImport());
      await page.setInputFiles('[data-testid="open-har"]', file);
      const run = await page.evaluate(() => window.panelHarness.awaitImport());
      const cli = await runCli(file);
      const perSecond = run.progressUpdates / (run.ms / 1000);
      const found = run.status.includes(`, ${written.errors} errors`);
      const ok = (pass: boolean) => (pass ? 'ok  ' : 'OVER');
      console.log(
        `\nB9 Open HAR… of ${(written.bytes / MB).toFixed(0)} MB (${written.entries} entries) in the panel in Chromium`,
      );
      console.log(
        `B9  long tasks > 50 ms on the panel's main thread: ${run.longTasks.length}${run.longTasks.length ? ` (longest ${Math.max(...run.longTasks).toFixed(0)} ms)` : ''}   ${ok(run.longTasks.length === 0)} none`,
      );
      console.log(
        `B9  progress updates: ${run.progressUpdates} in ${run.ms.toFixed(0)} ms = ${perSecond.toFixed(1)}/s   ${ok(perSecond >= 4)} ≥ 4/s`,
      );
      console.log(
        `B9  ${(run.ms / cli.ms).toFixed(2)}× faultline scan of the same file (${cli.ms.toFixed(0)} ms); findings: panel "${run.status}", CLI ${cli.findings}, written ${written.errors}   ${found && cli.findings === written.errors ? 'ok' : 'WRONG'}`,
      );
      if (pageErrors.length > 0) console.log('B9  WRONG: the page threw', pageErrors);
      return run.longTasks.length === 0 && perSecond >= 4 && found && pageErrors.length === 0;
    } finally {
      harness.close();
    }
  } finally {
    await chromium.close();
    rmSync(file, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await benchPanelImport(process.argv.includes('--quick')))) process.exitCode = 1;
}
