import type { Lang } from '../core/catalog/types.ts';
import type { ReportLayout } from './report-layout.ts';
import type { ReportFinding } from './report.ts';
import { createTextSink } from './text-sink.ts';

/** Writes a report to a stream as findings come, in one of the layouts. */
export function createReportWriter(out: NodeJS.WritableStream, layout: ReportLayout, lang: Lang) {
  const sink = createTextSink(out);
  let count = 0;
  let started = false;
  const head = async () => {
    if (!started) await sink.write(layout.head(lang));
    started = true;
  };
  return {
    async finding(finding: ReportFinding): Promise<void> {
      await head();
      await sink.write(layout.finding(finding, count, lang));
      count += 1;
    },
    async end(entryCount: number): Promise<void> {
      await head();
      await sink.write(layout.tail(count, entryCount, lang));
      await sink.flush();
    },
  };
}
