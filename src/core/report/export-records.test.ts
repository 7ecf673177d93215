import { describe, expect, it } from 'vitest';
import { exportCsv, exportJson, exportMarkdown } from './export-records.ts';
import { redactedFixture } from '../../testing/redacted.ts';
import type { ReportItem } from './report-item.ts';

const item = redactedFixture({
  method: 'POST',
  url: 'https://api.example.com/v1/charges?api_key=sk_live_abcdefghijklmnop1234&page=2',
  time: '2024-06-11T09:14:22.000Z',
  status: 400,
  family: 'generic-http',
  code: '400',
  message: '=HYPERLINK("http://evil"), "quoted", key sk_live_abcdefghijklmnop1234',
  meaning: 'Bad request.',
  correlationIds: [{ name: 'X-Request-Id', value: 'req-1,2', source: 'header' as const }],
  remediation: [],
  docs: null,
  pack: null,
  packNotes: [],
  hints: [],
  nested: [],
}) as ReportItem;

describe('exports', () => {
  it('JSON parses back, redacted, with exact ids', () => {
    const parsed = JSON.parse(exportJson([item], '2024-06-12T00:00:00.000Z'));
    expect(parsed.errors[0].correlationIds).toEqual(item.correlationIds);
    expect(JSON.stringify(parsed)).not.toContain('sk_live_abcdefghijklmnop1234');
    expect(parsed.errors[0].url).toContain('page=2');
  });

  it('CSV quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    const csv = exportCsv([item]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('time,method,url,status,family,code,message,correlationIds');
    expect(row).toContain(`"'=HYPERLINK(""http://evil""), ""quoted""`);
    expect(row).toContain('"X-Request-Id=req-1,2"');
    expect(csv).not.toContain('sk_live_abcdefghijklmnop1234');
  });

  it('Markdown is one table row per error, pipes escaped', () => {
    const md = exportMarkdown([redactedFixture({ ...item, message: 'a | b' }) as ReportItem], 'en');
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(3);
    expect(md).toContain('a \\| b');
    expect(md).toContain('`X-Request-Id`: `req-1,2`');
  });

  it('Markdown keeps links, images and HTML from a message inert', () => {
    const hostile = '[click me](https://evil.example/x) ![pixel](https://evil.example/p.png) <img src=x>';
    const md = exportMarkdown([redactedFixture({ ...item, message: hostile }) as ReportItem], 'en');
    const row = md.split('\n')[2] ?? '';
    expect(row).toContain('\\[click me\\]\\(https://evil.example/x\\)');
    expect(row).toContain('\\!\\[pixel\\]');
    expect(row).not.toMatch(/(^|[^\\])\]\(/);
    expect(row).not.toMatch(/(^|[^\\])<img/);
  });
});
