import type { CorrelationId } from '../../model/finding.ts';
import type { ReportWords } from '../../i18n/report-words.ts';
import type { ReportItem } from './report-item.ts';

/** A line of the vendor's own support format: label, value. */
export type VendorLine = [label: string, value: string];

const MICROSOFT = new Set(['graph', 'arm', 'azure-storage', 'entra', 'odata']);

function idValue(ids: readonly CorrelationId[], ...names: string[]): string | undefined {
  for (const name of names) {
    const found = ids.find(
      (id) => id.name.toLowerCase() === name || id.name.toLowerCase().endsWith(`.${name}`),
    );
    if (found) return found.value;
  }
  return undefined;
}

/**
 * The fields a vendor's support desk asks for, in its order, where the vendor documents one:
 * Defender wants the `target` tracking id; Microsoft Graph, Azure and Entra want code, message,
 * request-id, client-request-id and date.
 */
export function vendorLayout(
  item: ReportItem,
  words: ReportWords,
): { vendor: string; lines: VendorLine[] } | null {
  if (item.family === 'mtp') {
    const target = idValue(item.correlationIds, 'error.target', 'target');
    return target ? { vendor: 'Microsoft Defender', lines: [[words.vendor.trackingId, target]] } : null;
  }
  if (!MICROSOFT.has(item.family)) return null;
  const lines: VendorLine[] = [
    [words.vendor.errorCode, item.code ?? String(item.status)],
    [words.vendor.errorMessage, item.message ?? ''],
  ];
  const requestId = idValue(item.correlationIds, 'request-id', 'x-ms-request-id', 'trace_id');
  const clientRequestId = idValue(
    item.correlationIds,
    'client-request-id',
    'x-ms-client-request-id',
    'correlation_id',
  );
  if (requestId) lines.push(['request-id', requestId]);
  if (clientRequestId) lines.push(['client-request-id', clientRequestId]);
  lines.push(['date', idValue(item.correlationIds, 'date', 'timestamp') ?? item.time]);
  return { vendor: 'Microsoft', lines };
}
