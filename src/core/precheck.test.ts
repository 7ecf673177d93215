import { describe, expect, it } from 'vitest';
import { shouldFetchBody, worthParsing } from './precheck.ts';

const meta = (status: number, mimeType: string, url = 'https://api.example.com/v1/items', size = 200) => ({
  status,
  mimeType,
  url,
  size,
});

describe('shouldFetchBody: decided from HAR metadata alone', () => {
  it.each([
    [meta(404, 'application/json'), true],
    [meta(502, 'text/html'), true],
    [meta(200, 'application/json'), true],
    [meta(200, 'text/xml'), true],
    [meta(200, 'image/png'), false],
    [meta(404, 'image/png'), false],
    [meta(200, 'text/html'), false],
    [meta(200, 'application/javascript', 'https://cdn.example.com/app.js'), false],
    [meta(200, '', 'https://cdn.example.com/app.js'), false],
    [meta(304, 'application/json'), false],
    [meta(500, 'application/json', 'https://x/y', 5 * 1024 * 1024), false],
    [meta(200, 'application/json', 'https://x/y', 0), false],
  ])('%j → %s', (m, expected) => {
    expect(shouldFetchBody(m)).toBe(expected);
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
