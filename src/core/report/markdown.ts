import { printable } from './printable.ts';

/**
 * The one Markdown module of every report, export and CLI format. Text from the traffic is shown, never
 * interpreted: nothing in it may become a link, an image, emphasis, a heading or raw HTML, and values
 * that must stay exact (ids, URLs) go into code spans.
 */

/** Every ASCII character CommonMark or GFM gives a meaning inline; a backslash makes each literal. */
const MARKUP = /[\\`*_{}[\]()#+\-!|<>~&]/g;

/** Inline text: escaped, unsafe characters made visible, line breaks folded to spaces. */
export function escapeMarkdown(text: string): string {
  return printable(text)
    .replace(MARKUP, '\\$&')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** A code span that shows `value` exactly, whatever backticks it holds (CommonMark's fence rule). */
export function codeSpan(value: string): string {
  const text = printable(value).replace(/\r\n|\r|\n/g, ' ');
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A GFM table cell: a `|` ends a cell even inside a code span unless escaped. */
export function tableCell(text: string): string {
  return escapeMarkdown(text);
}

export function tableCode(value: string): string {
  return value === '' ? '' : codeSpan(value).replace(/\|/g, '\\|');
}

/** A block quote, line by line, with what would start a list or a heading at a line's start escaped. */
export function quoteBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(
      (line) =>
        `> ${escapeMarkdown(line)
          .replace(/^[=](?=\s|$)/, '\\$&')
          .replace(/^(\d+)([.)])/, '$1\\$2')}`,
    )
    .join('\n');
}
