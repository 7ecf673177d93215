import type { Catalog } from '../core/catalog/catalog.ts';
import type { Lang } from '../core/catalog/types.ts';
import type { Finding } from '../model/finding.ts';
import type { HistoryRecord } from '../core/history/record.ts';
import { redactFinding, type Redacted } from '../core/redact/redact.ts';
import { sanitizedHar } from '../core/report/export-har.ts';
import { exportCsv, exportJson, exportMarkdown } from '../core/report/export-records.ts';
import { recordItem, reportItem, type ReportFormat, type ReportItem } from '../core/report/report-item.ts';
import { supportReport } from '../core/report/support-report.ts';
import type { SessionEntry } from '../core/session/session.ts';
import { downloadText } from '../platform/download.ts';
import type { HistoryState } from './history-state.ts';
import { reportContext } from '../platform/environment.ts';

/** Support desks read English: reports and exports are in English whatever the panel's language. */
const REPORT_LANG: Lang = 'en';

/** A finding as reports explain it, with the team packs in use (`catalog`). */
export function findingItem(finding: Finding, catalog: Catalog): ReportItem {
  return reportItem(redactFinding(finding), REPORT_LANG, catalog);
}

export { recordItem };

export function reportOf(items: ReportItem[], format: ReportFormat): Redacted<string> {
  return supportReport(items, reportContext(), format, REPORT_LANG);
}

const EXPORTS = {
  json: { mime: 'application/json', ext: 'json', write: exportJson },
  csv: { mime: 'text/csv', ext: 'csv', write: (items: ReportItem[]) => exportCsv(items) },
  markdown: {
    mime: 'text/markdown',
    ext: 'md',
    write: (items: ReportItem[]) => exportMarkdown(items, REPORT_LANG),
  },
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
  const har = sanitizedHar(entries, reportContext().extensionVersion);
  downloadText(`faultline-errors-${stamp()}.har`, 'application/json', har);
}
