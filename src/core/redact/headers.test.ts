import { describe, expect, it } from 'vitest';
import { CORRELATION_HEADERS } from '../analyze/correlation-headers.ts';
import { isSensitiveHeader, redactHeaders, redactHeadersWithMarks } from './headers.ts';

/** security.md rule 1: values of sensitive headers dropped, names kept. */
describe('sensitive headers (rule 1)', () => {
  it.each([
    'Proxy-Authorization',
    'x-client-data',
    'X-Api-Key',
    'X-Auth-Token',
    'X-Access-Token',
    'X-Amz-Security-Token',
    'Ocp-Apim-Subscription-Key',
    'x-goog-api-key',
    'X-CSRF-Token',
    'X-XSRF-Token',
    'x_session_id',
    'X-Secret',
    'X-Hub-Signature-256',
    'Stripe-Signature',
    'x-ms-token-aad-id-token',
    'X-Goog-IAP-JWT-Assertion',
    'DPoP',
    'X-Password',
    'api-key',
    'X-Bearer',
    'x-credentials',
  ])('%s loses its value, keeps its name', (name) => {
    expect(redactHeaders([{ name, value: 'v4lue' }])).toEqual([{ name, value: '[REDACTED]' }]);
  });

  it.each([
    ['Authorization', 'Bearer eyJhbGciOi.x.y', 'Bearer [REDACTED]'],
    ['authorization', 'SharedKey acct:c2lnbmF0dXJl', 'SharedKey [REDACTED]'],
    ['Authorization', 'rawkey123', '[REDACTED]'],
    ['Cookie', 'a=1; b=2', 'a=[REDACTED]; b=[REDACTED]'],
    ['Set-Cookie', 'sid=abc; Path=/; HttpOnly', 'sid=[REDACTED]; Path=/; HttpOnly'],
    ['Location', 'https://app/cb#access_token=t&x=1', 'https://app/cb#access_token=[REDACTED]&x=1'],
    ['Referer', 'https://app/?code=c&state=s', 'https://app/?code=[REDACTED]&state=[REDACTED]'],
    ['X-Debug', 'sent Bearer abc123def', 'sent Bearer [REDACTED]'],
  ])('%s: %s', (name, value, redacted) => {
    expect(redactHeaders([{ name, value }])).toEqual([{ name, value: redacted }]);
  });

  it.each([
    'Content-Type',
    'Cache-Control',
    'Retry-After',
    'Keep-Alive',
    'WWW-Authenticate',
    'Proxy-Authenticate',
    'Access-Control-Allow-Credentials',
    'X-OAuth-Scopes',
    'X-Accepted-OAuth-Scopes',
  ])('%s is not sensitive', (name) => {
    expect(isSensitiveHeader(name)).toBe(false);
  });

  it('leaves a challenge readable', () => {
    const value = 'Bearer realm="api", error="invalid_token", error_description="expired"';
    expect(redactHeaders([{ name: 'WWW-Authenticate', value }])).toEqual([
      { name: 'WWW-Authenticate', value },
    ]);
  });

  it('marks the placeholders by header index', () => {
    const { headers, marks } = redactHeadersWithMarks([
      { name: 'Accept', value: '*/*' },
      { name: 'Authorization', value: 'Bearer t0k3n' },
    ]);
    expect(marks).toEqual([{ field: '[1].value', start: 7, end: 17, rule: 'header' }]);
    expect(headers[1]?.value.slice(7, 17)).toBe('[REDACTED]');
    expect(redactHeadersWithMarks(headers)).toEqual({ headers, marks: [] });
  });
});

/** security.md rule 7: correlation headers survive, even those whose names look sensitive. */
describe('correlation headers (rule 7)', () => {
  const values: Record<string, string> = {
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    'cf-ray': '8a1b2c3d4e5f6789-SJC',
    'x-amz-id-2': 'Uo1s0c5XZs0vqFmTL0m+XkU7yRnW0n9Lm/Ta0Fq4C2Nf3f9V1A8pKz0Wq5Rr1t2Y3u4v5w6x7y8z9A==',
    'x-ms-ags-diagnostic': '{"ServerInfo":{"DataCenter":"West US","Slice":"E","Ring":"5"}}',
    'idempotency-key': 'a1b2c3d4-session-key',
  };
  it.each([...CORRELATION_HEADERS, 'X-Tasks-CorrelationId', 'x-session-request-id'])(
    '%s survives',
    (name) => {
      const value = values[name] ?? '0f8fad5b-d9cb-469f-a165-70867728950e';
      expect(redactHeaders([{ name, value }])).toEqual([{ name, value }]);
    },
  );
});
