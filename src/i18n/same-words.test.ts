import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../cli/format-markdown.ts';
import { formatText } from '../cli/format-text.ts';
import { reportFinding } from '../cli/report.ts';
import type { Lang } from '../core/catalog/types.ts';
import { redactFinding } from '../core/redact/redact.ts';
import { escapeMarkdown } from '../core/report/markdown.ts';
import { reportItem } from '../core/report/report-item.ts';
import { supportReport } from '../core/report/support-report.ts';
import { aFinding } from '../testing/finding.ts';
import { DICTIONARY } from './dictionary.ts';
import { describeHint, QUOTES } from './hint-sentences.ts';

/** One finding, through the panel's copied report and the CLI's reports, in each language. */
const finding = redactFinding(
  aFinding({
    family: 'graph',
    code: 'Request_ResourceNotFound',
    status: 404,
    message: 'Resource not found.',
    url: 'https://graph.microsoft.com/v1.0/users/nobody',
    correlationIds: [{ name: 'request-id', value: '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', source: 'header' }],
    hints: [{ kind: 'valueInRequest', value: 'nobody', location: 'path' }],
  }),
);
const context = { browser: 'Chromium 140', extensionVersion: '0.1.0' };

function surfaces(lang: Lang) {
  const panel = supportReport([reportItem(finding, lang)], context, 'markdown', lang);
  const report = { version: 1 as const, findings: [reportFinding(0, finding, lang)] };
  return { panel, markdown: formatMarkdown(report, 1, lang), text: formatText(report, 1, lang) };
}

describe('the panel and the CLI report a finding in the same words', () => {
  it.each(['en', 'ja'] as const)('%s', (lang) => {
    const words = DICTIONARY[lang].report;
    const { panel, markdown, text } = surfaces(lang);
    for (const label of [words.ids, words.meaning]) {
      expect(panel).toContain(`**${label}`);
      expect(markdown).toContain(`**${label}`);
    }
    const meaning = escapeMarkdown(reportItem(finding, lang).meaning);
    expect(panel).toContain(meaning);
    expect(markdown).toContain(meaning);
    // The panel's hint list and the CLI's text report say the hint with one sentence.
    expect(text).toContain(describeHint(finding.hints[0]!, lang, QUOTES[lang]));
  });

  it('a Japanese report has no English label in it', () => {
    const en = DICTIONARY.en.report;
    for (const output of Object.values(surfaces('ja'))) {
      for (const label of [en.ids, en.meaning, en.whatFailed, en.remediation, en.hints]) {
        expect(output).not.toContain(label);
      }
    }
  });
});
