import { describe, expect, it } from 'vitest';
import { anExchange } from '../../testing/exchange.ts';
import { analyze } from './analyze.ts';
import type { Exchange, Header } from '../../model/exchange.ts';

const MB = 1024 * 1024;
/** Generous for a loaded two-core CI machine: a quadratic walk of 1 MB takes minutes, not seconds. */
const BUDGET_MS = 2000;

function exchange(status: number, text: string, mimeType: string, headers: Header[] = []): Exchange {
  return anExchange({ status, text, mimeType, responseHeaders: headers, startedAt: '' });
}

const edge = [
  { name: 'cf-ray', value: 'r' },
  { name: 'X-Amz-Cf-Id', value: 'c' },
];
const httpPart =
  '--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 500 X\r\n\r\n{"error":{"code":"c","message":"m"}}\r\n';

describe('hostile bodies: bounded time, no throw', () => {
  it.each([
    ['a megabyte of "<" as XML', exchange(500, '<'.repeat(MB), 'application/xml')],
    [
      'unclosed tags as HTML on a CDN',
      exchange(403, '<!doctype html>' + '<h2'.repeat(300_000), 'text/html', edge),
    ],
    [
      'a Ray ID label repeated without a value',
      exchange(403, '<html>' + 'Cloudflare Ray ID: '.repeat(50_000), 'text/html', edge),
    ],
    [
      'truncated JSON with an endless string',
      exchange(500, '{"code":"' + 'a'.repeat(MB), 'application/json'),
    ],
    [
      'a multipart body of delimiters only',
      exchange(200, '--b\r\n'.repeat(200_000), 'multipart/mixed; boundary=b'),
    ],
    ['20 000 failed multipart parts', exchange(200, httpPart.repeat(20_000), 'multipart/mixed; boundary=b')],
    [
      'a 50 000-deep innerError chain',
      exchange(
        500,
        '{"error":' + '{"innerError":'.repeat(50_000) + '1' + '}'.repeat(50_001),
        'application/json',
      ),
    ],
    [
      'a WWW-Authenticate of escapes',
      {
        ...exchange(401, '', ''),
        responseHeaders: [{ name: 'WWW-Authenticate', value: 'Bearer error="' + '\\'.repeat(MB) }],
      },
    ],
  ])('%s', (_name, e) => {
    const started = performance.now();
    const finding = analyze(e);
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    expect(finding === null || finding.status === e.status).toBe(true);
  });

  it('caps the nested findings of a batch', () => {
    const finding = analyze(exchange(200, httpPart.repeat(5000), 'multipart/mixed; boundary=b'));
    expect(finding?.nested.length).toBe(1000);
  });
});
