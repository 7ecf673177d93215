import type { Lang } from '../catalog/types.ts';
import { DICTIONARY } from '../../i18n/dictionary.ts';
import { assembled, type Redacted } from '../redact/redacted.ts';
import { tableCell, tableCode } from './markdown.ts';
import { utcTime, type ReportItem } from './report-item.ts';

/** The history as a file; items are redacted already (the type says so), ids exact. */
export function exportJson(items: readonly ReportItem[], exportedAt: string): Redacted<string> {
  // The stored fields only: what the CLI adds (steps, docs, hints, parts) a history record does not keep.
  const errors = items.map(
    ({ remediation: _r, docs: _d, pack: _p, packNotes: _pn, hints: _h, nested: _n, ...error }) => error,
  );
  return assembled(JSON.stringify({ faultline: 1, exportedAt, errors }, null, 2));
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

export function exportCsv(items: readonly ReportItem[]): Redacted<string> {
  const rows = items.map((item) => {
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
  return assembled([CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n');
}

export function exportMarkdown(items: readonly ReportItem[], lang: Lang): Redacted<string> {
  const words = DICTIONARY[lang].report;
  const columns = [words.timeUtc, words.request, words.status, words.code, words.message, words.ids];
  const lines = [`| ${columns.join(' | ')} |`, `|${'---|'.repeat(columns.length)}`];
  for (const item of items) {
    const ids = item.correlationIds.map((id) => `${tableCode(id.name)}: ${tableCode(id.value)}`).join('<br>');
    lines.push(
      `| ${utcTime(item.time, words)} | ${tableCode(`${item.method} ${item.url}`)} | ${item.status} | ${tableCode(item.code ?? '')} | ${tableCell(item.message ?? '')} | ${ids} |`,
    );
  }
  return assembled(`${lines.join('\n')}\n`);
}
