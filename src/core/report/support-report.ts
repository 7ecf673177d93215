import type { Lang } from '../catalog/types.ts';
import { DICTIONARY } from '../../i18n/dictionary.ts';
import type { ReportWords } from '../../i18n/report-words.ts';
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
  lang: Lang,
): Redacted<string> {
  const words = DICTIONARY[lang].report;
  const blocks = items.map((item, i) =>
    format === 'markdown'
      ? markdownBlock(item, i, items.length, words)
      : textBlock(item, i, items.length, words),
  );
  const footer = words.reportedWith(context.extensionVersion, context.browser ?? words.unknownBrowser);
  return assembled(
    format === 'markdown'
      ? `${blocks.join('\n\n')}\n\n_${escapeMarkdown(footer)}_\n`
      : `${blocks.join('\n\n')}\n\n${footer}\n`,
  );
}

/** Label and value of each field; the first, the request, is shown as code in Markdown. */
function fields(item: ReportItem, words: ReportWords): [string, string][] {
  return [
    [words.whatFailed, `${item.method} ${item.url}`],
    [words.when, utcTime(item.time, words)],
    [words.status, String(item.status)],
    [words.code, `${item.code ?? words.none} (${item.family})`],
    [words.message, item.message ?? words.none],
    [words.meaning, item.meaning],
  ];
}

function textBlock(item: ReportItem, index: number, total: number, words: ReportWords): string {
  const lines = total > 1 ? [words.errorOf(index + 1, total)] : [];
  lines.push(...fields(item, words).map(([label, value]) => `${label}: ${value}`));
  const vendor = vendorLayout(item, words);
  if (vendor) {
    lines.push(`${words.forSupport(vendor.vendor)}:`, ...vendor.lines.map(([l, v]) => `  ${l}: ${v}`));
  }
  lines.push(`${words.ids}:`);
  if (item.correlationIds.length === 0) lines.push(`  ${words.none}`);
  for (const id of item.correlationIds) lines.push(`  ${id.name}: ${id.value}`);
  return lines.join('\n');
}

function markdownBlock(item: ReportItem, index: number, total: number, words: ReportWords): string {
  const title = `${item.code ?? item.status} — ${item.method} ${item.url}`;
  const lines = [`### ${total > 1 ? `${index + 1}. ` : ''}${escapeMarkdown(title)}`, ''];
  for (const [i, [label, value]] of fields(item, words).entries()) {
    lines.push(`- **${label}:** ${i === 0 ? codeSpan(value) : escapeMarkdown(value)}`);
  }
  const vendor = vendorLayout(item, words);
  if (vendor) {
    lines.push(`- **${words.forSupport(vendor.vendor)}:**`);
    for (const [l, v] of vendor.lines) lines.push(`  - ${l}: ${codeSpan(v)}`);
  }
  lines.push(`- **${words.ids}:**`);
  if (item.correlationIds.length === 0) lines.push(`  - ${words.none}`);
  for (const id of item.correlationIds) lines.push(`  - ${escapeMarkdown(id.name)}: ${codeSpan(id.value)}`);
  return lines.join('\n');
}
