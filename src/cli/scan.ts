import type { Lang } from '../core/catalog/types.ts';
import { HarInputError } from '../core/ingest/har-input-error.ts';
import type { HarItem } from '../core/ingest/har-reader.ts';
import { analyzeItem } from '../core/ingest/item-exchange.ts';
import { readHar, type ByteSource } from '../core/ingest/read-har.ts';
import type { PackEngine } from '../core/packs/team-packs.ts';
import { redactFinding, unredacted } from '../core/redact/redact.ts';
import { CliError } from './cli-error.ts';
import { reportFinding, type ReportFinding } from './report.ts';

export interface ScanSummary {
  /** How many entries the HAR holds, malformed ones included. */
  entryCount: number;
  findings: number;
  /** Entries that are not a request/response pair and were left out: how many, and the first ten. */
  skipped: { count: number; first: number[] };
}

export interface ScanProgress {
  entries: number;
  findings: number;
}

/**
 * Reads a HAR as its bytes arrive and hands out each failing entry's finding as soon as it is found, in
 * entry order; memory stays one entry and one chunk whatever the file's size. `onFinding` may return a
 * promise (a full stdout): reading waits for it. Findings are redacted unless `raw` (`--raw`). Throws
 * CliError when the input is no HAR.
 */
export async function scan(
  source: ByteSource,
  lang: Lang,
  onFinding: (finding: ReportFinding) => void | Promise<void>,
  onProgress: (progress: ScanProgress) => void = () => undefined,
  engine?: PackEngine,
  raw = false,
): Promise<ScanSummary> {
  const summary: ScanSummary = { entryCount: 0, findings: 0, skipped: { count: 0, first: [] } };
  const onItems = async (items: HarItem[]) => {
    for (const item of items) {
      summary.entryCount += 1;
      const analyzed = analyzeItem(item, engine);
      if (analyzed === 'malformed') {
        summary.skipped.count += 1;
        if (summary.skipped.first.length < 10) summary.skipped.first.push(item.index);
        continue;
      }
      if (analyzed === null) continue;
      summary.findings += 1;
      const { finding } = analyzed;
      const redacted = raw ? unredacted(finding) : redactFinding(finding);
      await onFinding(reportFinding(item.index, redacted, lang, engine?.catalog));
    }
    onProgress({ entries: summary.entryCount, findings: summary.findings });
  };
  try {
    await readHar(source, onItems, { allocate: (size) => Buffer.allocUnsafe(size) });
  } catch (error) {
    if (error instanceof HarInputError) throw new CliError({ kind: 'not-har', problem: error.problem });
    throw error;
  }
  return summary;
}
