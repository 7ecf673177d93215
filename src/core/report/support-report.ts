import { assembled, type Redacted } from '../redact/redacted.ts';
import { codeSpan, escapeMarkdown } from './markdown.ts';
import { utcTime, type ReportContext, type ReportFormat, type ReportItem } from './report-item.ts';
import { vendorLayout } from './vendor-layout.ts';

/**
 * The text a user pastes into a support ticket: what failed, when (UTC), status, code, message,
 * meaning, every correlation id by name, the vendor's own fields, and where it was seen. Its items are
 * redacted already (the type says so); correlation ids are exact.
 */
export function supportReport(
  items: readonly ReportItem[],
  context: ReportContext,
  format: ReportFormat,
): Redacted<string> {
  const blocks = items.map((item, i) =>
    format === 'markdown' ? markdownBlock(item, i, items.length) : textBlock(item, i, items.length),
  );
  const footer = `Reported with Faultline ${context.extensionVersion} in ${context.browser}`;
  return assembled(
    format === 'markdown'
      ? `${blocks.join('\n\n')}\n\n_${escapeMarkdown(footer)}_\n`
      : `${blocks.join('\n\n')}\n\n${footer}\n`,
  );
}

function fields(item: ReportItem): [string, string][] {
  return [
    ['What failed', `${item.method} ${item.url}`],
    ['When', utcTime(item.time)],
    ['Status', String(item.status)],
    ['Code', `${item.code ?? '(none)'} (${item.family})`],
    ['Message', item.message ?? '(none)'],
    ['Meaning', item.meaning],
  ];
}

function textBlock(item: ReportItem, index: number, total: number): string {
  const lines = total > 1 ? [`Error ${index + 1} of ${total}`] : [];
  lines.push(...fields(item).map(([label, value]) => `${label}: ${value}`));
  const vendor = vendorLayout(item);
  if (vendor) {
    lines.push(`For ${vendor.vendor} support:`, ...vendor.lines.map(([l, v]) => `  ${l}: ${v}`));
  }
  lines.push('Correlation ids:');
  if (item.correlationIds.length === 0) lines.push('  (none)');
  for (const id of item.correlationIds) lines.push(`  ${id.name}: ${id.value}`);
  return lines.join('\n');
}

function markdownBlock(item: ReportItem, index: number, total: number): string {
  const title = `${item.code ?? item.status} — ${item.method} ${item.url}`;
  const lines = [`### ${total > 1 ? `${index + 1}. ` : ''}${escapeMarkdown(title)}`, ''];
  for (const [label, value] of fields(item)) {
    lines.push(`- **${label}:** ${label === 'What failed' ? codeSpan(value) : escapeMarkdown(value)}`);
  }
  const vendor = vendorLayout(item);
  if (vendor) {
    lines.push(`- **For ${vendor.vendor} support:**`);
    for (const [l, v] of vendor.lines) lines.push(`  - ${l}: ${codeSpan(v)}`);
  }
  lines.push('- **Correlation ids:**');
  if (item.correlationIds.length === 0) lines.push('  - (none)');
  for (const id of item.correlationIds) lines.push(`  - ${escapeMarkdown(id.name)}: ${codeSpan(id.value)}`);
  return lines.join('\n');
}
