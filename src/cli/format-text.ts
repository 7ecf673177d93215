import type { Lang } from '../core/catalog/types.ts';
import { describeHint, QUOTES } from '../i18n/hint-sentences.ts';
import { DICTIONARY } from '../i18n/dictionary.ts';
import type { ReportWords } from '../i18n/report-words.ts';
import { printable } from '../core/report/printable.ts';
import { formatWith, type ReportLayout } from './report-layout.ts';
import type { NestedItem, Report, ReportFinding } from './report.ts';

/** For a terminal: one block per failing entry, each line a label and its value, ids kept exact. */
export const textLayout: ReportLayout = {
  head: () => '',
  finding: (finding, _n, lang) => `${item(finding, '', DICTIONARY[lang].report, lang).join('\n')}\n\n`,
  tail: (findings, entryCount, lang) => `${DICTIONARY[lang].report.summary(findings, entryCount)}\n`,
};

export function formatText(report: Report, entryCount: number, lang: Lang): string {
  return formatWith(textLayout, report, entryCount, lang);
}

function item(
  finding: ReportFinding | NestedItem,
  indent: string,
  labels: ReportWords,
  lang: Lang,
): string[] {
  const place = 'entryIndex' in finding ? `#${finding.entryIndex}` : `${labels.part} ${finding.part ?? '?'}`;
  const code = finding.code === null ? '' : ` ${finding.code}`;
  const { line } = labels;
  const lines = [
    `${place}  ${finding.status} ${finding.family}${code}  ${finding.method} ${finding.url}`,
    ...(finding.message === null ? [] : [finding.message]),
    ...finding.correlationIds.map((id) => `${line.id}: ${id.name} = ${id.value} (${id.source})`),
    `${line.meaning}${finding.pack === null ? '' : ` (${labels.fromPack(finding.pack)})`}: ${finding.meaning}`,
    ...finding.remediation.map((step) => `${line.fix}: ${step}`),
    ...(finding.docs === null ? [] : [`${line.docs}: ${finding.docs}`]),
    ...finding.packNotes.flatMap((note) => [
      `${line.note} (${labels.fromPack(note.pack)}): ${note.meaning}`,
      ...note.remediation.map((step) => `${line.fix}: ${step}`),
      ...(note.docs === undefined ? [] : [`${line.docs}: ${note.docs}`]),
    ]),
    ...finding.hints.map((hint) => `${line.hint}: ${describeHint(hint, lang, QUOTES[lang])}`),
  ].map((text, i) => `${indent}${i === 0 ? '' : '  '}${oneLine(text)}`);
  for (const part of finding.nested) lines.push(...item(part, `${indent}    `, labels, lang));
  return lines;
}

/** Compact means one line per item: a multi-line message is folded, unsafe characters made visible. */
function oneLine(text: string): string {
  return printable(text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' '));
}
