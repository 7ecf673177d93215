import { describe, expect, it } from 'vitest';
import { anExchange } from '../../testing/exchange.ts';
import { caseToHarEntry, loadCases } from '../../../e2e/fixtures/corpus.ts';
import { analyze } from './analyze.ts';
import { fromHarEntry } from '../ingest/from-har.ts';
import type { Exchange } from '../../model/exchange.ts';
import { primaryCorrelationId } from '../../model/finding.ts';

const cases = loadCases();
const mtpCases = cases.filter((c) => c.expect.family === 'mtp');

function exchange(overrides: Partial<Exchange> = {}): Exchange {
  return anExchange({
    url: 'https://api.security.microsoft.com/api/machines/1',
    status: 404,
    statusText: 'Not Found',
    responseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
    body: { kind: 'text', text: '{"error":{"code":"NotFound","message":"m","target":"t"}}' },
    bodySize: 10,
    ...overrides,
  });
}

describe('analyze: the Defender (MTP) envelope of the founding document', () => {
  it('covers every MTP case of the corpus', () => {
    expect(mtpCases.length).toBeGreaterThanOrEqual(17);
  });

  it.each(mtpCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const finding = analyze(fromHarEntry(caseToHarEntry(c)));
    expect(finding).not.toBeNull();
    expect(finding?.family).toBe('mtp');
    expect(finding?.code).toBe(c.expect.code);
    expect(finding?.status).toBe(c.response.status);
    for (const id of c.expect.correlationIds ?? []) expect(finding?.correlationIds).toContainEqual(id);
    expect(primaryCorrelationId(finding!)?.name.toLowerCase()).toBe('error.target');
  });

  it('recognizes the Defender shape off the Defender hosts (proxies, local mocks)', () => {
    const finding = analyze(
      exchange({
        url: 'http://127.0.0.1:8080/api/machines/1',
        body: {
          kind: 'text',
          text: '{"error":{"code":"ResourceNotFound","message":"Machine 1 was not found","target":"43f4cb08-8fac-4b65-9db1-745c2ae65f3a"}}',
        },
      }),
    );
    expect(finding?.family).toBe('mtp');
    expect(finding?.correlationIds[0]).toEqual({
      name: 'error.target',
      value: '43f4cb08-8fac-4b65-9db1-745c2ae65f3a',
      source: 'body',
    });
  });

  it('does not take an OData target (the element in error) for a tracking id', () => {
    const finding = analyze(
      exchange({
        url: 'https://host/service/Products',
        body: { kind: 'text', text: '{"error":{"code":"NotFound","message":"m","target":"query"}}' },
      }),
    );
    expect(finding?.family).not.toBe('mtp');
    expect(finding?.correlationIds.map((id) => id.value)).not.toContain('query');
  });
});

describe('analyze: never throws, whatever the body', () => {
  const hostile: [string, Exchange['body']][] = [
    ['non-JSON text', { kind: 'text', text: 'upstream connect error' }],
    ['truncated JSON', { kind: 'text', text: '{"error":{"code":"Bad' }],
    [
      'BOM before JSON',
      { kind: 'text', text: '\ufeff{"error":{"code":"NotFound","message":"m","target":"x"}}' },
    ],
    ['invalid base64', { kind: 'base64', data: '!!!not base64!!!' }],
    ['empty', { kind: 'none', reason: 'empty' }],
    ['not captured', { kind: 'none', reason: 'not-captured' }],
    ['huge', { kind: 'text', text: '{"error":' + ' '.repeat(3 * 1024 * 1024) + '}' }],
    ['deep nesting', { kind: 'text', text: '['.repeat(100_000) + ']'.repeat(100_000) }],
    [
      '__proto__ keys',
      { kind: 'text', text: '{"__proto__":{"polluted":1},"error":{"code":"X","constructor":1}}' },
    ],
    ['lone surrogates', { kind: 'text', text: '{"error":{"code":"\\ud800","message":"\udc00"}}' }],
  ];

  it.each(hostile)('%s', (_name, body) => {
    const finding = analyze(exchange({ body }));
    expect(finding?.status).toBe(404);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports why a failed response had no body', () => {
    expect(analyze(exchange({ body: { kind: 'none', reason: 'not-captured' } }))?.bodyState).toBe(
      'not-captured',
    );
    expect(analyze(exchange({ body: { kind: 'text', text: 'x'.repeat(3_000_000) } }))?.bodyState).toBe(
      'too-large',
    );
  });

  it('ignores successes that carry no error', () => {
    expect(analyze(exchange({ status: 200, body: { kind: 'text', text: '{"value":[]}' } }))).toBeNull();
    expect(analyze(exchange({ status: 204, body: { kind: 'none', reason: 'empty' } }))).toBeNull();
  });

  it('keeps header correlation ids with the name as sent', () => {
    const finding = analyze(
      exchange({
        responseHeaders: [
          { name: 'X-Request-Id', value: 'abc' },
          { name: 'request-id', value: 'r-1' },
          { name: 'Set-Cookie', value: 'a=b' },
        ],
      }),
    );
    expect(finding?.correlationIds.filter((id) => id.source === 'header')).toEqual([
      { name: 'request-id', value: 'r-1', source: 'header' },
      { name: 'X-Request-Id', value: 'abc', source: 'header' },
    ]);
  });
});

describe('analyze: hints computed from the exchange', () => {
  it('names the wrong-case body parameter of the founding document', () => {
    const c = cases.find((x) => x.id === 'mtp-missingparam-wrongcase-query')!;
    const finding = analyze(fromHarEntry(caseToHarEntry(c)));
    expect(finding?.hints).toContainEqual({
      kind: 'parameterCaseMismatch',
      sent: 'query',
      expected: 'Query',
    });
  });

  it('turns Retry-After into a wait on 429', () => {
    const c = cases.find((x) => x.id === 'mde-toomanyrequests')!;
    expect(analyze(fromHarEntry(caseToHarEntry(c)))?.hints).toContainEqual({
      kind: 'retryAfter',
      seconds: 27,
      source: 'Retry-After',
    });
  });
});
