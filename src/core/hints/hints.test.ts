import { describe, expect, it } from 'vitest';
import { anExchange } from '../../testing/exchange.ts';
import { caseToHarEntry, loadCases } from '../../../e2e/fixtures/corpus.ts';
import { fromHarEntry } from '../ingest/from-har.ts';
import type { Exchange, Header } from '../../model/exchange.ts';
import type { Family } from '../../model/finding.ts';
import { computeHints } from './compute-hints.ts';
import type { Hint, HintFinding } from '../../model/hint.ts';

const DATE = 'Tue, 11 Jun 2024 09:14:22 GMT';

function exchange(overrides: Partial<Exchange> = {}): Exchange {
  return anExchange({
    method: 'POST',
    url: 'https://api.security.microsoft.com/api/advancedhunting/run',
    requestHeaders: [{ name: 'Content-Type', value: 'application/json' }],
    responseHeaders: [{ name: 'Date', value: DATE }],
    text: '{}',
    ...overrides,
  });
}

function finding(overrides: Partial<HintFinding> = {}): HintFinding {
  return { family: 'mtp', code: 'BadRequest', status: 400, message: null, ...overrides };
}

function headers(record: Record<string, string>): Header[] {
  return Object.entries(record).map(([name, value]) => ({ name, value }));
}

interface HintCase {
  name: string;
  exchange: Partial<Exchange>;
  finding: Partial<HintFinding>;
  expected: Hint[];
}

const parameterCases: HintCase[] = [
  {
    name: "founding document: 'query' sent, 'Query' expected",
    exchange: { requestBody: '{\n  "query": "DeviceProcessEvents | take 10"\n}' },
    finding: { code: 'MissingRequiredParameter', message: 'Parameter Query is missing.' },
    expected: [{ kind: 'parameterCaseMismatch', sent: 'query', expected: 'Query' }],
  },
  {
    name: 'InvalidRequestBody naming Comment',
    exchange: { requestBody: '{"comment": "False positive", "Status": "Resolved"}' },
    finding: { code: 'InvalidRequestBody', message: 'Invalid request body: Comment is required.' },
    expected: [{ kind: 'parameterCaseMismatch', sent: 'comment', expected: 'Comment' }],
  },
  {
    name: 'quoted parameter name',
    exchange: { requestBody: '{"Comment": "x", "isolationtype": "Full"}' },
    finding: { code: 'InvalidRequestBody', message: "Invalid value for 'IsolationType'." },
    expected: [{ kind: 'parameterCaseMismatch', sent: 'isolationtype', expected: 'IsolationType' }],
  },
  {
    name: 'dotted parameter compared by path',
    exchange: { requestBody: '{"Machine": {"id": "1"}}' },
    finding: { code: 'MissingRequiredParameter', message: 'Parameter Machine.Id is missing.' },
    expected: [{ kind: 'parameterCaseMismatch', sent: 'Machine.id', expected: 'Machine.Id' }],
  },
  {
    name: 'generic validation message of another family',
    exchange: { requestBody: '{"email": "a@example.com"}' },
    finding: { family: 'aspnet-validation', code: null, message: 'The Email field is required.' },
    expected: [{ kind: 'parameterCaseMismatch', sent: 'email', expected: 'Email' }],
  },
  {
    name: 'form-encoded token request',
    exchange: {
      requestHeaders: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
      requestBody: 'Grant_Type=client_credentials&client_id=8b3053b7',
    },
    finding: {
      family: 'entra',
      code: 'AADSTS900144',
      message: "AADSTS900144: The request body must contain the following parameter: 'grant_type'.",
    },
    expected: [{ kind: 'parameterCaseMismatch', sent: 'Grant_Type', expected: 'grant_type' }],
  },
  {
    name: 'no hint when the exact casing was sent',
    exchange: { requestBody: '{"Query": "x"}' },
    finding: { code: 'MissingRequiredParameter', message: 'Parameter Query is missing.' },
    expected: [],
  },
  {
    name: 'no hint when the parameter was not sent at all',
    exchange: { requestBody: '{"Timeout": 3}' },
    finding: { code: 'MissingRequiredParameter', message: 'Parameter Query is missing.' },
    expected: [],
  },
  {
    name: 'no hint for an unrelated error',
    exchange: { requestBody: '{"query": "x"}' },
    finding: { code: 'BadRequest', message: 'Query failed to execute.' },
    expected: [],
  },
  {
    name: 'no hint from the words of the sentence',
    exchange: { requestBody: '{"request": "x", "body": "y"}' },
    finding: { code: 'InvalidRequestBody', message: 'Request body is incorrect' },
    expected: [],
  },
  {
    name: 'malformed JSON body',
    exchange: { requestBody: '{"query": ' },
    finding: { code: 'MissingRequiredParameter', message: 'Parameter Query is missing.' },
    expected: [],
  },
  {
    name: 'prototype keys are read as plain data',
    exchange: { requestBody: '{"__proto__": {"polluted": true}, "constructor": 1, "query": "x"}' },
    finding: { code: 'MissingRequiredParameter', message: 'Parameter Query is missing.' },
    expected: [{ kind: 'parameterCaseMismatch', sent: 'query', expected: 'Query' }],
  },
  {
    name: 'oversized body is not searched',
    exchange: { requestBody: `{"query": "${'x'.repeat(300 * 1024)}"}` },
    finding: { code: 'MissingRequiredParameter', message: 'Parameter Query is missing.' },
    expected: [],
  },
];

const retryCases: HintCase[] = [
  {
    name: 'Retry-After in seconds',
    exchange: { status: 429, responseHeaders: headers({ Date: DATE, 'Retry-After': '27' }) },
    finding: { status: 429 },
    expected: [{ kind: 'retryAfter', seconds: 27, source: 'Retry-After' }],
  },
  {
    name: 'decimal Retry-After, named as sent over HTTP/2',
    exchange: { status: 429, responseHeaders: headers({ 'retry-after': '2.0' }) },
    finding: { status: 429 },
    expected: [{ kind: 'retryAfter', seconds: 2, source: 'retry-after' }],
  },
  {
    name: 'Retry-After as an HTTP-date, relative to the Date header',
    exchange: {
      status: 503,
      responseHeaders: headers({ Date: DATE, 'Retry-After': 'Tue, 11 Jun 2024 09:15:22 GMT' }),
    },
    finding: { status: 503 },
    expected: [{ kind: 'retryAfter', seconds: 60, source: 'Retry-After' }],
  },
  {
    name: 'HTTP-date without a Date header: relative to the request start',
    exchange: {
      status: 503,
      responseHeaders: headers({ 'Retry-After': 'Tue, 11 Jun 2024 09:16:22 GMT' }),
      startedAt: '2024-06-11T09:14:22.000Z',
    },
    finding: { status: 503 },
    expected: [{ kind: 'retryAfter', seconds: 120, source: 'Retry-After' }],
  },
  {
    name: 'HTTP-date in the past',
    exchange: {
      status: 429,
      responseHeaders: headers({ Date: DATE, 'Retry-After': 'Tue, 11 Jun 2024 09:00:00 GMT' }),
    },
    finding: { status: 429 },
    expected: [{ kind: 'retryAfter', seconds: 0, source: 'Retry-After' }],
  },
  {
    name: '403 with no requests remaining: reset epoch',
    exchange: {
      status: 403,
      responseHeaders: headers({
        Date: DATE,
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '1718100862',
      }),
    },
    finding: { family: 'github', code: null, status: 403 },
    expected: [{ kind: 'retryAfter', seconds: 3600, source: 'X-RateLimit-Reset' }],
  },
  {
    name: '429 with a reset delay instead of an epoch',
    exchange: { status: 429, responseHeaders: headers({ 'RateLimit-Reset': '30' }) },
    finding: { status: 429 },
    expected: [{ kind: 'retryAfter', seconds: 30, source: 'RateLimit-Reset' }],
  },
  {
    name: 'Retry-After wins over the reset header',
    exchange: {
      status: 429,
      responseHeaders: headers({ Date: DATE, 'x-ratelimit-reset': '1718100862', 'Retry-After': '5' }),
    },
    finding: { status: 429 },
    expected: [{ kind: 'retryAfter', seconds: 5, source: 'Retry-After' }],
  },
  {
    name: 'no hint on a 403 that is not rate limiting',
    exchange: {
      status: 403,
      responseHeaders: headers({
        Date: DATE,
        'X-RateLimit-Remaining': '12',
        'X-RateLimit-Reset': '1718100862',
      }),
    },
    finding: { status: 403 },
    expected: [],
  },
  {
    name: 'no hint on a non-throttling status',
    exchange: { status: 400, responseHeaders: headers({ 'Retry-After': '10' }) },
    finding: { status: 400 },
    expected: [],
  },
  {
    name: 'no hint from an unreadable Retry-After',
    exchange: { status: 429, responseHeaders: headers({ Date: DATE, 'Retry-After': 'soon' }) },
    finding: { status: 429 },
    expected: [],
  },
];

const valueCases: HintCase[] = [
  {
    name: 'value in the path',
    exchange: { method: 'GET', url: 'https://api.securitycenter.microsoft.com/api/files/4c7d9e12zz' },
    finding: { code: 'InvalidHashValue', message: 'Hash value 4c7d9e12zz is invalid.' },
    expected: [{ kind: 'valueInRequest', value: '4c7d9e12zz', location: 'path' }],
  },
  {
    name: 'percent-encoded value in the path',
    exchange: {
      method: 'GET',
      url: 'https://api.securitycenter.microsoft.com/api/urls/htp:%2Fcontoso-example/stats',
    },
    finding: { code: 'InvalidUrl', message: 'URL htp:/contoso-example is invalid.' },
    expected: [{ kind: 'valueInRequest', value: 'htp:/contoso-example', location: 'path' }],
  },
  {
    name: 'value embedded in a query parameter',
    exchange: {
      method: 'GET',
      url: "https://api.securitycenter.microsoft.com/api/alerts?$filter=alertId%20eq%20'da637x1'&$top=10",
    },
    finding: { code: 'ResourceNotFound', status: 404, message: "Alert 'da637x1' wasn't found" },
    expected: [{ kind: 'valueInRequest', value: 'da637x1', location: 'query', name: '$filter' }],
  },
  {
    name: 'value in a nested body field',
    exchange: { requestBody: '{"Comment": "isolate", "Machine": {"Id": "abc123"}}' },
    finding: { code: 'ResourceNotFound', status: 404, message: 'Machine abc123 was not found' },
    expected: [{ kind: 'valueInRequest', value: 'abc123', location: 'body', name: 'Machine.Id' }],
  },
  {
    name: 'value in a body array',
    exchange: { requestBody: '{"IpAddresses": ["10.0.0.1", "10.0.0.300"]}' },
    finding: { code: 'InvalidIpAddress', message: 'IP address 10.0.0.300 is invalid.' },
    expected: [{ kind: 'valueInRequest', value: '10.0.0.300', location: 'body', name: 'IpAddresses[1]' }],
  },
  {
    name: 'value after "Invalid input"',
    exchange: { requestBody: '{"FromDate": "2024-13-45"}' },
    finding: { code: 'InvalidInput', message: 'Invalid input 2024-13-45.' },
    expected: [{ kind: 'valueInRequest', value: '2024-13-45', location: 'body', name: 'FromDate' }],
  },
  {
    name: 'no hint for a value the request does not hold',
    exchange: { method: 'GET', url: 'https://api.securitycenter.microsoft.com/api/machines/42' },
    finding: { code: 'ResourceNotFound', status: 404, message: 'Machine 123123123 was not found' },
    expected: [],
  },
  {
    name: 'no hint for a short value inside a longer word',
    exchange: { method: 'GET', url: 'https://api.example.com/v1/items' },
    finding: { family: 'generic-http', code: '404', status: 404, message: 'Resource 1 was not found' },
    expected: [],
  },
  {
    name: 'no hint from the noun before "is invalid"',
    exchange: { requestBody: '{"body": "body"}' },
    finding: { code: 'InvalidRequestBody', message: 'Request body is invalid.' },
    expected: [],
  },
];

const statusCases: HintCase[] = [
  {
    name: 'error under a 200',
    exchange: { status: 200 },
    finding: { family: 'slack', code: 'invalid_auth', status: 200 },
    expected: [{ kind: 'errorUnderSuccess', status: 200 }],
  },
  {
    name: 'no such hint under an error status',
    exchange: { status: 404 },
    finding: { code: 'NotFound', status: 404 },
    expected: [],
  },
];

describe('computeHints', () => {
  describe.each([
    ['parameterCaseMismatch', parameterCases],
    ['retryAfter', retryCases],
    ['valueInRequest', valueCases],
    ['errorUnderSuccess', statusCases],
  ] as const)('%s', (_kind, cases) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const hints = computeHints(exchange(c.exchange), finding(c.finding));
      expect(hints).toEqual(c.expected);
    });
  });

  it('leaves Object.prototype alone', () => {
    computeHints(
      exchange({ requestBody: '{"__proto__": {"polluted": true}, "query": "x"}' }),
      finding({ code: 'MissingRequiredParameter', message: 'Parameter Query is missing.' }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives a deeply nested body', () => {
    const body = `${'{"alpha":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const hints = computeHints(
      exchange({ requestBody: body }),
      finding({ code: 'MissingRequiredParameter', message: 'Parameter Alpha is missing.' }),
    );
    expect(hints).toEqual([{ kind: 'parameterCaseMismatch', sent: 'alpha', expected: 'Alpha' }]);
  });

  it('survives a wide body', () => {
    const body = JSON.stringify(Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`k${i}`, i])));
    expect(() =>
      computeHints(
        exchange({ requestBody: body }),
        finding({ code: 'InvalidRequestBody', message: 'x is missing' }),
      ),
    ).not.toThrow();
  });

  it('survives a URL that does not parse', () => {
    const hints = computeHints(
      exchange({ url: 'not a url', requestBody: '{"Id": "abc123"}' }),
      finding({ code: 'ResourceNotFound', status: 404, message: 'Machine abc123 was not found' }),
    );
    expect(hints).toEqual([{ kind: 'valueInRequest', value: 'abc123', location: 'body', name: 'Id' }]);
  });
});

describe('computeHints on the corpus', () => {
  const cases = loadCases().filter((c) => c.expect.isError);
  const hintsOf = (id: string): Hint[] => {
    const c = cases.find((x) => x.id === id);
    if (!c) throw new Error(`no corpus case ${id}`);
    return computeHints(fromHarEntry(caseToHarEntry(c)), {
      family: c.expect.family as Family,
      code: c.expect.code,
      status: c.response.status,
      message: c.expect.message ?? null,
    });
  };

  it.each(cases.filter((c) => c.expect.hint).map((c) => [c.id, c] as const))('%s: expected hint', (id, c) => {
    expect(hintsOf(id)).toContainEqual(c.expect.hint);
  });

  // Google's delay is in the body (RetryInfo), not in a header.
  const headerDelays = cases.filter(
    (c) => typeof c.expect.retryAfterSeconds === 'number' && c.expect.family !== 'google',
  );
  it.each(headerDelays.map((c) => [c.id, c] as const))('%s: retry delay', (id, c) => {
    expect(hintsOf(id)).toContainEqual(
      expect.objectContaining({ kind: 'retryAfter', seconds: c.expect.retryAfterSeconds }),
    );
  });

  it.each([
    ['github-403-rate-limit', { kind: 'retryAfter', seconds: 3600, source: 'X-RateLimit-Reset' }],
    ['mtp-invalidhashvalue', { kind: 'valueInRequest', value: '4c7d9e12zz', location: 'path' }],
    ['mtp-invaliddomainname', { kind: 'valueInRequest', value: 'contoso..com', location: 'path' }],
    ['mtp-invalidipaddress', { kind: 'valueInRequest', value: '10.0.0.300', location: 'path' }],
    ['mtp-invalidurl', { kind: 'valueInRequest', value: 'htp:/contoso-example', location: 'path' }],
    ['mtp-resourcenotfound-doc-example', { kind: 'valueInRequest', value: '123123123', location: 'path' }],
    ['slack-200-invalid-auth', { kind: 'errorUnderSuccess', status: 200 }],
  ] as const)('%s', (id, hint) => {
    expect(hintsOf(id)).toContainEqual(hint);
  });

  it('never throws on any corpus case', () => {
    for (const c of cases) expect(() => hintsOf(c.id)).not.toThrow();
  });
});
