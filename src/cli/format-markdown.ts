import type { Lang } from '../core/catalog/types.ts';
import { describeHint } from '../i18n/hint-sentences.ts';
import { DICTIONARY } from '../i18n/dictionary.ts';
import type { ReportWords } from '../i18n/report-words.ts';
import { codeSpan as code, escapeMarkdown as escape, quoteBlock } from '../core/report/markdown.ts';
import { formatWith, type ReportLayout } from './report-layout.ts';
import type { NestedItem, Report, ReportFinding } from './report.ts';

/**
 * A report to paste into a ticket: a heading per failing entry, ids as exact code spans. The count
 * comes last: findings are written as they are found, before the HAR has been read to its end.
 */
export const markdownLayout: ReportLayout = {
  head: (lang) => `# ${DICTIONARY[lang].report.title}\n\n`,
  finding: (finding, _n, lang) => `${item(finding, 2, DICTIONARY[lang].report, lang).join('\n\n')}\n\n`,
  tail: (findings, entryCount, lang) => `${DICTIONARY[lang].report.summary(findings, entryCount)}\n`,
};

export function formatMarkdown(report: Report, entryCount: number, lang: Lang): string {
  return formatWith(markdownLayout, report, entryCount, lang);
}

function item(finding: ReportFinding | NestedItem, level: number, labels: ReportWords, lang: Lang): string[] {
  const place =
    'entryIndex' in finding
      ? `${labels.entry} ${finding.entryIndex}`
      : `${labels.part} ${code(finding.part ?? '?')}`;
  const title = [place, ...(finding.code === null ? [] : [code(finding.code)]), `HTTP ${finding.status}`];
  const blocks = [
    `${'#'.repeat(level)} ${title.join(' · ')} · ${finding.family}`,
    code(`${finding.method} ${finding.url}`),
  ];
  if (finding.message !== null) blocks.push(quoteBlock(finding.message));
  blocks.push(`**${labels.ids}**`);
  blocks.push(
    finding.correlationIds.length === 0
      ? labels.noIds
      : finding.correlationIds.map((id) => `- ${code(id.name)} (${id.source}): ${code(id.value)}`).join('\n'),
  );
  const source = finding.pack === null ? '' : ` (${escape(labels.fromPack(finding.pack))})`;
  blocks.push(`**${labels.meaning}${source}:** ${escape(finding.meaning)}`);
  if (finding.remediation.length > 0) {
    blocks.push(`**${labels.remediation}**`);
    blocks.push(finding.remediation.map((step, i) => `${i + 1}. ${escape(step)}`).join('\n'));
  }
  if (finding.docs !== null) blocks.push(`**${labels.docs}:** <${finding.docs}>`);
  for (const note of finding.packNotes) {
    const steps = note.remediation.map((step, i) => `${i + 1}. ${escape(step)}`);
    const docs = note.docs === undefined ? [] : [`<${note.docs}>`];
    blocks.push(
      [
        `**${labels.line.note} (${escape(labels.fromPack(note.pack))}):** ${escape(note.meaning)}`,
        ...steps,
        ...docs,
      ].join('\n'),
    );
  }
  if (finding.hints.length > 0) {
    blocks.push(`**${labels.hints}**`);
    blocks.push(finding.hints.map((hint) => `- ${describeHint(hint, lang, code)}`).join('\n'));
  }
  if (finding.nested.length > 0) blocks.push(`**${labels.nested}**`);
  for (const part of finding.nested) blocks.push(...item(part, Math.min(level + 1, 6), labels, lang));
  return blocks;
}
