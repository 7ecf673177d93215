import { describe, expect, it } from 'vitest';
import { triage, worthParsing } from './precheck.ts';

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
