import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.ts';
import { anExchange } from '../../testing/exchange.ts';
import { mayFailUnder400, triage, worthParsing } from './precheck.ts';

const meta = (status: number, mimeType: string, url = 'https://api.example.com/v1/items', size = 200) => ({
  status,
  mimeType,
  url,
  size,
});

describe('triage: decided from HAR metadata alone', () => {
  it.each([
    [meta(404, 'application/json'), 'fetch'],
    [meta(502, 'text/html'), 'fetch'],
    [meta(200, 'application/json'), 'fetch'],
    [meta(200, 'text/xml'), 'fetch'],
    [meta(200, 'image/png'), 'ignore'],
    [meta(404, 'image/png'), 'ignore'],
    [meta(404, 'text/plain', 'https://app.example.com/favicon.ico'), 'ignore'],
    [meta(404, 'application/xml', 'https://bucket.s3.amazonaws.com/photo.jpg'), 'fetch'],
    [meta(200, 'application/json', 'https://cdn.example.com/app.js'), 'ignore'],
    [meta(200, 'text/html'), 'ignore'],
    [meta(200, 'application/javascript', 'https://cdn.example.com/app.js'), 'ignore'],
    [meta(200, '', 'https://cdn.example.com/app.js'), 'ignore'],
    [meta(304, 'application/json'), 'ignore'],
    [meta(500, 'application/json', 'https://x/y', 5 * 1024 * 1024), 'metadata-only'],
    [meta(404, 'application/xml', 'https://x/y', 0), 'metadata-only'],
    [meta(200, 'application/json', 'https://x/y', 0), 'ignore'],
    // The extension is what ends the URL before its query or fragment, in any case, on the host too.
    [meta(200, 'application/json', 'https://cdn.example.com/APP.JS?v=2'), 'ignore'],
    [meta(200, 'application/json', 'https://cdn.example.com/a.woff2#x?y'), 'ignore'],
    [meta(200, 'application/json', 'https://tiles.example.map'), 'ignore'],
    [meta(200, 'application/json', 'https://cdn.example.com/app.js/'), 'fetch'],
    [meta(200, 'application/json', 'https://cdn.example.com/app.jsx'), 'fetch'],
    [meta(200, 'application/json', 'https://api.example.com/v1/report.json?x=a.js'), 'fetch'],
    [meta(200, 'application/json; charset=utf-8'), 'fetch'],
    [meta(200, ' Image/PNG ; q=1'), 'ignore'],
  ])('%j → %s', (m, expected) => {
    expect(triage(m)).toBe(expected);
  });
});

describe('worthParsing: O(1) gate before any parse', () => {
  it.each([
    [400, '{"anything":1}', true],
    [200, '{"error":{"code":"x"}}', true],
    [200, '  {"ok":false,"error":"invalid_auth"}', true],
    [200, '{"data":{"a":1},"errors":[{"message":"boom"}]}', true],
    [200, '{"responses":[]}', true],
    [200, '[{"id":"1","success":false,"errors":[]}]', true],
    [200, '{"value":[{"id":1}]}', false],
    [200, '<html><body>hi</body></html>', false],
    [200, '<soap:Envelope><soap:Body><soap:Fault/></soap:Body></soap:Envelope>', true],
    [200, '', false],
    [500, 'plain text', true],
  ])('%i %s → %s', (status, text, expected) => {
    expect(worthParsing(status, text)).toBe(expected);
  });
});

describe('mayFailUnder400: what analyze decides first, on the raw body', () => {
  const bodies: [number, { text?: unknown; encoding?: unknown }][] = [
    [200, { text: '{"value":[{"id":1}]}' }],
    [200, { text: '{"error":{"code":"x","message":"m"}}' }],
    [200, { text: '\ufeff{"ok":false,"error":"invalid_auth"}' }],
    [200, { text: '' }],
    [200, {}],
    [200, { text: 'eyJvayI6ZmFsc2UsImVycm9yIjoiaW52YWxpZF9hdXRoIn0=', encoding: 'base64' }],
    [200, { text: '<html></html>' }],
    [204, { text: '{"data":null,"errors":[{"message":"boom"}]}' }],
    [400, { text: 'anything' }],
  ];

  it.each(bodies)('%i %j agrees with analyze', (status, content) => {
    const text = typeof content.text === 'string' && content.text !== '' ? content.text : null;
    const exchange = anExchange(
      content.encoding === 'base64' && text !== null
        ? { status, body: { kind: 'base64', data: text } }
        : { status, text },
    );
    if (analyze(exchange) !== null) expect(mayFailUnder400(status, content)).toBe(true);
  });

  it('rules out successes whose body cannot hold an error, and no others', () => {
    const ruledOut = bodies.filter(([status, content]) => !mayFailUnder400(status, content));
    expect(ruledOut.map(([, content]) => content.text)).toEqual([
      '{"value":[{"id":1}]}',
      '',
      undefined,
      '<html></html>',
    ]);
  });

  it('rules out a body over the cap, as analyze does', () => {
    const text = `{"error":"${'x'.repeat(100)}"}`;
    expect(mayFailUnder400(200, { text }, 50)).toBe(false);
    expect(analyze(anExchange({ status: 200, text }), { bodyCap: 50 })).toBeNull();
  });
});
