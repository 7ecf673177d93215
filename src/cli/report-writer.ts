import type { Lang } from '../core/catalog/types.ts';
import type { ReportLayout } from './report-layout.ts';
import type { ReportFinding } from './report.ts';

const FLUSH_AT = 64 * 1024;

/**
 * Writes a report to a stream as findings come: text is gathered into writes of about 64 KB, and a
 * full pipe (a slow `| less`) pauses the scan instead of piling up in memory.
 */
export function createReportWriter(out: NodeJS.WritableStream, layout: ReportLayout, lang: Lang) {
  let pending = layout.head(lang);
  let count = 0;
  const flush = async () => {
    if (pending === '') return;
    const ready = out.write(pending);
    pending = '';
    if (!ready) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  return {
    async finding(finding: ReportFinding): Promise<void> {
      pending += layout.finding(finding, count, lang);
      count += 1;
      if (pending.length >= FLUSH_AT) await flush();
    },
    async end(entryCount: number): Promise<void> {
      pending += layout.tail(count, entryCount, lang);
      await flush();
    },
  };
}
