import { redactText, redactUrl } from '../redact/redact.ts';
import { utcTime, type ReportContext, type ReportFormat, type ReportItem } from './report-item.ts';
import { vendorLayout } from './vendor-layout.ts';

/**
 * The text a user pastes into a support ticket: what failed, when (UTC), status, code, message,
 * meaning, every correlation id by name, the vendor's own fields, and where it was seen. URLs and
 * messages pass through redaction; correlation ids stay exact.
 */
export function supportReport(
  items: readonly ReportItem[],
  context: ReportContext,
  format: ReportFormat,
): string {
  const blocks = items.map((item, i) =>
    format === 'markdown' ? markdownBlock(item, i, items.length) : textBlock(item, i, items.length),
  );
  const footer = `Reported with Faultline ${context.extensionVersion} in ${context.browser}`;
  return format === 'markdown'
    ? `${blocks.join('\n\n')}\n\n_${footer}_\n`
    : `${blocks.join('\n\n')}\n\n${footer}\n`;
}

function fields(item: ReportItem): [string, string][] {
  return [
    ['What failed', `${item.method} ${redactUrl(item.url)}`],
    ['When', utcTime(item.time)],
    ['Status', String(item.status)],
    ['Code', `${item.code ?? '(none)'} (${item.family})`],
    ['Message', redactText(item.message ?? '(none)')],
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

/** Backticks in an id would end its code span early: use a longer fence than the value contains. */
function code(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** Message text is the API's, not ours: nothing in it may become a link, heading or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~-]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function markdownBlock(item: ReportItem, index: number, total: number): string {
  const title = `${item.code ?? item.status} — ${item.method} ${redactUrl(item.url)}`;
  const lines = [`### ${total > 1 ? `${index + 1}. ` : ''}${escapeMarkdown(title)}`, ''];
  for (const [label, value] of fields(item)) {
    lines.push(`- **${label}:** ${label === 'What failed' ? code(value) : escapeMarkdown(value)}`);
  }
  const vendor = vendorLayout(item);
  if (vendor) {
    lines.push(`- **For ${vendor.vendor} support:**`);
    for (const [l, v] of vendor.lines) lines.push(`  - ${l}: ${code(v)}`);
  }
  lines.push('- **Correlation ids:**');
  if (item.correlationIds.length === 0) lines.push('  - (none)');
  for (const id of item.correlationIds) lines.push(`  - ${escapeMarkdown(id.name)}: ${code(id.value)}`);
  return lines.join('\n');
}
