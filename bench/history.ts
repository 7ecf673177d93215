/**
 * B5: the history at 10^5 records in real Chromium, through the harness page the e2e test drives:
 * appends in batches of 500, queries served by an index, and the first page of a panel opened cold.
 * Each figure is a median, printed as a ratio to its budget. `--quick` runs 2 000 records, as a smoke test.
 */
import { pathToFileURL } from 'node:url';
import { launchHarnessChromium } from '../e2e/fixtures/history-harness/browsers.ts';
import { serveHistoryHarness } from '../e2e/fixtures/history-harness/serve.ts';
import type { HistoryQuery } from '../src/core/history/record.ts';
import { sampleRecord } from '../src/testing/history/sample-record.ts';

const BATCH = 500;
const NAME = 'bench-history';

interface Figure {
  what: string;
  medianMs: number;
  budgetMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Runs B5 and prints its figures; false when one is over budget or a query read the wrong records. */
export async function benchHistory(quick: boolean): Promise<boolean> {
  const total = quick ? 2_000 : 100_000;
  const rounds = quick ? 5 : 21;
  const coldRounds = quick ? 3 : 7;
  const server = await serveHistoryHarness();
  const chromium = await launchHarnessChromium();
  try {
    const page = await chromium.openPage(server.origin);
    const batchMs = await page.evaluate(
      ([name, total, batch]) => window.historyHarness.append(name, 0, total, batch),
      [NAME, total, BATCH] as const,
    );
    const stored = await page.evaluate((name) => window.historyHarness.readAll(name), NAME);
    const timeQueries = (queries: HistoryQuery[]) =>
      page.evaluate(([name, queries]) => window.historyHarness.timeQueries(name, queries), [
        NAME,
        queries,
      ] as const);
    // Ids spread over the whole history, each carried by exactly one record.
    const spread = Array.from({ length: rounds }, (_, i) => Math.floor(((i + 0.5) * total) / rounds));
    const byId = await timeQueries(
      spread.map((n) => ({ text: sampleRecord(n).idValues[0] ?? '', limit: 100 })),
    );
    const byCode = await timeQueries(spread.map(() => ({ code: 'AuthorizationFailed', limit: 100 })));
    const cold: { ms: number; records: number }[] = [];
    for (let i = 0; i < coldRounds; i++) {
      await page.reload();
      await page.waitForFunction(() => 'historyHarness' in window);
      cold.push(await page.evaluate((name) => window.historyHarness.coldFirstPage(name), NAME));
    }

    const readRight =
      stored.count === total &&
      stored.distinct === total &&
      byId.every((t) => t.records === 1) &&
      [...byCode, ...cold].every((t) => t.records === 100);
    const figures: Figure[] = [
      {
        what: `query by exact id, limit 100 (${rounds} ids)`,
        medianMs: median(byId.map((t) => t.ms)),
        budgetMs: 16,
      },
      {
        what: `query by code, limit 100 (${rounds} runs)`,
        medianMs: median(byCode.map((t) => t.ms)),
        budgetMs: 16,
      },
      {
        what: `cold panel: open + newest 100 after a reload (${coldRounds} reloads)`,
        medianMs: median(cold.map((t) => t.ms)),
        budgetMs: 200,
      },
    ];

    console.log(`\nB5 history at ${total} records in Chromium, appended in batches of ${BATCH}`);
    console.log('id  ratio    median         budget          what');
    for (const f of figures) {
      const ratio = f.medianMs / f.budgetMs;
      console.log(
        `B5  ${ratio.toFixed(3).padStart(6)}×  ${f.medianMs.toFixed(3).padStart(9)} ms  ${`≤ ${f.budgetMs} ms`.padStart(9)} ${ratio <= 1 ? 'ok  ' : 'OVER'}  ${f.what}`,
      );
    }
    const perBatch = median(batchMs);
    const seconds = batchMs.reduce((sum, ms) => sum + ms, 0) / 1000;
    console.log(
      `B5  append: ${(perBatch / BATCH).toFixed(4)} ms per record (median batch ${perBatch.toFixed(1)} ms), ${total} records in ${seconds.toFixed(1)} s`,
    );
    if (!readRight) console.log('B5  WRONG: a query read other records than expected', { stored });
    return readRight && figures.every((f) => f.medianMs <= f.budgetMs);
  } finally {
    await chromium.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await benchHistory(process.argv.includes('--quick')))) process.exitCode = 1;
}
