import { annotate } from '../core/catalog/lookup.ts';
import type { Finding } from '../model/finding.ts';
import type { HistoryRecord } from '../core/history/record.ts';
import type { ReportFormat, ReportItem } from '../core/report/report-item.ts';
import { exportHar } from '../core/report/export-har.ts';
import { exportCsv, exportJson, exportMarkdown } from '../core/report/export-records.ts';
import { supportReport } from '../core/report/support-report.ts';
import type { SessionEntry } from '../core/session/session.ts';
import { downloadText } from '../platform/download.ts';
import type { HistoryState } from './history-state.ts';
import { reportContext } from '../platform/environment.ts';

/** Support desks read English: reports explain codes in English whatever the panel's language. */
export function findingItem(finding: Finding): ReportItem {
  return {
    method: finding.method,
    url: finding.url,
    time: finding.startedAt,
    status: finding.status,
    family: finding.family,
    code: finding.code,
    message: finding.message,
    meaning: annotate(finding, 'en').meaning,
    correlationIds: finding.correlationIds,
  };
}

export function recordItem(record: HistoryRecord): ReportItem {
  const { method, url, time, status, family, code, message, meaning, correlationIds } = record;
  return { method, url, time, status, family, code, message, meaning, correlationIds };
}

export function reportOf(items: ReportItem[], format: ReportFormat): string {
  return supportReport(items, reportContext(), format);
}

const EXPORTS = {
  json: { mime: 'application/json', ext: 'json', write: exportJson },
  csv: { mime: 'text/csv', ext: 'csv', write: (items: ReportItem[]) => exportCsv(items) },
  markdown: { mime: 'text/markdown', ext: 'md', write: (items: ReportItem[]) => exportMarkdown(items) },
} as const;

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

/** Exports the chosen records, or every record matching the current filters when none is chosen. */
export async function exportRecords(
  kind: keyof typeof EXPORTS,
  chosen: HistoryRecord[] | null,
  history: HistoryState,
): Promise<void> {
  const records = chosen ?? (await history.all());
  const spec = EXPORTS[kind];
  downloadText(
    `faultline-history-${stamp()}.${spec.ext}`,
    spec.mime,
    spec.write(records.map(recordItem), new Date().toISOString()),
  );
}

export function exportSessionHar(entries: SessionEntry[]): void {
  const har = exportHar(
    entries.map((e) => (e.exchange ? { finding: e.finding, exchange: e.exchange } : { finding: e.finding })),
    reportContext().extensionVersion,
  );
  downloadText(`faultline-errors-${stamp()}.har`, 'application/json', har);
}
