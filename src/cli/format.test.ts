import { describe, expect, it } from 'vitest';
import { formatJson } from './format-json.ts';
import { formatMarkdown } from './format-markdown.ts';
import { formatText } from './format-text.ts';
import { redactedFixture } from '../testing/redacted.ts';
import type { NestedItem, Report, ReportFinding } from './report.ts';

const part: NestedItem = redactedFixture({
  part: 'responses[id=2]',
  method: 'GET',
  url: "https://host/service/Customers('NOPE')",
  family: 'odata' as const,
  code: 'NotFound',
  status: 404,
  message: null,
  correlationIds: [],
  meaning: 'Not there.',
  remediation: [],
  docs: null,
  pack: null,
  packNotes: [],
  hints: [],
  time: '2024-06-11T09:14:22.000Z',
  nested: [],
});

const hostile: ReportFinding = redactedFixture({
  entryIndex: 4,
  method: 'POST',
  url: 'https://api.example.com/$batch',
  family: 'odata' as const,
  code: 'Boom',
  status: 500,
  message: '<img src=x> [click](http://evil) \u001b[31mred\n# heading\n1. item',
  correlationIds: [
    { name: 'x-request-id', value: 'a`b', source: 'header' as const },
    { name: 'error.target', value: '566bf9d7-c55a-45f8', source: 'body' as const },
  ],
  meaning: 'It broke.',
  remediation: ['Retry.', 'Report it.'],
  docs: 'https://example.com/docs',
  pack: null,
  packNotes: [],
  hints: [{ kind: 'retryAfter' as const, seconds: 30, source: 'Retry-After' }],
  time: '2024-06-11T09:14:22.000Z',
  nested: [part],
});

const report: Report = { version: 1, findings: [hostile] };

describe('formatMarkdown', () => {
  const markdown = formatMarkdown(report, 12, 'en');

  it('gives each finding a heading with its code, status and family, and nested parts a sub-heading', () => {
    expect(markdown).toContain('## Entry 4 · `Boom` · HTTP 500 · odata');
    expect(markdown).toContain('### Part `responses[id=2]` · `NotFound` · HTTP 404 · odata');
    expect(markdown).toContain('1 failing entry out of 12 in the HAR.');
  });

  it('shows ids exactly, even with a backtick inside', () => {
    expect(markdown).toContain('- `x-request-id` (header): ``a`b``');
    expect(markdown).toContain('- `error.target` (body): `566bf9d7-c55a-45f8`');
  });

  it('shows the message as text: no markup, no terminal escape', () => {
    expect(markdown).toContain(
      '> \\<img src=x\\> \\[click\\]\\(http://evil\\) \\\\u001b\\[31mred\n> \\# heading\n> 1\\. item',
    );
    expect(markdown).not.toContain('\u001b');
  });

  it('lists meaning, steps, docs and hints', () => {
    expect(markdown).toContain('**Meaning:** It broke.');
    expect(markdown).toContain('1. Retry.\n2. Report it.');
    expect(markdown).toContain('**Docs:** <https://example.com/docs>');
    expect(markdown).toContain('- Retry after 30 s (`Retry-After`).');
  });

  it('speaks Japanese with --lang ja', () => {
    const ja = formatMarkdown(report, 12, 'ja');
    expect(ja).toContain('# Faultline レポート');
    expect(ja).toContain('## エントリ 4 · `Boom`');
    expect(ja).toContain('**相関 ID**');
    expect(ja).toContain('30 秒待ってから再試行してください');
  });
});

describe('formatText', () => {
  const text = formatText(report, 12, 'en');

  it('keeps one line per item, ids exact, escapes made visible', () => {
    expect(text).toContain('#4  500 odata Boom  POST https://api.example.com/$batch\n');
    expect(text).toContain('  <img src=x> [click](http://evil) \\u001b[31mred # heading 1. item\n');
    expect(text).toContain('  id: x-request-id = a`b (header)\n');
    expect(text).toContain('  fix: Retry.\n  fix: Report it.\n');
    expect(text).toContain(
      "    Part responses[id=2]  404 odata NotFound  GET https://host/service/Customers('NOPE')",
    );
    expect(text).not.toContain('\u001b');
  });

  it('says when nothing failed', () => {
    expect(formatText({ version: 1, findings: [] }, 3, 'en')).toBe(
      'No failing entries out of 3 in the HAR.\n',
    );
    expect(formatText({ version: 1, findings: [] }, 3, 'ja')).toBe(
      'HAR の 3 件のエントリにエラーはありません。\n',
    );
  });
});

describe('formatJson', () => {
  it('prints the report as it is', () => {
    expect(JSON.parse(formatJson(report))).toEqual(report);
  });
});

describe('formatJson, written a finding at a time', () => {
  it('is byte for byte JSON.stringify with two spaces', () => {
    const two: Report = { version: 1, findings: [hostile, { ...hostile, entryIndex: 9 }] };
    for (const r of [report, two, { version: 1 as const, findings: [] }])
      expect(formatJson(r)).toBe(`${JSON.stringify(r, null, 2)}\n`);
  });
});
