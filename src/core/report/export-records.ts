import { redactText, redactUrl } from '../redact/redact.ts';
import { utcTime, type ReportItem } from './report-item.ts';

/** Every export re-applies redaction: records are stored redacted, but a rule added later must still hold. */
function sanitized(item: ReportItem): ReportItem {
  return {
    ...item,
    url: redactUrl(item.url),
    message: item.message === null ? null : redactText(item.message),
  };
}

export function exportJson(items: readonly ReportItem[], exportedAt: string): string {
  return JSON.stringify({ faultline: 1, exportedAt, errors: items.map(sanitized) }, null, 2);
}

const CSV_COLUMNS = [
  'time',
  'method',
  'url',
  'status',
  'family',
  'code',
  'message',
  'correlationIds',
] as const;

/**
 * RFC 4180 quoting; a cell that a spreadsheet would run as a formula (= + - @ tab CR) gets a leading
 * apostrophe, since API messages and URLs are attacker-controlled text.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportCsv(items: readonly ReportItem[]): string {
  const rows = items.map(sanitized).map((item) => {
    const ids = item.correlationIds.map((id) => `${id.name}=${id.value}`).join('; ');
    const values: Record<(typeof CSV_COLUMNS)[number], string> = {
      time: item.time,
      method: item.method,
      url: item.url,
      status: String(item.status),
      family: item.family,
      code: item.code ?? '',
      message: item.message ?? '',
      correlationIds: ids,
    };
    return CSV_COLUMNS.map((column) => csvCell(values[column])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>`]/g, '\\$&').replace(/\r?\n/g, ' ');
}

export function exportMarkdown(items: readonly ReportItem[]): string {
  const lines = [
    '| Time (UTC) | Request | Status | Code | Message | Correlation ids |',
    '|---|---|---|---|---|---|',
  ];
  for (const item of items.map(sanitized)) {
    const ids = item.correlationIds.map((id) => `${cell(id.name)}: ${cell(id.value)}`).join('<br>');
    lines.push(
      `| ${utcTime(item.time)} | ${cell(`${item.method} ${item.url}`)} | ${item.status} | ${cell(item.code ?? '')} | ${cell(item.message ?? '')} | ${ids} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
